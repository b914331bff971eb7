// <care-referral-inbox> standalone: what it shows, views, filters, events (and preventDefault),
// forms, focus and announcements, hostile text, bad input.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-referral-inbox/define.js';
import type { CareReferralInbox } from '../../../src/components/care-referral-inbox/care-referral-inbox.js';
import type { CareReferralChangedEvent, CareReferralChangeRequestEvent } from '../../../src/components/care-referral-inbox/events.js';
import type { CareDataErrorEvent } from '../../../src/events/data-error.js';
import { HOSTILE_TEXT, wasPwned } from '../../helpers/hostile.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

type El = CareReferralInbox;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const deepActive = (el: El) => el.shadowRoot!.activeElement as HTMLElement | null;

const SUPERVISOR = 'PractitionerRole/peer-supervisor-role';
const ROSA = 'PractitionerRole/peer-rosa-role';
let seed: { entry: { resource: Record<string, unknown> }[] };
before(async () => {
  seed = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as typeof seed;
});

async function inbox(role: 'supervisor' | 'peer', user: string, resources: unknown = seed): Promise<El> {
  const el = await fixture<El>(
    html`<care-referral-inbox programme="Organization/peerbridge-program" acting-role=${role} user=${user} .resources=${resources}></care-referral-inbox>`,
  );
  await el.updateComplete;
  return el;
}
const item = (el: El, taskId: string) => $(el, `li[data-task="${taskId}"]`)!;

describe('<care-referral-inbox> standalone', () => {
  it('shows the referrals waiting, most urgent first, in names and words', async () => {
    const el = await inbox('supervisor', SUPERVISOR);
    const items = $$(el, 'li[data-task]');
    expect(items.map((li) => li.dataset.task)).to.deep.equal(['referral-devon-2026-11-task', 'referral-luis-2026-11-task']);
    const devon = text(items[0]);
    expect(devon).to.contain('⚠ Urgent Devon Harris (prefers English)');
    expect(devon).to.contain('Referred byJordan Lee, Therapist (LICSW), Riverside Community Mental Health Center');
    expect(devon).to.contain('Note for the peer teamDevon prefers text messages');
    expect(devon).to.contain('shared experience of Psychiatric hospitalisation');
    expect(devon).to.contain('Consent to shareGiven Nov');
    expect(devon).to.contain('WithNobody yet');
    expect(devon).to.match(/Other peer-support referrals for this client .*Completed \(The client chose not to continue: Met twice/);
    expect(text(items[1])).to.contain('Peer asked forMarcus Bell');
    expect(text(items[1])).to.contain('prefers a male peer');
    expect(text($(el, '[part="views"]'))).to.equal('Needs assignment (2) Mine (0) Rosa Delgado (1) Marcus Bell (0) Closed (1)');
    expect(text($(el, '[part="caseload"]'))).to.contain(
      'Programme capacity: Taking new referrals (Openings for about 5 new clients this month)',
    );
    expect(text($(el, '[part="caseload"]'))).to.contain('Rosa Delgado: 1 of 6 open referrals');
  });

  it('switches views and filters', async () => {
    const el = await inbox('supervisor', SUPERVISOR);
    $(el, `button[data-view="peer:${ROSA}"]`)!.click();
    await el.updateComplete;
    expect($$(el, 'li[data-task]').map((li) => li.dataset.task)).to.deep.equal(['referral-peer-2026-09-task']);
    $(el, 'button[data-view="needs-assignment"]')!.click();
    await el.updateComplete;
    const urgency = $<HTMLSelectElement>(el, '#filter-urgency')!;
    urgency.value = 'urgent';
    urgency.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, 'li[data-task]').map((li) => li.dataset.task)).to.deep.equal(['referral-devon-2026-11-task']);
  });

  it('assigns from the keyboard: the form opens with focus in it, the request event carries the Task, focus returns to the item', async () => {
    const el = await inbox('supervisor', SUPERVISOR);
    const assign = item(el, 'referral-devon-2026-11-task').querySelector<HTMLButtonElement>('button[data-action="assign"]')!;
    assign.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive(el)?.getAttribute('value') === ROSA, 'focus in the form');
    const form = item(el, 'referral-devon-2026-11-task').querySelector('form')!;
    expect(text(form)).to.contain(
      'Rosa Delgado 1 of 6 open referrals speaks English; lived experience may match: Psychiatric hospitalisation',
    );
    expect(deepActive(el)?.getAttribute('value')).to.equal(ROSA);
    await sendKeys({ press: 'Space' });
    const request = oneEvent<CareReferralChangeRequestEvent>(el, 'care-referral-change-request');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await request;
    expect(detail.task.owner).to.deep.equal({ reference: ROSA, display: 'Rosa Delgado' });
    expect(detail.task.status).to.equal('requested');
    await el.updateComplete;
    await el.updateComplete;
    // It left "Needs assignment": focus moves to the next item there.
    expect($$(el, 'li[data-task]').map((li) => li.dataset.task)).to.deep.equal(['referral-luis-2026-11-task']);
    expect(deepActive(el)?.closest('li')?.dataset.task).to.equal('referral-luis-2026-11-task');
    await new Promise((resolve) => setTimeout(resolve));
    expect(text($(el, '[part="announcer"]'))).to.equal('Devon Harris: assigned to Rosa Delgado.');
    expect(text($(el, '[part="views"]'))).to.contain('Rosa Delgado (2)');
  });

  it('the assign form starts on the peer the clinician asked for, and says so', async () => {
    const el = await inbox('supervisor', SUPERVISOR);
    item(el, 'referral-luis-2026-11-task').querySelector<HTMLButtonElement>('button[data-action="assign"]')!.click();
    await waitUntil(() => item(el, 'referral-luis-2026-11-task').querySelector('form'), 'the form');
    const checked = item(el, 'referral-luis-2026-11-task').querySelector<HTMLInputElement>('input[type="radio"]:checked')!;
    expect(checked.value).to.equal('PractitionerRole/peer-marcus-role');
    expect(text(checked.closest('label'))).to.contain('asked for by the clinician');
    expect(deepActive(el)).to.equal(checked);
    // A hint, never a filter: every peer can be chosen.
    expect(item(el, 'referral-luis-2026-11-task').querySelectorAll('input[type="radio"]')).to.have.length(2);
  });

  it('declining needs words for "other"; the host may take the change (preventDefault)', async () => {
    const el = await inbox('peer', ROSA);
    item(el, 'referral-devon-2026-11-task').querySelector<HTMLButtonElement>('button[data-action="decline"]')!.click();
    await waitUntil(() => item(el, 'referral-devon-2026-11-task').querySelector('form'), 'the form');
    const form = item(el, 'referral-devon-2026-11-task').querySelector('form')!;
    form.querySelector<HTMLSelectElement>('select')!.value = 'other';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => item(el, 'referral-devon-2026-11-task').querySelector('.error'), 'the error');
    await el.updateComplete;
    expect(text(item(el, 'referral-devon-2026-11-task').querySelector('.error'))).to.equal('Please say why, in a few words.');
    expect(deepActive(el)?.tagName).to.equal('SELECT');
    el.addEventListener('care-referral-change-request', (event) => event.preventDefault(), { once: true });
    const textarea = item(el, 'referral-devon-2026-11-task').querySelector<HTMLTextAreaElement>('textarea')!;
    textarea.value = 'Moved out of the area';
    const changed = oneEvent<CareReferralChangedEvent>(el, 'care-referral-changed');
    item(el, 'referral-devon-2026-11-task').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await changed).detail.task.statusReason).to.deep.include({ text: 'Moved out of the area' });
    await el.updateComplete;
    $(el, 'button[data-view="closed"]')!.click();
    await el.updateComplete;
    expect(text(item(el, 'referral-devon-2026-11-task'))).to.contain('Reason givenOther reason: Moved out of the area');
  });

  it('a peer puts their referral on hold (a reason is required), resumes it, and the change events carry each Task', async () => {
    const el = await inbox('peer', ROSA);
    $(el, 'button[data-view="mine"]')!.click();
    await el.updateComplete;
    const maria = 'referral-peer-2026-09-task';
    item(el, maria).querySelector<HTMLButtonElement>('button[data-action="hold"]')!.click();
    await waitUntil(() => item(el, maria).querySelector('form'), 'the form');
    item(el, maria).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => item(el, maria).querySelector('.error'), 'the reason is required');
    await el.updateComplete;
    expect(deepActive(el)?.tagName).to.equal('TEXTAREA');
    expect(deepActive(el)?.getAttribute('aria-invalid')).to.equal('true');
    item(el, maria).querySelector<HTMLTextAreaElement>('textarea')!.value = 'Maria is away for two weeks';
    const held = oneEvent<CareReferralChangedEvent>(el, 'care-referral-changed');
    item(el, maria).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await held).detail.task).to.deep.include({ status: 'on-hold', statusReason: { text: 'Maria is away for two weeks' } });
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive(el)?.closest('li')?.dataset.task).to.equal(maria);
    expect(text(item(el, maria))).to.contain('Reason givenMaria is away for two weeks');
    const resumed = oneEvent<CareReferralChangedEvent>(el, 'care-referral-changed');
    item(el, maria).querySelector<HTMLButtonElement>('button[data-action="resume"]')!.click();
    expect((await resumed).detail.task.status).to.equal('in-progress');
  });

  it('keeps hostile text as text, in every field (names, reason, hopes, note, preferences, reasons, outcomes, capacity notes)', async () => {
    const hostile = structuredClone(seed);
    // Every text-like value in the data, wherever it is.
    const poison = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(poison);
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      for (const key of ['text', 'display', 'valueString', 'family', 'comment'])
        if (typeof record[key] === 'string') record[key] = HOSTILE_TEXT;
      if (Array.isArray(record.given)) record.given = [HOSTILE_TEXT];
      Object.values(record).forEach(poison);
    };
    poison(hostile);
    const el = await inbox('supervisor', SUPERVISOR, hostile);
    for (const view of ['needs-assignment', `peer:${ROSA}`, 'closed']) {
      $(el, `button[data-view="${view}"]`)!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot)).to.contain('<img src=x');
    }
    $(el, 'button[data-view="needs-assignment"]')!.click();
    await el.updateComplete;
    item(el, 'referral-devon-2026-11-task').querySelector<HTMLButtonElement>('button[data-action="assign"]')!.click();
    await waitUntil(() => item(el, 'referral-devon-2026-11-task').querySelector('form'), 'the form');
    expect(text(item(el, 'referral-devon-2026-11-task').querySelector('form'))).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(wasPwned()).to.equal(false);
  });

  it('reports bad input once and shows an empty state', async () => {
    let errors = 0;
    const el = document.createElement('care-referral-inbox');
    el.addEventListener('care-data-error', (event: CareDataErrorEvent) => void (errors += event.detail.problems.length ? 1 : 0));
    // @ts-expect-error a string is not resources: the inbox must still refuse it at runtime
    el.resources = 'not a bundle';
    await fixture(el);
    await el.updateComplete;
    expect(errors).to.equal(1);
    expect(text(el.shadowRoot)).to.contain('No referrals waiting.');
  });

  it('is accessible with a form open', async () => {
    const el = await inbox('supervisor', SUPERVISOR);
    item(el, 'referral-devon-2026-11-task').querySelector<HTMLButtonElement>('button[data-action="assign"]')!.click();
    await waitUntil(() => item(el, 'referral-devon-2026-11-task').querySelector('form'), 'the form');
    await expectAccessibleInThemes(el);
  });
});
