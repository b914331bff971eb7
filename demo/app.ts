/**
 * The demo EHR portal: a clinician's chart for one client. Everything on the page is loaded from
 * the in-memory FHIR server through the `<care-team-provider>`'s data source.
 */
import '../src/define.js';
import { html } from 'lit';
import { renderInto } from './render-into.js';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';
import type { CareReferralList } from '../src/components/care-referral-list/care-referral-list.js';
import { formatDate } from '../src/i18n/dates.js';
import { readPatient } from '../src/fhir/index.js';
import type { Resource } from '../src/fhir/types.js';

const provider = document.getElementById('provider') as CareTeamProvider;
// The page's CSP allows only its own origin, which is where the demo server answers FHIR too.
provider.fhirBaseUrl = new URL('/fhir', location.href).href;
await provider.updateComplete;
const dataSource = provider.activeDataSource!;
const patientId = (provider.patient ?? '').replace(/^Patient\//, '');

async function showPatientBanner(): Promise<void> {
  const banner = document.getElementById('patient-banner')!;
  const patient = await dataSource.read<Resource & { birthDate?: string; gender?: string; identifier?: { value?: string }[] }>(
    'Patient',
    patientId,
  );
  const person = readPatient(patient).value;
  renderInto(
    banner,
    html`<h1 class="name">${person?.name ?? 'Unnamed client'}</h1>
      <dl>
        ${person?.pronouns ? html`<div><dt>Pronouns</dt><dd>${person.pronouns}</dd></div>` : ''}
        <div><dt>Born</dt><dd>${formatDate(patient.birthDate) ?? '—'}</dd></div>
        <div><dt>Sex</dt><dd>${patient.gender ?? '—'}</dd></div>
        <div><dt>MRN</dt><dd>${patient.identifier?.[0]?.value ?? '—'}</dd></div>
      </dl>`,
  );
}

async function showSignedInUser(): Promise<void> {
  const [type, id] = (provider.user ?? '').split('/');
  if (type !== 'PractitionerRole' || !id) return;
  const role = await dataSource.read<Resource & { practitioner?: { display?: string } }>('PractitionerRole', id);
  document.getElementById('signed-in')!.textContent = `Signed in: ${role.practitioner?.display ?? 'clinician'}`;
}

/** "View the open referral" (the referral button's duplicate guard): show it in the referrals list. */
document.addEventListener('care-referral-view-request', (event) => {
  const section = document.getElementById('referrals')!;
  section.scrollIntoView({ block: 'start' });
  const list = document.getElementById('referrals-list')!;
  const item = list.shadowRoot?.querySelector<HTMLElement>(`[data-key="${CSS.escape(event.detail.task.id ?? '')}"] [role="heading"]`);
  (item ?? document.getElementById('referrals-title'))?.focus();
});

/** Selecting a peer on the roster shows their role card. */
document.getElementById('roster')!.addEventListener('care-member-selected', (event) => {
  const { member } = event.detail;
  if (!member.isPeer || !member.practitionerRoleReference) return;
  const card = document.getElementById('peer-card')!;
  card.setAttribute('practitioner-role-id', member.practitionerRoleReference);
  document.getElementById('peer-title')!.textContent = `Peer specialist: ${member.name ?? ''}`;
});

/** The portal's own theme switch: the provider's preset themes every element inside it. */
document.getElementById('theme-switch')!.addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value as CareTeamProvider['theme'];
  provider.theme = theme;
  document.documentElement.dataset['theme'] = theme;
});

// A new referral joins the list: the list reads the client's referrals again.
document.addEventListener('care-referral-created', () => void (document.getElementById('referrals-list') as CareReferralList).refresh());

async function resetDemo(): Promise<void> {
  await fetch(new URL('/__admin/reset', location.href), { method: 'POST', headers: { 'X-Care-Admin': '1' } });
  location.reload();
}
document.getElementById('reset-demo')!.addEventListener('click', () => void resetDemo());

await Promise.all([showPatientBanner(), showSignedInUser()]).catch((error: unknown) => {
  renderInto(document.getElementById('patient-banner')!, html`<p role="alert">Could not load the chart: ${(error as Error).message}</p>`);
});
