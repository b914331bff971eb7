/**
 * Every connected element, against a FHIR server that fails its first read in each way a real EHR
 * can (500, 401, 403, a body cut off mid-JSON, a resource of the wrong type, no answer in time):
 * the element shows an alert with "Try again" (never blank, never stuck on "Loading"), fires one
 * `care-data-error` with `kind: 'load'`, and recovers when the server does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-peer-role-card/define.js';
import '../../src/components/care-team-roster/define.js';
import '../../src/components/care-plan-panel/define.js';
import '../../src/components/care-referral-button/define.js';
import '../../src/components/care-referral-list/define.js';
import '../../src/components/care-referral-inbox/define.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import { clearFaults, fhirBaseUrl, resetServer, setFaults, type FaultRule } from '../helpers/fhir-server.js';

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** The resource type of the element's first read. */
  reads: string;
}

const CASES: Case[] = [
  { tag: 'care-peer-role-card', attributes: { 'practitioner-role-id': 'peer-rosa-role' }, reads: 'PractitionerRole' },
  { tag: 'care-team-roster', attributes: { 'care-team-id': 'maria-care-team' }, reads: 'CareTeam' },
  { tag: 'care-plan-panel', attributes: { 'care-plan-id': 'maria-care-plan' }, reads: 'CarePlan' },
  { tag: 'care-referral-button', attributes: { 'referral-id': 'referral-peer-2026-09-task' }, reads: 'Task' },
  { tag: 'care-referral-list', attributes: {}, reads: 'Task' },
  {
    tag: 'care-referral-inbox',
    attributes: { programme: 'Organization/peerbridge-program', 'acting-role': 'supervisor' },
    reads: 'Task',
  },
];

/** The ways a read fails; `timeout` holds the answer past the provider's 1 s request timeout. */
const FAILURES: [string, Omit<FaultRule, 'method' | 'resourceType'>][] = [
  ['500', { fault: '500' }],
  ['401', { fault: '401' }],
  ['403', { fault: '403' }],
  ['invalid JSON', { fault: 'invalid-json' }],
  ['the wrong resource type', { fault: 'wrong-resource' }],
  ['a timeout', { fault: 'slow', delayMs: 2500 }],
];

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A visible "Loading …" notice (the referral button's closed dialog holds one for its form). */
const loading = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="status"]') ?? [])].some(
    (node) => node.textContent.includes('Loading') && node.checkVisibility(),
  );
const alertOf = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;

async function connect({ tag, attributes }: Case, errors: CareDataErrorEvent[]): Promise<HTMLElement> {
  const provider = await fixture(html`<care-team-provider
    fhir-base-url=${fhirBaseUrl()}
    patient="Patient/maria-alvarez"
    user="PractitionerRole/peer-supervisor-role"
    request-timeout="1000"
  ></care-team-provider>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.addEventListener('care-data-error', (event) => errors.push(event));
  provider.append(el);
  return el;
}

describe('every connected element when its first read fails', () => {
  beforeEach(resetServer);

  for (const item of CASES) {
    for (const [label, failure] of FAILURES) {
      it(`<${item.tag}>: ${label} shows an alert with Try again, fires care-data-error (load) once, and recovers`, async function () {
        this.timeout(15_000);
        // Every read of that type fails until cleared (a retry inside the element must fail too).
        await setFaults([{ method: 'GET', resourceType: item.reads, times: 20, ...failure }]);
        const errors: CareDataErrorEvent[] = [];
        const el = await connect(item, errors);
        await waitUntil(() => alertOf(el)?.querySelector('button'), `${item.tag}: no alert with a button`, { timeout: 8000 });
        expect(loading(el), 'still loading').to.equal(false);
        const loadErrors = errors.filter((event) => event.detail.kind === 'load');
        expect(loadErrors, 'one load error').to.have.length(1);
        expect(loadErrors[0].detail.problems.length).to.be.above(0);

        await clearFaults();
        alertOf(el)!.querySelector('button')!.click();
        await waitUntil(() => !alertOf(el) && !loading(el), `${item.tag}: did not recover`, { timeout: 8000 });
        expect(shown(el)).not.to.equal('');
      });
    }
  }
});
