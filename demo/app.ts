/**
 * The demo EHR portal: a clinician's chart for one client. Everything on the page is loaded from
 * the in-memory FHIR server through the `<care-team-provider>`'s data source.
 */
import '../src/define.js';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderInto } from './render-into.js';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';
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
  const patient = await dataSource.read<Resource & { birthDate?: string; gender?: string; identifier?: { value?: string }[] }>('Patient', patientId);
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

/** The client's referrals to peer support, each with its live status chip. */
async function showReferrals(): Promise<void> {
  const tasks = await dataSource.search('Task', { patient: `Patient/${patientId}`, code: 'fulfill', _sort: '-_lastUpdated' });
  renderInto(
    document.getElementById('referrals-list')!,
    tasks.resources.length
      ? html`<ul class="referral-items">
          ${repeat(
            tasks.resources,
            (task) => task.id,
            (task) => html`<li><care-referral-button referral-id=${task.id ?? ''} poll-interval="5"></care-referral-button></li>`,
          )}
        </ul>`
      : html`<p>No referrals yet.</p>`,
  );
}

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

document.addEventListener('care-referral-created', () => void showReferrals());

document.getElementById('reset-demo')!.addEventListener('click', async () => {
  await fetch(new URL('/__admin/reset', location.href), { method: 'POST', headers: { 'X-Care-Admin': '1' } });
  location.reload();
});

await Promise.all([showPatientBanner(), showSignedInUser(), showReferrals()]).catch((error: unknown) => {
  renderInto(document.getElementById('patient-banner')!, html`<p role="alert">Could not load the chart: ${(error as Error).message}</p>`);
});
