// <care-referral-button> in the browser, standalone (no data source): the button, the modal form
// (keyboard, focus, validation, draft kept) and the request event. The status chip from a `task`
// property: care-referral-button-chip.test.ts; inputs: care-referral-button-inputs.test.ts.
// Writes to the FHIR server are in test/integration/care-referral-button*.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralRequestEvent } from '../../../src/components/care-referral-button/events.js';
import { SYSTEM } from '../../../src/fhir/extensions.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { deepActive } from '../../helpers/lazy-load.js';
import { type El, $, text, openForm, fill, send, standalone, task } from '../../helpers/referral-button-standalone.js';

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
});
