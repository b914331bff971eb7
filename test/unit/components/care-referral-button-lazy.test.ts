// <care-referral-button>'s form is a lazy module (workflow-loader.ts): loaded once per page, early
// (pointer over or focus on the button), with an announced loading state while a click waits for
// it and an announced failure with Try again. Each test gives the element its own loader, which
// wraps the real dynamic import: counting, holding back or failing it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../../src/components/care-referral-button/care-referral-button.js';
import { replaceReferralWorkflowLoader } from '../../../src/components/care-referral-button/workflow-loader.js';
import type { CareDataErrorDetail } from '../../../src/events/data-error.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { deepActive, heldLoad, swappedLoaders } from '../../helpers/lazy-load.js';

type El = CareReferralButton;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const realLoad = () => import('../../../src/components/care-referral-button/referral-workflow.js');

const button = () =>
  fixture<El>(
    html`<care-referral-button patient="maria-alvarez" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>`,
  );
// The first real import fetches the form's modules one by one from the test server (slower with coverage).
const formShown = (el: El) => waitUntil(() => $(el, '#referral form'), 'the form is shown', { timeout: 5000 });

describe('<care-referral-button> loads its form on first need', () => {
  const swap = swappedLoaders();

  it('starts loading on pointer-over or focus, once for the whole page, and opens with focus on the reason', async () => {
    let loads = 0;
    swap(replaceReferralWorkflowLoader(() => ((loads += 1), realLoad())));
    const first = await button();
    const second = await button();
    expect($(first, '#referral form'), 'nothing loaded before it is needed').to.equal(null);
    $(first, '#trigger')!.dispatchEvent(new PointerEvent('pointerenter'));
    $<HTMLButtonElement>(second, '#trigger')!.focus();
    await formShown(first);
    expect(loads).to.equal(1);
    $<HTMLButtonElement>(first, '#trigger')!.click();
    await first.updateComplete;
    expect($<HTMLDialogElement>(first, '#referral')!.open).to.equal(true);
    expect(deepActive()?.id).to.equal('reason');
    $<HTMLDialogElement>(first, '#referral')!.close();
    $<HTMLButtonElement>(second, '#trigger')!.click();
    await second.updateComplete;
    expect($<HTMLDialogElement>(second, '#referral')!.open).to.equal(true);
    expect(loads, 'loaded once for every button on the page').to.equal(1);
  });

  it('says the form is loading while a click waits for it, then moves focus to the reason', async () => {
    const { load, pending } = heldLoad(realLoad);
    swap(replaceReferralWorkflowLoader(load));
    const el = await button();
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '#referral')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-busy')).to.equal('true');
    const status = $(el, `#${dialog.getAttribute('aria-describedby')} [role="status"]`)!;
    expect(status.textContent.trim()).to.equal('Loading the referral form…');
    expect($(el, '#title')!.textContent).to.equal('Refer to peer support');
    expect(dialog.contains(deepActive()), 'focus is in the dialog').to.equal(true);
    await expectAccessibleInThemes(el);

    pending[0].release();
    await formShown(el);
    await waitUntil(() => deepActive()?.id === 'reason', 'focus on the reason');
    expect(dialog.hasAttribute('aria-busy')).to.equal(false);
    expect(dialog.hasAttribute('aria-describedby')).to.equal(false);
    expect(pending).to.have.length(1);
  });

  it('says when the form could not load, reports it once, and loads it with Try again', async () => {
    const { load, pending } = heldLoad(realLoad);
    swap(replaceReferralWorkflowLoader(load));
    const el = await button();
    const errors: CareDataErrorDetail[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    pending[0].fail();
    await waitUntil(() => $(el, '#referral [role="alert"]'), 'the failure is shown');
    const alert = $(el, '#referral [role="alert"]')!;
    expect(alert.textContent).to.contain('Could not load the referral form.');
    await waitUntil(() => deepActive()?.textContent === 'Try again', 'focus on Try again');
    expect(errors.map(({ kind, source }) => [kind, source])).to.deep.equal([['load', 'referral-form']]);
    expect($<HTMLDialogElement>(el, '#referral')!.getAttribute('aria-describedby')).to.equal('form-loading');
    await expectAccessibleInThemes(el);

    (deepActive() as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '#referral [role="status"]')!.textContent).to.contain('Loading the referral form…');
    expect(deepActive()?.textContent, 'focus waits on Cancel').to.equal('Cancel');
    pending[1].release();
    await formShown(el);
    await waitUntil(() => deepActive()?.id === 'reason', 'focus on the reason');
    expect(errors).to.have.length(1);
  });

  it('keeps a failed preload quiet: the click tries again', async () => {
    const { load, pending } = heldLoad(realLoad);
    swap(replaceReferralWorkflowLoader(load));
    const el = await button();
    const errors: unknown[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    $(el, '#trigger')!.dispatchEvent(new PointerEvent('pointerenter'));
    pending[0].fail();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(errors, 'nobody was waiting').to.deep.equal([]);
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    expect($(el, '#referral [role="status"]')!.textContent).to.contain('Loading the referral form…');
    expect(pending).to.have.length(2);
    pending[1].release();
    await formShown(el);
    expect(errors).to.deep.equal([]);
  });

  it('closes while loading with Escape or Cancel, back to the button, with no draft kept', async () => {
    const { load, pending } = heldLoad(realLoad);
    swap(replaceReferralWorkflowLoader(load));
    const el = await button();
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#referral .actions button')!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
    await waitUntil(() => deepActive()?.id === 'trigger', 'focus back on the button');
    $<HTMLButtonElement>(el, '#trigger')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
    await waitUntil(() => deepActive()?.id === 'trigger', 'focus back on the button');
    expect(el.shadowRoot!.textContent).not.to.contain('Draft kept');
    pending[0].release();
    await formShown(el);
    expect($<HTMLDialogElement>(el, '#referral')!.open, 'the form arriving later does not open it').to.equal(false);
  });
});
