// <care-referral-inbox> against the in-memory FHIR server over HTTP: the referral loop from the
// programme's side (assign, accept, start, decline, complete with outcome), two people acting on
// one referral at once, keyboard-only paths, checking for new referrals, load failure and retry,
// axe in light, dark and high contrast.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-inbox/define.js';
import '../../src/components/care-referral-button/define.js';
import type { CareReferralInbox } from '../../src/components/care-referral-inbox/care-referral-inbox.js';
import type { CareTeamProvider } from '../../src/components/care-team-provider/care-team-provider.js';
import { readReferral } from '../../src/fhir/read/referral.js';
import { EXT } from '../../src/fhir/extensions.js';
import { REFERRAL_LOOP_SYSTEMS } from '../../src/fhir/codes.js';
import { changeResource, fhirBaseUrl, readResource, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';

type El = CareReferralInbox;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: El) => el.shadowRoot!.activeElement as HTMLElement | null;
const ids = (el: El) => $$(el, 'li[data-task]').map((li) => li.dataset.task);

const PROGRAMME = 'Organization/peerbridge-program';
const SUPERVISOR = 'PractitionerRole/peer-supervisor-role';
const ROSA = 'PractitionerRole/peer-rosa-role';
const MARCUS = 'PractitionerRole/peer-marcus-role';
const DEVON = 'referral-devon-2026-11-task';
const LUIS = 'referral-luis-2026-11-task';

async function inbox(user: string, role: 'supervisor' | 'peer', programme = PROGRAMME): Promise<El> {
  const provider = await fixture<CareTeamProvider>(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} user=${user}>
      <care-referral-inbox programme=${programme} acting-role=${role}></care-referral-inbox>
    </care-team-provider>`);
  const el = provider.querySelector('care-referral-inbox')!;
  await waitUntil(() => $(el, '[part~="inbox"]') || $(el, '[part="status"] button'), 'inbox loaded', { timeout: 8000 });
  return el;
}
const item = (el: El, taskId: string) => $(el, `li[data-task="${taskId}"]`)!;
const settle = async (el: El) => {
  await waitUntil(() => !$(el, 'button[type="submit"][disabled]') && !$(el, '.actions button[disabled]'), 'saved', { timeout: 8000 });
  await el.updateComplete;
  await el.updateComplete;
};
async function act(el: El, taskId: string, action: string, fill?: (form: HTMLFormElement) => void): Promise<void> {
  const done = Promise.race([oneEvent(el, 'care-referral-changed'), oneEvent(el, 'care-referral-conflict')]);
  item(el, taskId).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
  await el.updateComplete;
  if (['assign', 'decline', 'hold', 'complete'].includes(action)) await waitUntil(() => item(el, taskId).querySelector('form'), 'the form');
  const form = item(el, taskId).querySelector('form');
  if (form) {
    fill?.(form);
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
  await done;
  await settle(el);
}
const view = async (el: El, key: string) => {
  $(el, `button[data-view="${key}"]`)!.click();
  await el.updateComplete;
};
type ServerTask = Record<string, unknown> & {
  status: string;
  owner?: { reference?: string };
  extension?: { url: string; valueReference?: { reference?: string } }[];
  meta?: { versionId?: string };
};
const serverTask = (id: string) => readResource<ServerTask>('Task', id);

describe('<care-referral-inbox> with the FHIR server', () => {
  beforeEach(resetServer);

  it('loads the programme: referrals, peers, capacity', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    expect(ids(el)).to.deep.equal([DEVON, LUIS]);
    expect(text($(el, '[part="views"]'))).to.equal('Needs assignment (2) Mine (0) Rosa Delgado (1) Marcus Bell (0) Closed (1)');
    expect(text($(el, '[part="caseload"]'))).to.contain('Taking new referrals');
    expect(text(item(el, DEVON))).to.contain('Referred byJordan Lee, Therapist (LICSW), Riverside Community Mental Health Center');
    expect(text(item(el, DEVON))).to.contain('Consent to shareGiven');
  });

  it('works from a HealthcareService reference as well', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor', 'HealthcareService/peerbridge-peer-support');
    expect(ids(el)).to.deep.equal([DEVON, LUIS]);
  });

  it('supervisor assigns, the peer accepts, starts and completes with an outcome; each lands on the server with If-Match', async () => {
    const supervisor = await inbox(SUPERVISOR, 'supervisor');
    await act(supervisor, DEVON, 'assign', (form) => form.querySelector<HTMLInputElement>(`input[value="${ROSA}"]`)!.click());
    let task = await serverTask(DEVON);
    expect(task.status).to.equal('requested');
    expect(task.owner?.reference).to.equal(ROSA);
    expect(task.extension?.find((e) => e.url === EXT.taskLastChangedBy)?.valueReference?.reference).to.equal(SUPERVISOR);
    const puts = await serverRequests({ method: 'PUT', pathIncludes: `Task/${DEVON}` });
    expect(puts.map((r) => r.status)).to.deep.equal([200]);

    const rosa = await inbox(ROSA, 'peer');
    await view(rosa, 'mine');
    expect(ids(rosa)).to.deep.equal([DEVON, 'referral-peer-2026-09-task']);
    await act(rosa, DEVON, 'accept');
    task = await serverTask(DEVON);
    expect([task.status, task.owner?.reference]).to.deep.equal(['accepted', ROSA]);
    expect(readReferral({ task }).value?.lastChangedBy?.name).to.equal('Rosa Delgado');
    expect(text($(rosa, '[part="announcer"]'))).to.equal('Devon Harris: accepted by Rosa Delgado.');
    await act(rosa, DEVON, 'start');
    expect((await serverTask(DEVON)).status).to.equal('in-progress');
    await act(rosa, DEVON, 'complete', (form) => {
      form.querySelector<HTMLSelectElement>('select')!.value = 'engaged';
      form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Met at the library; weekly walks agreed';
    });
    task = await serverTask(DEVON);
    const referral = readReferral({ task }).value!;
    expect([referral.status, referral.outcome, referral.outcomeText]).to.deep.equal([
      'completed',
      'engaged',
      'Met at the library; weekly walks agreed',
    ]);
    // Completed leaves "Mine": focus moves to the next item there.
    expect(ids(rosa)).to.deep.equal(['referral-peer-2026-09-task']);
    expect(active(rosa)?.closest('li')?.dataset.task).to.equal('referral-peer-2026-09-task');
  });

  it("the chart's status chip shows what the programme did: accepted by whom, the outcome, declined by whom and why", async () => {
    const chip = async (taskId: string): Promise<string> => {
      const provider =
        await fixture<CareTeamProvider>(html`<care-team-provider fhir-base-url=${fhirBaseUrl()} patient="Patient/devon-harris" user="PractitionerRole/therapist-role">
        <care-referral-button referral-id=${taskId}></care-referral-button></care-team-provider>`);
      const button = provider.querySelector('care-referral-button')!;
      await waitUntil(() => button.shadowRoot!.querySelector('[part="state"]'), 'the chip', { timeout: 5000 });
      return text(
        button.shadowRoot!.querySelector('[part~="status"]') ?? button.shadowRoot!.querySelector('[part="state"]')!.parentElement,
      );
    };
    const supervisor = await inbox(SUPERVISOR, 'supervisor');
    await act(supervisor, DEVON, 'assign', (form) => form.querySelector<HTMLInputElement>(`input[value="${ROSA}"]`)!.click());
    // The supervisor accepts on Rosa's behalf, from her view.
    await view(supervisor, `peer:${ROSA}`);
    await act(supervisor, DEVON, 'accept');
    expect(await chip(DEVON)).to.contain('Accepted by Rosa Delgado');
    const rosa = await inbox(ROSA, 'peer');
    await view(rosa, 'mine');
    await act(rosa, DEVON, 'complete', (form) => {
      form.querySelector<HTMLSelectElement>('select')!.value = 'could-not-reach-client';
    });
    const completed = await chip(DEVON);
    expect(completed).to.contain('Completed');
    expect(completed).to.contain('Could not reach the client');
    const again = await inbox(SUPERVISOR, 'supervisor');
    await act(again, LUIS, 'decline', (form) => {
      form.querySelector<HTMLSelectElement>('select')!.value = 'no-capacity';
    });
    const declined = await chip(LUIS);
    expect(declined).to.contain('Declined by Dana Whitfield');
    expect(declined).to.contain('No capacity');
  });

  it('declines with a coded reason and words', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    await act(el, LUIS, 'decline', (form) => {
      form.querySelector<HTMLSelectElement>('select')!.value = 'not-eligible';
      form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Lives outside our service area; referred to Metro Peers';
    });
    const task = await serverTask(LUIS);
    expect(task.status).to.equal('rejected');
    expect(task.statusReason).to.deep.equal({
      coding: [{ system: REFERRAL_LOOP_SYSTEMS.declineReason, code: 'not-eligible', display: 'Not eligible' }],
      text: 'Lives outside our service area; referred to Metro Peers',
    });
    expect(ids(el)).to.deep.equal([DEVON]);
    expect(active(el)?.closest('li')?.dataset.task).to.equal(DEVON);
  });

  it('two people act on one referral at once: exactly one wins, the other is told who and sees the current state', async () => {
    const supervisor = await inbox(SUPERVISOR, 'supervisor');
    const rosa = await inbox(ROSA, 'peer');
    // The supervisor's form is filled in; then both press at the same moment, before either hears of the other.
    item(supervisor, DEVON).querySelector<HTMLButtonElement>('button[data-action="assign"]')!.click();
    await waitUntil(() => item(supervisor, DEVON).querySelector('form'), 'the form');
    item(supervisor, DEVON).querySelector<HTMLInputElement>(`input[value="${MARCUS}"]`)!.click();
    const outcome = (el: El) =>
      Promise.race([oneEvent(el, 'care-referral-changed').then(() => 'won'), oneEvent(el, 'care-referral-conflict').then(() => 'lost')]);
    const results = Promise.all([outcome(supervisor), outcome(rosa)]);
    item(supervisor, DEVON).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    item(rosa, DEVON).querySelector<HTMLButtonElement>('button[data-action="accept"]')!.click();
    const [supervisorResult, rosaResult] = await results;
    expect([supervisorResult, rosaResult].sort()).to.deep.equal(['lost', 'won']);
    const puts = await serverRequests({ method: 'PUT', pathIncludes: `Task/${DEVON}` });
    expect(puts.map((r) => r.status).sort()).to.deep.equal([200, 412]);
    const task = await serverTask(DEVON);
    const [loser, told] =
      supervisorResult === 'won'
        ? [rosa, 'Devon Harris: Dana Whitfield changed this referral first. Your change was not saved. It is now: New, with Marcus Bell.']
        : [
            supervisor,
            'Devon Harris: Rosa Delgado changed this referral first. Your change was not saved. It is now: Accepted, with Rosa Delgado.',
          ];
    expect([task.status, task.owner?.reference]).to.deep.equal(supervisorResult === 'won' ? ['requested', MARCUS] : ['accepted', ROSA]);
    await settle(loser);
    expect(text($(loser, '[part="notice"]'))).to.equal(told);
    await waitUntil(() => text($(loser, '[part="announcer"]')) === told, 'announced once, in the live region');
    // The loser sees the current state: Devon left their "Needs assignment"; focus is on the next referral there.
    expect(ids(loser)).to.deep.equal([LUIS]);
    expect(active(loser)?.closest('li')?.dataset.task).to.equal(LUIS);
  });

  it('keyboard only: assign opens a form with focus in it, Escape-free cancel returns focus, save lands focus on the next item', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    item(el, DEVON).querySelector<HTMLButtonElement>('button[data-action="assign"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.getAttribute('value') === ROSA, 'focus on the first peer in the form');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent?.trim()).to.equal('Save');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.dataset.action).to.equal('assign');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)?.getAttribute('value')).to.equal(MARCUS);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const task = await serverTask(DEVON);
    expect([task.status, task.owner?.reference]).to.deep.equal(['accepted', MARCUS]);
    expect(active(el)?.closest('li')?.dataset.task).to.equal(LUIS);
  });

  it('checks for new referrals on request and when the page becomes visible again', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    await changeResource('Task', DEVON, { status: 'cancelled', statusReason: { text: 'Client moved' } });
    $<HTMLButtonElement>(el, '#check')!.click();
    await waitUntil(() => ids(el).length === 1, 'the cancelled referral left the view', { timeout: 5000 });
    expect(text($(el, '[part="views"]'))).to.contain('Closed (2)');
    await changeResource('Task', LUIS, { status: 'cancelled', statusReason: { text: 'Duplicate' } });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => ids(el).length === 0, 'rechecked on visibility', { timeout: 5000 });
    expect(text(el.shadowRoot)).to.contain('No referrals waiting.');
  });

  it("follows the referrals on screen live, through the provider's referral feed, and says a change once", async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    const checks = (await serverRequests({ method: 'GET', pathIncludes: '/Task?code=fulfill' })).length;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the feed binds its socket
    await changeResource('Task', LUIS, { status: 'cancelled', statusReason: { text: 'Referred elsewhere by the clinic' } });
    await waitUntil(() => ids(el).length === 1, 'the cancelled referral left the view without a check', { timeout: 3000 });
    await waitUntil(() => text($(el, '[part="announcer"]')) === 'Luis Moreno: now Cancelled by the clinic.', 'said once');
    expect(text($(el, '[part="views"]'))).to.contain('Closed (2)');
    expect((await serverRequests({ method: 'GET', pathIncludes: '/Task?code=fulfill' })).length).to.equal(checks);
  });

  it('a failed load offers "Try again", which loads and focuses the inbox', async () => {
    await setFaults([{ method: 'GET', resourceType: 'Task', fault: '503', times: 1 }]);
    const el = await inbox(SUPERVISOR, 'supervisor');
    const retry = $<HTMLButtonElement>(el, '[part="status"] button')!;
    expect(text($(el, '[part="status"]'))).to.contain('Could not load the referral inbox.');
    retry.click();
    await waitUntil(() => ids(el).length === 2, 'loaded after retry', { timeout: 8000 });
    await waitUntil(() => active(el)?.getAttribute('part') === 'inbox', 'focus on the inbox', { timeout: 2000 });
  });

  it('is accessible in light, dark and high contrast, with a form open', async () => {
    const el = await inbox(SUPERVISOR, 'supervisor');
    item(el, DEVON).querySelector<HTMLButtonElement>('button[data-action="assign"]')!.click();
    await waitUntil(() => item(el, DEVON).querySelector('form'), 'the form');
    await expectAccessibleInThemes(el);
    const provider = el.closest('care-team-provider') as CareTeamProvider;
    provider.theme = 'high-contrast';
    await provider.updateComplete;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
