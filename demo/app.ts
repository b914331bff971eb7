/**
 * The demo EHR portal: a clinician's chart for one client. Everything on the page is loaded from
 * the in-memory FHIR server through the `<care-team-provider>`'s data source.
 */
import '../src/define.js';
import { html, render } from 'lit';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';
import { formatDate } from '../src/i18n/dates.js';
import { readCarePlan, readCareTeam, readPatient } from '../src/fhir/index.js';
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
  banner.textContent = ''; // Lit's render() appends; the placeholder goes first.
  render(
    html`<h1 class="name">${person?.name ?? 'Unnamed client'}</h1>
      <dl>
        ${person?.pronouns ? html`<div><dt>Pronouns</dt><dd>${person.pronouns}</dd></div>` : ''}
        <div><dt>Born</dt><dd>${formatDate(patient.birthDate) ?? '—'}</dd></div>
        <div><dt>Sex</dt><dd>${patient.gender ?? '—'}</dd></div>
        <div><dt>MRN</dt><dd>${patient.identifier?.[0]?.value ?? '—'}</dd></div>
      </dl>`,
    banner,
  );
  banner.removeAttribute('aria-busy');
}

async function showSummary(): Promise<void> {
  const subject = `Patient/${patientId}`;
  const [teams, plans, tasks] = await Promise.all([
    dataSource.search('CareTeam', { subject, status: 'active', _include: 'CareTeam:participant' }),
    dataSource.search('CarePlan', { subject, status: 'active' }),
    dataSource.search('Task', { patient: subject }),
  ]);
  const team = teams.resources[0] ? readCareTeam(teams.resources[0], { resources: teams.included }).value : undefined;
  const plan = plans.resources[0] ? readCarePlan(plans.resources[0]).value : undefined;
  const current = team?.members.filter((member) => member.active) ?? [];
  const peers = current.filter((member) => member.isPeer);
  const summary = document.getElementById('data-summary')!;
  summary.textContent = '';
  render(
    html`<ul>
      <li>Care team: ${current.length} current members, ${peers.length} peer specialist${peers.length === 1 ? '' : 's'}
        (${peers.map((peer) => peer.name).join(', ') || 'none'}).</li>
      <li>Care plan: ${plan?.title ?? 'none'}, ${plan?.activities.length ?? 0} activities.</li>
      <li>Referral tasks: ${tasks.resources.length}.</li>
    </ul>`,
    summary,
  );
}

async function showSignedInUser(): Promise<void> {
  const [type, id] = (provider.user ?? '').split('/');
  if (type !== 'PractitionerRole' || !id) return;
  const role = await dataSource.read<Resource & { practitioner?: { display?: string } }>('PractitionerRole', id);
  document.getElementById('signed-in')!.textContent = `Signed in: ${role.practitioner?.display ?? 'clinician'}`;
}

document.getElementById('reset-demo')!.addEventListener('click', async () => {
  await fetch(new URL('/__admin/reset', location.href), { method: 'POST' });
  location.reload();
});

await Promise.all([showPatientBanner(), showSummary(), showSignedInUser()]).catch((error: unknown) => {
  document.getElementById('data-summary')!.textContent = `Could not load the chart: ${(error as Error).message}`;
});
