// <care-team-roster> connected: inside <care-team-provider>, over real HTTP to the in-memory FHIR
// server (seeded with the demo team). Faults are injected on the server, never by stubbing fetch.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-team-roster/define.js';
import type { CareTeamRoster } from '../../src/components/care-team-roster/care-team-roster.js';
import { MAX_REFERENCE_READS } from '../../src/data/load-care-team.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import {
  clearServerRequests,
  fhirBaseUrl,
  resetServer,
  resourcesRead,
  serverRequests,
  setFaults,
  writeResource,
} from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import type { CareMemberSelectedEvent } from '../../src/components/care-team-roster/events.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const SEED_NAMES = ['Rosa Delgado', 'Samuel Okafor', 'Jordan Lee', 'Priya Raman', 'Ana Torres', 'Maria Alvarez'];

async function connected(attributes: { careTeamId?: string; patient?: string; providerPatient?: string; expandPeers?: boolean } = {}) {
  const provider = await fixture<HTMLElement>(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${attributes.providerPatient ?? ''}>
      <care-team-roster
        care-team-id=${attributes.careTeamId ?? ''}
        patient=${attributes.patient ?? ''}
        ?expand-peers=${attributes.expandPeers ?? false}
        .now=${NOW}
      ></care-team-roster>
    </care-team-provider>
  `);
  return provider.querySelector('care-team-roster') as CareTeamRoster;
}

const $ = (element: CareTeamRoster, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const rowNames = (element: CareTeamRoster) =>
  [...element.shadowRoot!.querySelectorAll('button.row .name')].map((n) => n.textContent.trim());
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loaded = (element: CareTeamRoster) =>
  waitUntil(() => element.shadowRoot!.querySelector('button.row'), 'rows loaded', { timeout: 8000 });

describe('<care-team-roster> connected (HTTP, in-memory FHIR server)', () => {
  beforeEach(async () => {
    await resetServer();
  });

  it('loads a team by care-team-id, with names and organisations read from its participants', async () => {
    const element = await connected({ careTeamId: 'maria-care-team' });
    await loaded(element);
    expect(rowNames(element)).to.deep.equal(SEED_NAMES);
    const rosa = element.shadowRoot!.querySelector('.peer')!;
    expect(text(rosa.querySelector('[part="organization"]'))).to.equal('PeerBridge Peer Support Program');
    const requests = await serverRequests();
    expect(requests.every((request) => request.method === 'GET')).to.equal(true);
    // The team with its participants' PractitionerRoles in one request (_include).
    expect(decodeURIComponent(requests[0].path)).to.equal('/fhir/CareTeam?_id=maria-care-team&_include=CareTeam:participant');
    const reads = resourcesRead(requests);
    expect(reads, "a PractitionerRole's Practitioner and Organization are read too").to.include.members([
      'Practitioner/rosa-delgado',
      'Organization/peerbridge-program',
    ]);
    expect(new Set(reads).size, 'each resource read once').to.equal(reads.length);
    expect(
      requests.filter((request) => request.path.startsWith('/fhir/PractitionerRole')),
      'the roles came with the team',
    ).to.deep.equal([]);
    // Reads of one type go together: the roles' Practitioners in one request.
    expect(requests.filter((request) => request.path.startsWith('/fhir/Practitioner?'))).to.have.length(1);
  });

  it('loads the active team of the patient given by attribute, with _include, reading only what was not included', async () => {
    const element = await connected({ patient: 'maria-alvarez' });
    await loaded(element);
    expect(rowNames(element)).to.deep.equal(SEED_NAMES);
    const paths = (await serverRequests()).map((request) => decodeURIComponent(request.path));
    expect(paths[0]).to.match(/^\/fhir\/CareTeam\?/);
    expect(paths[0]).to.contain('subject=Patient/maria-alvarez').and.contain('status=active').and.contain('_include=CareTeam:participant');
    expect(
      paths.filter((path) => path.startsWith('/fhir/PractitionerRole/')),
      'roles came with _include',
    ).to.deep.equal([]);
    expect(resourcesRead(await serverRequests())).to.include('Practitioner/rosa-delgado');
  });

  it("uses the provider's patient when neither care-team-id nor patient is set", async () => {
    const element = await connected({ providerPatient: 'Patient/maria-alvarez' });
    await loaded(element);
    expect(rowNames(element)).to.deep.equal(SEED_NAMES);
  });

  it('picks the most recent of several active teams', async () => {
    await writeResource({
      resourceType: 'CareTeam',
      status: 'active',
      name: 'Older crisis team',
      subject: { reference: 'Patient/maria-alvarez' },
      period: { start: '2025-01-01' },
      participant: [{ member: { reference: 'Practitioner/jordan-lee', display: 'Jordan Lee' } }],
    });
    const element = await connected({ patient: 'Patient/maria-alvarez' });
    await loaded(element);
    expect(text($(element, '[part="title"]'))).to.equal('Maria Alvarez: community mental health team');
  });

  it('says when the patient has no active care team, and still offers the no-peer slot', async () => {
    const element = await connected({ patient: 'nobody-here' });
    await waitUntil(() => $(element, '[part="no-peer"]'), 'empty state', { timeout: 8000 });
    expect(text($(element, '[part="status"]'))).to.equal('There is no active care team for this client to show.');
    await expectAccessibleInThemes(element);
  });

  it('shows a polite loading state while the server is slow', async () => {
    await setFaults([{ resourceType: 'CareTeam', fault: 'slow', delayMs: 1500 }]);
    const element = await connected({ careTeamId: 'maria-care-team' });
    const status = $(element, '[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Loading the care team…');
    await expectAccessibleInThemes(element);
    await loaded(element);
  });

  it('shows an error with a retry that works, reports it once, and puts focus back on the result', async () => {
    await setFaults([{ resourceType: 'CareTeam', fault: '503' }]);
    const errors: CareDataErrorEvent[] = [];
    document.addEventListener('care-data-error', (event) => errors.push(event), { once: true });
    const element = await connected({ careTeamId: 'maria-care-team' });
    await waitUntil(() => $(element, '[role="alert"]'), 'error state', { timeout: 8000 });
    const alert = $(element, '[role="alert"]')!;
    expect(text(alert)).to.contain('Could not load the care team.').and.contain('503');
    expect(errors[0]?.detail).to.deep.include({ kind: 'load', source: 'CareTeam/maria-care-team' });
    await expectAccessibleInThemes(element);
    alert.querySelector('button')!.click();
    await loaded(element);
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('button.row'), 'focus on the rows');
    expect(rowNames(element)).to.deep.equal(SEED_NAMES);
  });

  it("fails the load when a participant's practitioner read fails in a way a retry may fix", async () => {
    await setFaults([{ method: 'GET', pathIncludes: '/Practitioner?', fault: '503' }]);
    const element = await connected({ careTeamId: 'maria-care-team' });
    await waitUntil(() => $(element, '[role="alert"]'), 'error state', { timeout: 8000 });
    $(element, '[role="alert"] button')!.click();
    await loaded(element);
    expect(rowNames(element)).to.include('Rosa Delgado');
  });

  it('says what went wrong for a team that does not exist', async () => {
    const element = await connected({ careTeamId: 'no-such-team' });
    await waitUntil(() => $(element, '[role="alert"]'), 'error state', { timeout: 8000 });
    expect(text($(element, '[role="alert"]'))).to.contain('404 (not found)');
  });

  it('shows members whose resources are gone by their display text, without failing the load', async () => {
    const team = await writeResource({
      resourceType: 'CareTeam',
      status: 'active',
      subject: { reference: 'Patient/maria-alvarez' },
      participant: [
        { member: { reference: 'PractitionerRole/peer-rosa-role' } },
        { member: { reference: 'Practitioner/left-the-clinic', display: 'Dr. Former' } },
        { member: { reference: 'RelatedPerson/unknown' } },
      ],
    });
    const element = await connected({ careTeamId: String(team['id']) });
    await loaded(element);
    expect(rowNames(element)).to.have.members(['Rosa Delgado', 'Dr. Former', 'Unknown member']);
  });

  it(`reads at most ${MAX_REFERENCE_READS} referenced resources, the rest show their display text`, async () => {
    const participant = Array.from({ length: MAX_REFERENCE_READS + 20 }, (_, i) => ({
      member: { reference: `Practitioner/bulk-${i}`, display: `Bulk Member ${String(i).padStart(3, '0')}` },
    }));
    const team = await writeResource({
      resourceType: 'CareTeam',
      status: 'active',
      subject: { reference: 'Patient/maria-alvarez' },
      participant,
    });
    await clearServerRequests();
    const element = await connected({ careTeamId: String(team['id']) });
    await loaded(element);
    expect(rowNames(element)).to.have.length(MAX_REFERENCE_READS + 20);
    const reads = await serverRequests({ pathIncludes: '/fhir/Practitioner/bulk-' });
    expect(reads).to.have.length(MAX_REFERENCE_READS);
  });

  it("expands a peer's role card from the role it already loaded, with no further request", async () => {
    const element = await connected({ careTeamId: 'maria-care-team', expandPeers: true });
    await loaded(element);
    await clearServerRequests();
    const rosa = element.shadowRoot!.querySelector<HTMLElement>('.peer button.row')!;
    setTimeout(() => rosa.click());
    const event = await oneEvent<CareMemberSelectedEvent>(element, 'care-member-selected');
    expect(event.detail.careTeamId).to.equal('maria-care-team');
    await element.updateComplete;
    const card = $(element, 'care-peer-role-card') as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    await waitUntil(() => card.shadowRoot!.textContent.includes('Rosa Delgado'), 'card shows the peer');
    expect(await serverRequests()).to.deep.equal([]);
    await expectAccessibleInThemes(element);
  });

  it('is accessible in light and dark once loaded', async () => {
    const element = await connected({ careTeamId: 'maria-care-team' });
    await loaded(element);
    await expectAccessibleInThemes(element);
  });
});
