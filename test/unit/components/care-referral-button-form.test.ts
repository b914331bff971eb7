// <care-referral-button>'s form as the clinician meets it (issue #18, 7): it fits a laptop screen
// unscrolled (optional preferences folded into a disclosure), an error clears as soon as its field
// is fixed, "Discard draft" asks first and comes after Send, and focus wraps inside the dialog.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../../src/components/care-referral-button/care-referral-button.js';
import { deepActive } from '../../helpers/lazy-load.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

type El = CareReferralButton;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** The text as shown (innerText leaves out what is display: none). */
const shown = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();
const text = (node: Element | null) => node!.textContent.replace(/\s+/g, ' ').trim();

async function openForm(): Promise<{ el: El; dialog: HTMLDialogElement }> {
  const el = await fixture<El>(
    html`<care-referral-button patient="maria-alvarez" requester="therapist-role" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>`,
  );
  $<HTMLButtonElement>(el, '#trigger')!.click();
  await waitUntil(() => $(el, '#referral form'), 'the form is loaded', { timeout: 5000 }); // the first import of the form's modules
  await waitUntil(() => deepActive()?.id === 'reason', 'focus on the reason');
  await el.updateComplete;
  return { el, dialog: $<HTMLDialogElement>(el, '#referral')! };
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Whether `node` is wholly inside both the dialog's visible box and the viewport. */
function fullyVisible(node: Element, dialog: HTMLDialogElement): boolean {
  const box = node.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  const inside = (outer: { top: number; left: number; bottom: number; right: number }) =>
    box.top >= outer.top && box.left >= outer.left && box.bottom <= outer.bottom && box.right <= outer.right;
  return box.height > 0 && inside(frame) && inside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth });
}

const noHorizontalScroll = (el: El, dialog: HTMLDialogElement, label: string) => {
  expect(dialog.scrollWidth, `${label}: the dialog`).to.be.at.most(dialog.clientWidth);
  expect(document.documentElement.scrollWidth, `${label}: the page`).to.be.at.most(innerWidth);
  for (const node of el.shadowRoot!.querySelectorAll('#referral form *')) {
    expect(node.getBoundingClientRect().right, `${label}: ${node.tagName}#${node.id}`).to.be.at.most(dialog.getBoundingClientRect().right);
  }
};

describe('<care-referral-button> form: fit, fixing errors, discarding, focus', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows consent and Send unscrolled at 1280×800; the preferences fold away and say how many are chosen', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { el, dialog } = await openForm();
    const consent = $(el, '#consent')!;
    const submit = $(el, '[part="submit"]')!;
    expect(submit.textContent).to.equal('Send referral');
    expect(dialog.scrollTop).to.equal(0);
    expect(fullyVisible(consent, dialog), 'consent').to.equal(true);
    expect(fullyVisible($(el, 'label[for="consent"]')!, dialog), 'consent label').to.equal(true);
    expect(fullyVisible(submit, dialog), 'Send referral').to.equal(true);
    for (const id of ['reason', 'recipient']) expect(fullyVisible($(el, `#${id}`)!, dialog), id).to.equal(true);

    const details = $<HTMLDetailsElement>(el, 'details.preferences')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(shown(summary)).to.equal('Preferences (optional): none chosen');
    expect($(el, '#language')!.checkVisibility(), 'folded away').to.equal(false);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens it').to.equal(true);
    expect(deepActive()).to.equal(summary);
    $<HTMLSelectElement>(el, '#language')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // the first language after "No preference"
    expect($<HTMLSelectElement>(el, '#language')!.value).not.to.equal('');
    expect(shown(summary)).to.equal('Preferences (optional): 1 chosen');
    $<HTMLInputElement>(el, 'input[name="shared"]')!.click();
    $<HTMLInputElement>(el, 'input[name="shared"][value="parenting"]')!.click();
    expect(shown(summary)).to.equal('Preferences (optional): 3 chosen');
    await expectAccessibleInThemes(el);

    summary.focus();
    await sendKeys({ press: 'Space' });
    expect(details.open, 'Space closes it').to.equal(false);
    expect(deepActive()).to.equal(summary);
    expect(shown(summary), 'the count stays in the closed summary').to.equal('Preferences (optional): 3 chosen');
    await expectAccessibleInThemes(el);

    // Closed with Cancel, the draft (and its count) is kept; a discard empties both.
    $<HTMLButtonElement>(el, '#discard')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#discard-confirm')!.click();
    await el.updateComplete;
    await Promise.resolve();
    expect(shown(summary)).to.equal('Preferences (optional): none chosen');
  });

  for (const [width, height, label] of [
    [320, 640, '320 px wide'],
    [640, 400, '1280×800 at 200% zoom'],
  ] as const) {
    it(`reflows without horizontal scrolling at ${label}, preferences open and the discard question shown`, async function () {
      // WebKit's MiniBrowser window is never under 447 px wide (its toolbar): 320 px is skipped there.
      await setViewport({ width, height }).catch((error: unknown) => {
        if (String(error).includes('cannot be made that size')) this.skip();
        throw error;
      });
      const { el, dialog } = await openForm();
      noHorizontalScroll(el, dialog, 'closed');
      $<HTMLDetailsElement>(el, 'details.preferences')!.open = true;
      $<HTMLButtonElement>(el, '#discard')!.click();
      await el.updateComplete;
      noHorizontalScroll(el, dialog, 'open');
    });
  }

  it('clears an error as soon as its field is fixed, and the count of fields needing attention with it', async () => {
    const { el } = await openForm();
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await el.updateComplete;
    const reason = $<HTMLTextAreaElement>(el, '#reason')!;
    const consent = $<HTMLInputElement>(el, '#consent')!;
    const live = $(el, '.live[role="status"]')!;
    expect(text($(el, '#reason-error'))).to.equal('Enter the reason for the referral.');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(live.textContent).to.match(/^2 field/);
    expect(deepActive()).to.equal(reason);

    await sendKeys({ type: 'I' });
    await el.updateComplete;
    expect(text($(el, '#reason-error')), 'gone at the first character').to.equal('');
    expect(reason.getAttribute('aria-invalid')).to.equal('false');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect(live.textContent).to.match(/^1 field/);
    expect(deepActive(), 'focus stays where the clinician types').to.equal(reason);
    await expectAccessibleInThemes(el);

    // Emptying it again raises nothing until the next Send.
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(reason.getAttribute('aria-invalid')).to.equal('false');

    consent.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(consent.checked).to.equal(true);
    expect(text($(el, '#consent-error'))).to.equal('');
    expect(consent.getAttribute('aria-invalid')).to.equal('false');
    expect(live.textContent).to.equal('');
    expect(deepActive()).to.equal(consent);

    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await el.updateComplete;
    expect(reason.getAttribute('aria-invalid'), 'Send checks again').to.equal('true');
    expect(live.textContent).to.match(/^1 field/);
  });

  it('puts Discard draft after Send and Cancel, and asks before discarding (Escape or Keep editing go back)', async () => {
    const { el, dialog } = await openForm();
    await sendKeys({ type: 'Isolated since discharge' });
    const buttons = () => [...el.shadowRoot!.querySelectorAll('#referral .actions button')].map((b) => b.textContent.trim());
    expect(buttons()).to.deep.equal(['Send referral', 'Cancel', 'Discard draft']);

    $<HTMLButtonElement>(el, '[part="submit"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Cancel');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('discard');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const group = $(el, '.confirm[role="group"]')!;
    expect(text(group)).to.equal('Discard the typed referral? Discard Keep editing');
    expect(group.getAttribute('aria-labelledby')).to.equal('discard-question');
    expect(buttons()).to.deep.equal(['Send referral', 'Cancel', 'Discard', 'Keep editing']);
    expect(deepActive()?.id, 'focus on the confirm button').to.equal('discard-confirm');
    expect(dialog.open).to.equal(true);
    await expectAccessibleInThemes(el);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open, 'Escape takes back the question, not the dialog').to.equal(true);
    expect($(el, '.confirm')).to.equal(null);
    expect(deepActive()?.id).to.equal('discard');
    expect($<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('Isolated since discharge');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('discard-confirm');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('discard-keep');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.id, 'Keep editing returns to Discard draft').to.equal('discard');
    expect($<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('Isolated since discharge');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    await waitUntil(() => deepActive()?.id === 'trigger', 'focus back on the button');
    expect(el.shadowRoot!.textContent).not.to.contain('Draft kept');
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#reason')!.value, 'discarded').to.equal('');
    expect($(el, '.confirm'), 'a new opening starts without the question').to.equal(null);
  });

  it('wraps focus inside the dialog: Shift+Tab from the reason to the last control, Tab from it to the reason', async () => {
    const { el } = await openForm();
    await shiftTab();
    expect(deepActive()?.id, 'Shift+Tab from the first field').to.equal('discard');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id, 'Tab from the last control').to.equal('reason');
    await shiftTab();
    await shiftTab();
    expect(text(deepActive()), 'and on backwards').to.equal('Cancel');

    // With the discard question shown, its last answer is the last control.
    $<HTMLButtonElement>(el, '#discard')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('discard-keep');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('reason');
    await shiftTab();
    expect(deepActive()?.id).to.equal('discard-keep');
  });
});
