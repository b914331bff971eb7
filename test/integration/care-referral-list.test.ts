// <care-referral-list> against the in-memory FHIR server over HTTP (and its subscription websocket):
// the client's referrals to peer support, open first and newest first, closed ones folded away,
// each with date, reason, recipient and a truthful status; a change on the server arrives live and
// is said once; the requester cancels with a reason (If-Match, request revoked); load errors retry.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-list/define.js';
import type { CareReferralList } from '../../src/components/care-referral-list/care-referral-list.js';
import { changeResource, fhirBaseUrl, readResource, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { deepActive } from '../helpers/lazy-load.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';

type El = CareReferralList;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const OPEN = 'referral-devon-2026-11-task';

async function list(patient = 'Patient/devon-harris', user = 'PractitionerRole/therapist-role'): Promise<El> {
  const provider = await fixture(html`<care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${patient} user=${user}>
    <care-referral-list></care-referral-list>
  </care-team-provider>`);
  const el = provider.querySelector('care-referral-list')!;
  await waitUntil(() => el.shadowRoot && !words(el.shadowRoot).includes('Loading'), 'loaded', { timeout: 5000 });
  return el;
}

const putTask = (id: string, changes: Record<string, unknown>) => changeResource('Task', id, changes);

describe('<care-referral-list> connected', () => {
  beforeEach(resetServer);

  it('open referrals first, each with date, reason, recipient and a truthful status; closed ones folded away', async () => {
    const el = await list();
    const open = $$(el, '[part="list"] > [part~="item"]');
    expect(open).to.have.length(1);
    expect(words(open[0].querySelector('[role="heading"]'))).to.match(/^Sent Nov 20, 2026 /);
    expect(words(open[0].querySelector('[part="state"]'))).to.equal('Sent to PeerBridge Peer Support Program');
    expect(open[0].querySelector('[part="status"]')!.getAttribute('aria-label')).to.match(
      /^Peer support referral sent Nov 20, 2026: Sent to PeerBridge Peer Support Program\.$/,
    );
    const closed = $<HTMLDetailsElement>(el, '[part="closed"]')!;
    expect(closed.open, 'closed referrals are folded').to.equal(false);
    expect(words(closed.querySelector('summary'))).to.equal('Closed referrals (1)');
    expect(words(closed.querySelector('[part="state"]'))).to.equal('Completed');
    expect(closed.querySelector('[part="cancel-button"]'), 'nothing to cancel once it is over').to.equal(null);
    // Details, by keyboard: what was asked, how soon, by whom.
    const details = open[0].querySelector<HTMLDetailsElement>('[part="details"]')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const facts = [...details.querySelectorAll('dt')].map((dt) => `${words(dt)}: ${words(dt.nextElementSibling)}`);
    expect(facts).to.include.members([
      'Reason: Discharged from an inpatient stay last week; feels alone at home',
      'What the client hopes for: Talk with someone who has been in hospital and came through it',
      'How soon: Urgent',
      'Referred by: Jordan Lee, LICSW',
    ]);
    expect((await serverRequests({ method: 'GET', pathIncludes: 'code=fulfill' })).length, 'one search for the list').to.equal(1);
    await expectAccessibleInThemes(el);
  });

  it('a change on the server reaches the list within 2 s and is said once', async () => {
    const el = await list();
    await waitUntil(async () => (await serverRequests({ method: 'GET', pathIncludes: `_id=${OPEN}` })).length >= 1, 'following', {
      timeout: 5000,
    });
    await putTask(OPEN, { status: 'accepted', owner: { reference: 'PractitionerRole/peer-marcus-role', display: 'Marcus Bell, CPS' } });
    await waitUntil(() => words($(el, '[part="list"] [part="state"]')) === 'Accepted by Marcus Bell, CPS', 'the list follows', {
      timeout: 2000,
    });
    expect(words($(el, '[role="status"][aria-label="Referral status updates"]'))).to.match(/: Accepted by Marcus Bell, CPS\.$/);
  });

  it('the requester cancels with a reason by keyboard: Task cancelled (If-Match), request revoked, focus back on the list', async () => {
    const el = await list();
    const cancel = $<HTMLButtonElement>(el, '[part="list"] [part="cancel-button"]')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, '#cancel')?.open, 'the dialog opens');
    await waitUntil(() => deepActive()?.id === 'cancel-reason', 'focus on the reason');
    await sendKeys({ type: 'Client found another service' });
    await sendKeys({ press: 'Enter' }); // a textarea: Enter types a newline
    (deepActive() as HTMLTextAreaElement).form!.requestSubmit();
    await waitUntil(() => !$<HTMLDialogElement>(el, '#cancel')!.open, 'the dialog closes', { timeout: 5000 });
    const task = await readResource<{ status: string; statusReason: { text: string } }>('Task', OPEN);
    expect(task.status).to.equal('cancelled');
    expect(task.statusReason.text).to.equal('Client found another service');
    expect((await readResource<{ status: string }>('ServiceRequest', 'referral-devon-2026-11')).status).to.equal('revoked');
    await waitUntil(() => deepActive() === $(el, '[part="closed"] summary'), 'focus on the closed referrals, where it went');
    expect(words($(el, '[part="closed"] summary'))).to.equal('Closed referrals (2)');
  });

  it('offers no cancel to someone who did not request it', async () => {
    const el = await list('Patient/devon-harris', 'PractitionerRole/psychiatrist-role');
    expect($(el, '[part="cancel-button"]')).to.equal(null);
  });

  it('a client with no referral: says so', async () => {
    const el = await list('Patient/nobody-here');
    expect(words($(el, '.notice'))).to.equal('No referrals to peer support yet.');
  });

  it('a failed load says so with Try again, which recovers with focus on the list', async () => {
    await setFaults([{ method: 'GET', resourceType: 'Task', fault: '503' }]);
    const el = await list();
    expect(words($(el, '[role="alert"]'))).to.contain('Could not load the referrals to peer support.');
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="item"]'), 'recovered', { timeout: 5000 });
    await waitUntil(() => deepActive() === $(el, '[part~="item"] [role="heading"]'), 'focus on the first referral');
  });
});

describe('<care-referral-list> standalone', () => {
  it('reads Tasks and ServiceRequests given as a Bundle; hostile text stays text; other ServiceRequests are left out', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">'.repeat(3);
    const resources = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'sr1',
            status: 'active',
            intent: 'order',
            subject: { reference: 'Patient/p' },
            code: { coding: [{ system: 'http://snomed.info/sct', code: '461481000124109' }] },
            reasonCode: [{ text: hostile }],
            authoredOn: '2026-11-01',
          },
        },
        {
          resource: {
            resourceType: 'Task',
            id: 't1',
            status: 'requested',
            intent: 'order',
            focus: { reference: 'ServiceRequest/sr1' },
            for: { reference: 'Patient/p' },
            owner: { display: hostile },
          },
        },
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'sr2',
            status: 'active',
            intent: 'order',
            subject: { reference: 'Patient/p' },
            code: { text: 'Psychiatry' },
          },
        },
        { resource: { resourceType: 'Task', id: 't2', status: 'requested', intent: 'order', focus: { reference: 'ServiceRequest/sr2' } } },
      ],
    };
    const el = await fixture<El>(html`<care-referral-list .resources=${resources}></care-referral-list>`);
    expect($$(el, '[part~="item"]')).to.have.length(1);
    expect(words($(el, '[part~="item"] .reason'))).to.equal(hostile.trim());
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expectAccessibleInThemes(el);
  });

  it('a resources value that is neither an array nor a Bundle: says so and reports it', async () => {
    const errors: unknown[] = [];
    const el = document.createElement('care-referral-list');
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.resources = { resourceType: 'Patient' };
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(words($(el, '[part="status"]'))).to.contain('Some of the referrals to peer support could not be shown.');
    expect(errors).to.deep.equal([
      {
        kind: 'validation',
        source: 'resources',
        problems: [{ path: 'resources', code: 'wrong-type', message: 'resources: expected an array of FHIR resources or a Bundle' }],
      },
    ]);
  });
});
