/**
 * <care-peer-role-card practitioner-role-id> inside <care-team-provider>, against the in-memory FHIR
 * server over HTTP: what it loads, what it shows, and its loading / error / retry states.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-peer-role-card/define.js';
import '../../src/components/care-team-provider/define.js';
import type { CarePeerRoleCard } from '../../src/components/care-peer-role-card/care-peer-role-card.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import {
  clearFaults,
  clearServerRequests,
  DROP_EVERY_ATTEMPT,
  fhirBaseUrl,
  resetServer,
  serverRequests,
  setFaults,
  writeResource,
} from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: CarePeerRoleCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const loaded = (el: CarePeerRoleCard) => waitUntil(() => part(el, 'card'), 'the card did not render', { timeout: 8000 });

async function connected(id: string, audience = 'team') {
  const errors: CareDataErrorEvent[] = [];
  const provider = await fixture(html`<care-team-provider fhir-base-url=${fhirBaseUrl()}>
    <care-peer-role-card practitioner-role-id=${id} audience=${audience} .now=${NOW} @care-data-error=${(e: CareDataErrorEvent) => errors.push(e)}></care-peer-role-card>
  </care-team-provider>`);
  const el = provider.querySelector('care-peer-role-card')!;
  return { el, errors };
}

describe('<care-peer-role-card> connected to the FHIR server', () => {
  beforeEach(async () => {
    await resetServer();
    await clearServerRequests();
  });

  it('loads the role, its Practitioner, Organization and supervisor, and shows them', async () => {
    const { el, errors } = await connected('peer-rosa-role');
    await loaded(el);
    expect(text(part(el, 'name'))).to.equal('Rosa Delgado');
    expect(text(part(el, 'role'))).to.equal('★Peer specialist PeerBridge Peer Support Program');
    expect(text(part(el, 'credential')))
      .to.contain('Massachusetts Certified Peer Specialist (CPS)')
      .and.contain('CPS-2021-0412');
    expect(text(part(el, 'supervision')))
      .to.contain('Supervisor Dana Whitfield, Peer Support Supervisor')
      .and.contain('Weekly, 1 hour one-to-one');
    expect(text(part(el, 'availability'))).to.contain('Languages Spanish, English');
    expect(text(part(el, 'lived-experience'))).to.contain('Now I try to be that person.');
    expect(text(part(el, 'competencies'))).to.contain('8 Helps peers manage crises');
    expect(errors).to.have.length(0);
    // Two requests, one level each: the role with its Practitioner and Organization, then the
    // supervisor's role with theirs (_include).
    const paths = (await serverRequests({ method: 'GET' })).map((request) => decodeURIComponent(request.path));
    expect(paths).to.deep.equal([
      '/fhir/PractitionerRole?_id=peer-rosa-role&_include=PractitionerRole:practitioner&_include=PractitionerRole:organization',
      '/fhir/PractitionerRole?_id=peer-supervisor-role&_include=PractitionerRole:practitioner',
    ]);
    await expectAccessibleInThemes(el);
  });

  it('announces loading politely while the server is slow', async () => {
    await setFaults([{ method: 'GET', resourceType: 'PractitionerRole', fault: 'slow', delayMs: 1500 }]);
    const { el } = await connected('peer-marcus-role', 'client');
    await el.updateComplete;
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Loading the peer specialist’s details…');
    await expectAccessibleInThemes(el);
    await loaded(el);
    expect(text(part(el, 'name'))).to.equal('Marcus Bell (he/him)');
    expect(text(part(el, 'credential'))).to.contain('Expires soon');
  });

  it('shows a load error with a retry button, fires care-data-error, and recovers on retry with focus on the card', async () => {
    await setFaults([{ method: 'GET', resourceType: 'PractitionerRole', fault: '503', times: 1 }]);
    const { el, errors } = await connected('peer-rosa-role');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Could not load the peer specialist’s details.').and.contain('503');
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['load']);
    expect(errors[0].detail.source).to.equal('PractitionerRole/peer-rosa-role');
    await expectAccessibleInThemes(el);
    const retry = alert.querySelector('button')!;
    expect(text(retry)).to.equal('Try again');
    retry.focus();
    retry.click();
    await loaded(el);
    expect(text(part(el, 'name'))).to.equal('Rosa Delgado');
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'card'), 'focus did not move to the card');
  });

  it('fails the load (with retry) when a referenced resource cannot be reached, rather than showing a thinner card', async () => {
    // The supervisor's role, the second level, cannot be reached.
    await setFaults([{ method: 'GET', pathIncludes: 'peer-supervisor-role', fault: 'drop', times: DROP_EVERY_ATTEMPT }]);
    const { el } = await connected('peer-rosa-role');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    await clearFaults(); // the connection is back
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await loaded(el);
    expect(text(part(el, 'supervision'))).to.contain('Supervisor Dana Whitfield');
  });

  it('shows a role whose Practitioner and Organization are gone (404) from the references’ display', async () => {
    const role = {
      resourceType: 'PractitionerRole',
      id: 'peer-orphan-role',
      active: true,
      practitioner: { reference: 'Practitioner/gone', display: 'Sam Ortiz' },
      organization: { reference: 'Organization/gone', display: 'Old Programme' },
      code: [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '175T00000X' }] }],
    };
    await writeResource(role);
    const { el, errors } = await connected('PractitionerRole/peer-orphan-role');
    await loaded(el);
    expect(text(part(el, 'name'))).to.equal('Sam Ortiz');
    expect(text(part(el, 'role'))).to.contain('Old Programme');
    expect(errors).to.have.length(0);
  });

  it('reports a role that does not exist as a load error', async () => {
    const { el, errors } = await connected('no-such-role');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('404');
    expect(errors[0].detail.kind).to.equal('load');
  });

  it('reloads when practitioner-role-id changes', async () => {
    const { el } = await connected('peer-rosa-role');
    await loaded(el);
    el.setAttribute('practitioner-role-id', 'peer-marcus-role');
    await waitUntil(() => text(part(el, 'name')).startsWith('Marcus'), 'did not reload', { timeout: 8000 });
  });
});
