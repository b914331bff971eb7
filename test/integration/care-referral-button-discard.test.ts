/**
 * <care-referral-button> over HTTP: a referral is never left half-made. A send that fails at any
 * step, then Discard, then a corrected send: what the first send saved is entered-in-error (no
 * active ServiceRequest, Consent or Task is left under its key), and the second send is whole.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-button/define.js';
import type { CareReferralCreatedEvent, CareReferralFailedEvent } from '../../src/components/care-referral-button/events.js';
import { SYSTEM } from '../../src/fhir/extensions.js';
import { clearFaults, fhirBaseUrl, resetServer, setFaults, type FaultRule } from '../helpers/fhir-server.js';
import { $, connected, counts, openForm, sendReferral, type El } from '../helpers/referral-button.js';
import { deepActive } from '../helpers/lazy-load.js';

/** The status of every resource of `type` saved under the draft's key (with its suffix). */
async function statuses(type: string, key: string): Promise<string[]> {
  const suffix = type === 'Task' ? ':task' : type === 'Consent' ? ':consent' : '';
  const url = `${fhirBaseUrl()}/${type}?identifier=${encodeURIComponent(`${SYSTEM.referralKey}|${key}${suffix}`)}`;
  const bundle = (await (await fetch(url, { cache: 'no-store' })).json()) as { entry?: { resource: { status: string } }[] };
  return (bundle.entry ?? []).map((entry) => entry.resource.status);
}

async function failedSend(el: El, fault: FaultRule): Promise<string> {
  await setFaults([fault]);
  const failed = oneEvent<CareReferralFailedEvent>(el, 'care-referral-failed');
  const key = await sendReferral(el, 'First try');
  await failed;
  await el.updateComplete;
  return key;
}

async function confirmDiscard(el: El): Promise<void> {
  $<HTMLButtonElement>(el, '#discard')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '#discard-confirm')!.click();
}

const STEPS: [string, FaultRule, string[][]][] = [
  // What is on the server under the first key afterwards: [ServiceRequest, Consent, Task] statuses.
  ['the Consent write fails (503)', { method: 'POST', resourceType: 'Consent', fault: '503' }, [['entered-in-error'], [], []]],
  ['the Task write fails (503)', { method: 'POST', resourceType: 'Task', fault: '503' }, [['entered-in-error'], ['entered-in-error'], []]],
  [
    "the Task's answer is lost",
    { method: 'POST', resourceType: 'Task', fault: 'lost-response' },
    [['entered-in-error'], ['entered-in-error'], ['entered-in-error']],
  ],
];

describe('<care-referral-button>: Discard after a send that failed part-way', () => {
  beforeEach(resetServer);

  for (const [label, fault, expected] of STEPS) {
    it(`${label}: Discard withdraws what was saved, and the corrected referral is whole`, async function () {
      this.timeout(20_000);
      const el = await connected();
      const first = await failedSend(el, fault);
      await clearFaults();
      await confirmDiscard(el);
      await waitUntil(() => !$<HTMLDialogElement>(el, '#referral')!.open, 'the draft went', { timeout: 8000 });
      const left = await Promise.all(['ServiceRequest', 'Consent', 'Task'].map((type) => statuses(type, first)));
      expect(left).to.deep.equal(expected);

      await openForm(el);
      await el.updateComplete;
      const created = oneEvent<CareReferralCreatedEvent>(el, 'care-referral-created');
      const second = await sendReferral(el, 'Second try, corrected');
      await created;
      expect(second).not.to.equal(first);
      expect((await counts(second)).slice(0, 3)).to.deep.equal([1, 1, 1]);
    });
  }

  it('a withdrawal that fails keeps the draft, says so, and Discard tries again', async function () {
    this.timeout(20_000);
    const el = await connected();
    const first = await failedSend(el, { method: 'POST', resourceType: 'Task', fault: '503' });
    await setFaults([{ method: 'PUT', resourceType: 'Consent', fault: '503' }]);
    const failed = oneEvent<CareReferralFailedEvent>(el, 'care-referral-failed');
    await confirmDiscard(el);
    expect((await failed).detail.step).to.equal('withdraw');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#referral')!.open, 'the draft stays').to.equal(true);
    expect($(el, '[part="error"]')!.textContent).to.contain('could not be withdrawn');
    expect($<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('First try');
    await waitUntil(() => deepActive()?.id === 'discard', 'focus on Discard draft');

    await confirmDiscard(el);
    await waitUntil(() => !$<HTMLDialogElement>(el, '#referral')!.open, 'the draft went', { timeout: 8000 });
    const left = await Promise.all(['ServiceRequest', 'Consent', 'Task'].map((type) => statuses(type, first)));
    expect(left).to.deep.equal([['entered-in-error'], ['entered-in-error'], []]);
  });
});
