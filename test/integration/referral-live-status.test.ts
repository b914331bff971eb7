// The referral's status, live: over HTTP and a real WebSocket against the in-memory FHIR server.
// With the R4 Subscriptions Backport, a change made on the server reaches the chip within 2 s and
// nothing polls; the page opens one socket however many elements follow referrals, and speaks a
// change once; a dropped socket is reopened and what happened meanwhile is read. Without
// subscriptions, the feed polls at the HL7 SDOH Clinical Care cadence, checks when the page
// becomes visible again, and offers "Check for updates".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../src/components/care-referral-button/care-referral-button.js';
import type { CareTeamProvider } from '../../src/components/care-team-provider/care-team-provider.js';
import { ROUTINE_POLL_MS } from '../../src/data/referral-feed.js';
import { changeResource, dropSockets, fhirBaseUrl, resetServer, serverRequests, setSubscriptionsEnabled } from '../helpers/fhir-server.js';

type El = CareReferralButton;
const TASK = 'referral-peer-2026-09-task';
const PATIENT = 'Patient/maria-alvarez';
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const state = (el: El) => $(el, '.chip [part="state"]')?.textContent ?? '';
const live = (el: El) => $(el, '[role="status"][aria-label="Referral status updates"]')?.textContent ?? '';
const count = async (method: string, pathIncludes: string) => (await serverRequests({ method, pathIncludes })).length;
const polls = () => count('GET', `_id=${TASK}`);
const subscriptionsCreated = async () =>
  (await serverRequests({ method: 'POST' })).filter((request) => request.path.endsWith('/Subscription')).length;

const putTask = (changes: Record<string, unknown>) => changeResource('Task', TASK, changes);

async function chart(buttons = 1): Promise<El[]> {
  const provider = await fixture<CareTeamProvider>(html`<care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${PATIENT}>
    ${Array.from({ length: buttons }, () => html`<care-referral-button referral-id=${TASK}></care-referral-button>`)}
  </care-team-provider>`);
  const elements = [...provider.querySelectorAll('care-referral-button')];
  await waitUntil(() => elements.every((el) => state(el).startsWith('Accepted')), 'the referral is shown', { timeout: 5000 });
  return elements;
}

/** The socket is bound once the feed has read what it may have missed (its catch-up after the handshake). */
const bound = () => waitUntil(async () => (await polls()) >= 1, 'the socket is bound and caught up', { timeout: 5000 });

describe('referral status by subscription (R4 Subscriptions Backport)', () => {
  beforeEach(resetServer);

  it('a change made on the server reaches the chip within 2 s, with no poll in between', async () => {
    const [el] = await chart();
    await bound();
    const before = await polls();
    await putTask({ status: 'in-progress' });
    await waitUntil(() => state(el) === 'In progress with Rosa Delgado, CPS', 'the chip follows', { timeout: 2000 });
    expect(await polls(), 'nothing polled').to.equal(before);
    expect(live(el)).to.match(/: In progress with Rosa Delgado, CPS\.$/);
  });

  it('one socket and one announcement for the page, however many elements show the referral', async () => {
    const [first, second] = await chart(2);
    await bound();
    expect(await subscriptionsCreated(), 'one subscription').to.equal(1);
    expect(await count('POST', '$get-ws-binding-token'), 'one socket').to.equal(1);
    await putTask({ status: 'on-hold', statusReason: { text: 'Client in hospital' } });
    await waitUntil(() => state(first) === 'On hold' && state(second) === 'On hold', 'both follow', { timeout: 2000 });
    const spoken = [live(first), live(second)].filter(Boolean);
    expect(spoken, 'said once').to.have.length(1);
    expect(spoken[0]).to.match(/: On hold\. Client in hospital\.$/);
  });

  it('a socket the server drops is opened again, and a change made meanwhile is read', async function () {
    this.timeout(15_000);
    const [el] = await chart();
    await bound();
    expect(await dropSockets(true)).to.equal(1);
    await putTask({ status: 'completed' });
    await waitUntil(() => state(el) === 'Completed', 'caught up after reconnecting', { timeout: 6000 });
    expect(await count('POST', '$get-ws-binding-token'), 'bound again').to.be.greaterThan(1);
    expect($(el, '[part="check-button"]'), 'nothing left to check once it is over').to.equal(null);
  });
});

describe('referral status without subscriptions: polling at the SDOHCC cadence', () => {
  beforeEach(async () => {
    await resetServer();
    await setSubscriptionsEnabled(false);
  });

  it('polls every 15 minutes while visible, once when the page is visible again, and on "Check for updates"', async () => {
    // Only the delays are recorded; the real timers still run.
    const delays: number[] = [];
    // The global function (window.setTimeout is the same one, declared as a method).
    const original = globalThis.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      delays.push(delay ?? 0);
      return original(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    try {
      const [el] = await chart();
      await waitUntil(() => delays.includes(ROUTINE_POLL_MS), 'a poll is due in 15 minutes', { timeout: 5000 });
      // (Shorter timers are request deadlines and the test's own waits.)
      expect(
        delays.filter((delay) => delay >= 60_000 && delay < ROUTINE_POLL_MS),
        'nothing polls sooner',
      ).to.deep.equal([]);

      const before = await polls();
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(async () => (await polls()) === before + 1, 'one check when the page is visible again', { timeout: 2000 });

      await putTask({ status: 'in-progress' });
      $<HTMLButtonElement>(el, '[part="check-button"]')!.click();
      await waitUntil(() => state(el) === 'In progress with Rosa Delgado, CPS', '"Check for updates" reads it', { timeout: 2000 });
      expect(await subscriptionsCreated(), 'no subscription is tried').to.equal(0);
    } finally {
      window.setTimeout = original;
    }
  });

  it('an explicit poll-interval overrides the cadence', async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${PATIENT}>
      <care-referral-button referral-id=${TASK} poll-interval="1"></care-referral-button>
    </care-team-provider>`);
    const el = provider.querySelector('care-referral-button')!;
    await waitUntil(() => state(el).startsWith('Accepted'), 'shown', { timeout: 5000 });
    await waitUntil(async () => (await polls()) >= 2, 'polls every second', { timeout: 4000 });
  });
});
