// <care-referral-button> in the browser, standalone (no data source): the button, the modal form
// (keyboard, focus, validation, draft kept), the events, the status chip from a `task` property.
// Writes to the FHIR server are in test/integration/care-referral-button.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../../src/components/care-referral-button/care-referral-button.js';
import type { CareReferralCancelRequestEvent, CareReferralRequestEvent } from '../../../src/components/care-referral-button/events.js';
import { SYSTEM } from '../../../src/fhir/extensions.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { FINAL_REFERRAL_STATUSES, REFERRAL_STATUSES, SHOWN_REFERRAL_STATUSES } from '../../../src/model/referral.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { HOSTILE_TEXT, wasPwned } from '../../helpers/hostile.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { deepActive } from '../../helpers/lazy-load.js';

type El = CareReferralButton;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: El) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** Clicks the button; an open dialog is ready once the form's code has loaded (the first time, a lazy chunk). */
async function openForm(el: El): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, '#trigger')!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, '#referral')!;
  if (dialog.open) await waitUntil(() => $(el, '#referral form'), 'the form is loaded');
  await el.updateComplete;
  return dialog;
}

function fill(el: El, values: { reason?: string; hopes?: string; note?: string; consent?: boolean }): void {
  for (const name of ['reason', 'hopes', 'note'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const field = $<HTMLTextAreaElement>(el, `#${name}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (values.consent !== undefined) $<HTMLInputElement>(el, '#consent')!.checked = values.consent;
}

async function send(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

const standalone = () =>
  fixture<El>(
    html`<care-referral-button patient="maria-alvarez" requester="therapist-role" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>`,
  );

const task = (status: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Task',
  id: 't1',
  status,
  intent: 'order',
  for: { reference: 'Patient/maria-alvarez' },
  requester: { reference: 'PractitionerRole/therapist-role' },
  lastModified: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  ...extra,
});

describe('<care-referral-button> standalone', () => {
  afterEach(() => registerMessages('es', {}));

  it('renders a real button that announces a dialog, and no open dialog', async () => {
    const el = await standalone();
    const button = $<HTMLButtonElement>(el, '#trigger')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent.trim()).to.equal('Refer to peer support');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
    await expectAccessibleInThemes(el);
  });

  it('opens a modal dialog with focus on the reason; the page behind is inert', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>Outside</button>`);
    const el = await standalone();
    $<HTMLButtonElement>(el, '#trigger')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '#referral')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await waitUntil(() => deepActive()?.id === 'reason', 'focus on the reason once the form is there', { timeout: 5000 }); // the first import of the form's modules
    outside.focus();
    expect(document.activeElement).not.to.equal(outside);
    await expectAccessibleInThemes(el);
  });

  it('keeps Tab inside the dialog', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>Outside</button>`);
    const el = await standalone();
    const dialog = await openForm(el);
    for (let i = 0; i < 45; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(active, `tab ${i}`).not.to.equal(outside);
      if (active && active !== document.body && active !== el) expect(dialog.contains(active), `tab ${i}`).to.equal(true);
    }
  });

  it('closes on Escape and on Cancel, returns focus to the button and keeps the draft', async () => {
    const el = await standalone();
    let dialog = await openForm(el);
    fill(el, { reason: 'Feels isolated since discharge' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('trigger');
    expect(text(el)).to.contain('Draft kept (not sent)');
    expect($(el, `#${$(el, '#trigger')!.getAttribute('aria-describedby')}`)!.textContent).to.equal('Draft kept (not sent)');

    dialog = await openForm(el);
    expect($<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('Feels isolated since discharge');
    $<HTMLButtonElement>(el, '.actions button:nth-child(2)')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('trigger');
    await expectAccessibleInThemes(el);
  });

  it('discards the draft only when asked', async () => {
    const el = await standalone();
    await openForm(el);
    fill(el, { reason: 'Something typed', consent: true });
    $<HTMLButtonElement>(el, '#discard')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#discard-confirm')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(text(el)).not.to.contain('Draft kept');
    await openForm(el);
    expect($<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(false);
  });

  it('validates inline: errors tied to their fields, announced, focus on the first; nothing sent', async () => {
    const el = await standalone();
    await openForm(el);
    let requests = 0;
    el.addEventListener('care-referral-request', () => (requests += 1));
    fill(el, { reason: '   ' });
    await send(el);
    await el.updateComplete;
    const reason = $<HTMLTextAreaElement>(el, '#reason')!;
    const consent = $<HTMLInputElement>(el, '#consent')!;
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${reason.getAttribute('aria-describedby')}`)!.textContent).to.equal('Enter the reason for the referral.');
    expect($(el, `#${consent.getAttribute('aria-describedby')}`)!.textContent).to.contain('consent');
    expect($(el, '.live[role="status"]')!.textContent).to.contain('2 fields need attention');
    expect(deepActive()).to.equal(reason);
    expect(requests).to.equal(0);
    await expectAccessibleInThemes(el);

    fill(el, { reason: 'Isolated', consent: false });
    await send(el);
    expect(reason.getAttribute('aria-invalid')).to.equal('false');
    expect(deepActive()).to.equal(consent);
    expect(requests).to.equal(0);
  });

  it('fires care-referral-request with ServiceRequest, Task and Consent; without a data source the host persists', async () => {
    const el = await fixture<El>(
      html`<care-referral-button patient="maria-alvarez" requester="therapist-role" care-plan-id="maria-care-plan" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>`,
    );
    let created = 0;
    el.addEventListener('care-referral-created', () => (created += 1));
    await openForm(el);
    fill(el, { reason: 'Isolated since discharge', hopes: 'Someone who has been there', note: 'Afternoons', consent: true });
    $<HTMLInputElement>(el, 'input[name="urgency"][value="soon"]')!.checked = true;
    $<HTMLSelectElement>(el, '#language')!.value = 'es';
    $<HTMLInputElement>(el, 'input[name="shared"]')!.checked = true;
    $<HTMLSelectElement>(el, '#gender')!.value = 'female';
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail, cancelable, composed, bubbles } = await event;
    expect([cancelable, composed, bubbles]).to.deep.equal([true, true, true]);
    const { serviceRequest, task: draftTask, consent, key } = detail;
    expect(serviceRequest).to.deep.include({
      status: 'active',
      intent: 'order',
      priority: 'urgent',
      subject: { reference: 'Patient/maria-alvarez' },
    });
    expect(serviceRequest.identifier).to.deep.equal([{ system: SYSTEM.referralKey, value: key }]);
    expect(serviceRequest.basedOn).to.deep.equal([{ reference: 'CarePlan/maria-care-plan' }]);
    expect(serviceRequest.requester).to.deep.equal({ reference: 'PractitionerRole/therapist-role' });
    expect(serviceRequest.performer).to.deep.equal([{ reference: 'Organization/peerbridge-program', display: 'PeerBridge' }]);
    expect(JSON.stringify(serviceRequest.extension)).to.contain('Someone who has been there').and.contain('"es"').and.contain('female');
    expect(draftTask).to.deep.include({ status: 'requested', intent: 'order' });
    expect(draftTask.identifier?.[0]?.value).to.equal(`${key}:task`);
    expect(consent.identifier?.[0]?.value).to.equal(`${key}:consent`);
    expect(consent.category?.[0]?.coding?.[0]?.code).to.equal('IDSCL');
    expect(detail.draft.consentGiven).to.equal(true);
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
    expect($(el, '.chip [part="state"]')!.textContent).to.equal('Sent to PeerBridge');
    expect(created).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(deepActive()).to.equal($(el, '.chip'));
  });

  it('mints a fresh key for the next referral, and after a discard', async () => {
    const el = await standalone();
    const keys: string[] = [];
    el.addEventListener('care-referral-request', (event) => keys.push(event.detail.key));
    for (let i = 0; i < 2; i += 1) {
      el.task = undefined;
      await openForm(el);
      fill(el, { reason: `Reason ${i}`, consent: true });
      await send(el);
      el.task = task('completed');
      await el.updateComplete;
    }
    expect(keys).to.have.length(2);
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('says truthfully who has it (or who it was sent to), why and when, with the whole state as the chip’s name', async () => {
    const el = await standalone();
    const rosa = { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' };
    // Rosa is the owner throughout: while requested she is who it was sent to, never who "took" it.
    const expected: Record<(typeof SHOWN_REFERRAL_STATUSES)[number], string> = {
      draft: 'Draft, not sent',
      requested: 'Sent to Rosa Delgado, CPS',
      accepted: 'Accepted by Rosa Delgado, CPS',
      rejected: 'Declined by the peer support programme',
      'in-progress': 'In progress with Rosa Delgado, CPS',
      'on-hold': 'On hold',
      failed: 'Could not be completed',
      completed: 'Completed',
      cancelled: 'Cancelled',
      'entered-in-error': 'Entered in error',
    };
    for (const status of SHOWN_REFERRAL_STATUSES) {
      el.task = task(status, { statusReason: { text: 'Client moved away' }, owner: rosa });
      await el.updateComplete;
      const chip = $(el, '.chip')!;
      expect(chip.querySelector('[part="state"]')!.textContent, status).to.equal(expected[status]);
      expect(chip.dataset['status']).to.equal(status);
      const needsReason = ['rejected', 'cancelled', 'on-hold', 'failed'].includes(status);
      expect(chip.textContent.includes('Client moved away'), status).to.equal(needsReason);
      expect(chip.textContent).to.contain('Updated 2 days ago');
      expect(chip.getAttribute('role')).to.equal('group');
      const name = chip.getAttribute('aria-label')!;
      expect(name, status)
        .to.match(/^Peer support referral( sent [^:]+)?: /)
        .and.contain(expected[status]);
      expect(name.includes('Client moved away'), status).to.equal(needsReason);
      await expectAccessibleInThemes(el);
    }
  });

  it('names who declined and why, in the programme’s words, and the outcome a completed referral came to', async () => {
    const el = await standalone();
    const loop = 'https://care-team-elements.org/fhir/CodeSystem/';
    el.task = task('rejected', {
      owner: { reference: 'Organization/peerbridge', display: 'PeerBridge' },
      statusReason: { coding: [{ system: `${loop}peer-referral-decline-reason`, code: 'no-capacity' }], text: 'Full until January' },
      extension: [
        {
          url: 'https://care-team-elements.org/fhir/StructureDefinition/task-last-changed-by',
          valueReference: { display: 'Dana Whitfield' },
        },
      ],
    });
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('Declined by Dana Whitfield');
    expect($(el, '[part="detail"]')!.textContent).to.equal('No capacity: Full until January');
    el.task = task('completed', {
      owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' },
      output: [
        {
          type: { coding: [{ system: `${loop}peer-referral-output-type`, code: 'outcome' }] },
          valueCodeableConcept: { coding: [{ system: `${loop}peer-referral-outcome`, code: 'engaged' }] },
        },
      ],
    });
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('Completed');
    expect($(el, '[part="detail"]')!.textContent).to.equal('First meeting held, the client engaged');
    expect($(el, '.chip')!.getAttribute('aria-label')).to.contain('Completed.').and.contain('First meeting held, the client engaged.');
  });

  it('offers the button again only once the referral is over, and cancel only while it is open', async () => {
    const el = await standalone();
    el.task = task('accepted');
    await el.updateComplete;
    expect($(el, '#trigger')).to.equal(null);
    expect($(el, '[part="cancel-button"]')).not.to.equal(null);
    el.task = task('completed');
    await el.updateComplete;
    expect($(el, '#trigger')).not.to.equal(null);
    expect($(el, '[part="cancel-button"]')).to.equal(null);
    el.task = task('requested', { requester: { reference: 'PractitionerRole/someone-else' } });
    await el.updateComplete;
    expect($(el, '[part="cancel-button"]'), 'only the requester cancels').to.equal(null);
  });

  it('cancels with a required reason; the host persists it when it prevents the request', async () => {
    const el = await standalone();
    el.task = task('requested');
    await el.updateComplete;
    const changes: string[] = [];
    el.addEventListener('care-referral-status-changed', (event) => changes.push(`${event.detail.previousStatus}>${event.detail.status}`));
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '#cancel')!;
    expect(dialog.open).to.equal(true);
    expect(deepActive()?.id).to.equal('cancel-reason');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#cancel-reason-error')!.textContent).to.equal('Enter a reason.');
    expect($(el, '#cancel-reason')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessibleInThemes(el);

    $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = 'Client declined';
    el.addEventListener('care-referral-cancel-request', (event) => event.preventDefault(), { once: true });
    const request = oneEvent<CareReferralCancelRequestEvent>(el, 'care-referral-cancel-request');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    const { detail } = await request;
    expect(detail.task).to.deep.include({ status: 'cancelled', statusReason: { text: 'Client declined' } });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect($(el, '.chip')!.textContent).to.contain('Cancelled').and.contain('Client declined');
    expect(changes).to.deep.equal(['requested>cancelled']);
  });

  it('announces a change of status in one sentence, but not the relative time that changes on every check', async () => {
    const el = await standalone();
    el.task = task('on-hold', { statusReason: { text: 'Client in hospital' }, owner: { display: 'Rosa Delgado, CPS' } });
    await el.updateComplete;
    const live = $(el, '[role="status"][aria-label="Referral status updates"]')!;
    expect(live.textContent, 'what was there at first is not news').to.equal('');
    expect($(el, '.chip time')!.textContent).to.equal('Updated 2 days ago');
    expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(2); // the chip's updates and the form's
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(live, { subtree: true, childList: true, characterData: true, attributes: true });
    // A poll that finds the same status, a newer time: nothing live changes.
    el.task = task('on-hold', {
      statusReason: { text: 'Client in hospital' },
      owner: { display: 'Rosa Delgado, CPS' },
      lastModified: new Date(Date.now() - 3 * 60_000).toISOString(),
    });
    await el.updateComplete;
    expect($(el, '.chip time')!.textContent).to.equal('Updated 3 minutes ago');
    expect(observer.takeRecords().concat(changes), 'the live region stays quiet').to.deep.equal([]);
    el.task = task('accepted', { owner: { display: 'Rosa Delgado, CPS' } });
    await el.updateComplete;
    expect(observer.takeRecords().concat(changes).length, 'a new status is announced').to.be.greaterThan(0);
    expect(live.textContent).to.match(/^Peer support referral( sent [^:]+)?: Accepted by Rosa Delgado, CPS\.$/);
    observer.disconnect();
    await expectAccessibleInThemes(el);
  });

  it('offers a new referral only once the referral is over, and Cancel only while it is open', async () => {
    const el = await standalone();
    for (const status of REFERRAL_STATUSES) {
      el.task = task(status, { statusReason: { text: 'Reason' } });
      await el.updateComplete;
      const over = (FINAL_REFERRAL_STATUSES as readonly string[]).includes(status);
      expect(!!$(el, '#trigger'), status).to.equal(over);
      expect(!!$(el, '[part="cancel-button"]'), status).to.equal(!over);
    }
    expect([...FINAL_REFERRAL_STATUSES].sort()).to.deep.equal(['cancelled', 'completed', 'entered-in-error', 'failed', 'rejected']);
  });

  it('stores shared-experience codes, whatever language the labels are in', async () => {
    registerMessages('es', { 'referral.shared.psychiatric-hospitalisation': 'Hospitalización psiquiátrica' });
    const provider = await fixture(
      html`<care-team-provider locale="es" patient="p1"><care-referral-button programme="peerbridge-program"></care-referral-button></care-team-provider>`,
    );
    const el = provider.querySelector('care-referral-button')!;
    await el.updateComplete;
    await openForm(el);
    const box = $<HTMLInputElement>(el, 'input[name="shared"]')!;
    expect(box.parentElement!.textContent.trim()).to.equal('Hospitalización psiquiátrica');
    expect(box.value).to.equal('psychiatric-hospitalisation');
    box.checked = true;
    $<HTMLInputElement>(el, 'input[name="shared"][value="lgbtq"]')!.checked = true;
    fill(el, { reason: 'Aislado', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.draft.preferences?.sharedExperience).to.deep.equal(['psychiatric-hospitalisation', 'lgbtq']);
    const stored = JSON.stringify(detail.serviceRequest.extension);
    expect(stored).to.contain('"valueString":"psychiatric-hospitalisation"').and.contain('"valueString":"lgbtq"');
    expect(stored).not.to.contain('Hospitalización').and.not.to.contain('LGBTQ+ experience');
  });

  it('will not send to nobody: no programme known and no peer chosen blocks sending', async () => {
    const el = await fixture<El>(html`<care-referral-button patient="maria-alvarez"></care-referral-button>`);
    const errors: { source: string; problems: { path: string }[] }[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    let requests = 0;
    el.addEventListener('care-referral-request', () => (requests += 1));
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    await send(el);
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#recipient')!;
    expect(requests).to.equal(0);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${select.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'Choose a peer: no peer support programme is known.',
    );
    expect(deepActive()).to.equal(select);
    expect(errors.map((e) => [e.source, e.problems[0]?.path])).to.deep.equal([['programme', 'programme']]);
    await expectAccessibleInThemes(el);

    el.peers = [{ id: 'peer-rosa-role', name: 'Rosa Delgado' }];
    await el.updateComplete;
    select.value = 'PractitionerRole/peer-rosa-role';
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference.reference)).to.deep.equal(['PractitionerRole/peer-rosa-role']);
  });

  it('names the programme as the Consent recipient when the programme decides', async () => {
    const el = await standalone();
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference)).to.deep.equal([
      { reference: 'Organization/peerbridge-program', display: 'PeerBridge' },
    ]);
  });

  it('takes a HealthcareService as the programme, and a Practitioner as the requester', async () => {
    const el = await fixture<El>(
      html`<care-referral-button patient="maria-alvarez" requester="Practitioner/jordan-lee" programme="HealthcareService/peer-line" programme-name="Peer line"></care-referral-button>`,
    );
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference.reference)).to.deep.equal(['HealthcareService/peer-line']);
    expect(detail.serviceRequest.requester?.reference).to.equal('Practitioner/jordan-lee');
  });

  it('shows the public HL7 Task example without spurious care-data-error', async () => {
    const el = await standalone();
    const errors: unknown[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.task = await loadFixture('hl7-fhir-r4/task-example1.json');
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('In progress with Clinical Laboratory @ Acme Hospital');
    expect($(el, '.chip time')!.getAttribute('datetime')).to.equal('2016-10-31T09:45:05+10:00');
    expect(errors).to.deep.equal([]);
    await expectAccessibleInThemes(el);
  });

  it('reports an invalid task and still offers the referral', async () => {
    const el = await standalone();
    const errors: unknown[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.task = { resourceType: 'Task', status: 'bogus' };
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(text(el)).to.contain('Some of the referral could not be shown');
    expect($(el, '#trigger')).not.to.equal(null);
    el.task = { resourceType: 'Task', status: 'bogus' };
    await el.updateComplete;
    expect(errors, 'same problems are reported once').to.have.length(1);
    await expectAccessibleInThemes(el);
  });

  it('keeps hostile text as text', async () => {
    const el = await standalone();
    el.peers = [{ id: 'peer-x', name: HOSTILE_TEXT }];
    el.task = task('rejected', { statusReason: { text: HOSTILE_TEXT }, owner: { display: HOSTILE_TEXT } });
    el.programmeName = HOSTILE_TEXT;
    el.programme = 'Organization/x';
    await el.updateComplete;
    await openForm(el).catch(() => undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(el)).to.contain('<img src=x');
    expect(wasPwned()).to.equal(false);
  });

  it('lists given peers (PeerRole objects or PractitionerRoles) and reports unusable ones', async () => {
    const el = await standalone();
    const errors: { source: string }[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.peers = [
      { id: 'peer-rosa-role', name: 'Rosa Delgado' },
      {
        resourceType: 'PractitionerRole',
        id: 'peer-marcus-role',
        practitioner: { display: 'Marcus Bell' },
        code: [{ text: 'Peer specialist' }],
      },
      { name: 'No id' },
    ];
    await openForm(el);
    const options = [...el.shadowRoot!.querySelectorAll('#recipient optgroup option')].map((o) => o.textContent.trim());
    expect(options).to.deep.equal(['Rosa Delgado', 'Marcus Bell']);
    expect(errors.map((e) => e.source)).to.deep.equal(['peers']);
    $<HTMLSelectElement>(el, '#recipient')!.value = 'PractitionerRole/peer-marcus-role';
    fill(el, { reason: 'Young adult group', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.task.owner).to.deep.equal({ reference: 'PractitionerRole/peer-marcus-role', display: 'Marcus Bell' });
  });

  it('says so (and reports it) when there is no client', async () => {
    const errors: unknown[] = [];
    const el = await fixture<El>(html`<care-referral-button @care-data-error=${(e: Event) => errors.push(e)}></care-referral-button>`);
    expect($(el, '#trigger')).to.equal(null);
    expect(text(el)).to.contain('Referral unavailable: no client selected.');
    expect(errors).to.have.length(1);
    await expectAccessibleInThemes(el);
  });

  it('disables the button when disabled', async () => {
    const el = await fixture<El>(html`<care-referral-button patient="p1" disabled></care-referral-button>`);
    expect($<HTMLButtonElement>(el, '#trigger')!.disabled).to.equal(true);
    await openForm(el);
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
  });

  it('speaks the provider locale through registered translations', async () => {
    registerMessages('es', { 'referral.open': 'Derivar a apoyo entre pares' });
    const provider = await fixture(
      html`<care-team-provider locale="es" patient="p1"><care-referral-button></care-referral-button></care-team-provider>`,
    );
    const el = provider.querySelector('care-referral-button')!;
    await el.updateComplete;
    expect($(el, '#trigger')!.textContent.trim()).to.equal('Derivar a apoyo entre pares');
  });

  it('writes nothing typed to storage or the console', async () => {
    const calls: unknown[] = [];
    const originals = {
      // Kept to be put back on Storage.prototype, never called unbound.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      setItem: Storage.prototype.setItem,
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
      debug: console.debug,
    };
    Storage.prototype.setItem = function (...args: unknown[]) {
      calls.push(args);
    };
    for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) console[name] = (...args: unknown[]) => calls.push(args);
    try {
      const el = await standalone();
      await openForm(el);
      fill(el, { reason: 'SECRET-REASON', hopes: 'SECRET-HOPES', consent: true });
      await sendKeys({ press: 'Escape' });
      await openForm(el);
      await send(el);
    } finally {
      Object.assign(console, {
        log: originals.log,
        info: originals.info,
        warn: originals.warn,
        error: originals.error,
        debug: originals.debug,
      });
      Storage.prototype.setItem = originals.setItem;
    }
    expect(calls).to.deep.equal([]);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('SECRET');
  });
});
