/** Long FHIR free text shown in pieces: all of it reachable, a step at a time, focus kept on the button. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { cutText, headlineText, LONG_TEXT_STEP, longText } from '../../../src/shared/long-text.js';
import '../../../src/components/care-plan-panel/define.js';
import type { CarePlanPanel } from '../../../src/components/care-plan-panel/care-plan-panel.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

const words = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();

describe('longText', () => {
  it('shows short text as it is, with no button', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p></p>`);
    render(html`${longText('A short note.')}`, host);
    expect(words(host)).to.equal('A short note.');
    expect(host.querySelector('button')).to.equal(null);
  });

  it('shows a long text in steps; Show more keeps focus and adds the next piece; Show less goes back', async () => {
    const text = 'ab'.repeat(LONG_TEXT_STEP + 1_000); // 2 steps and a bit
    const host = await fixture<HTMLParagraphElement>(html`<p></p>`);
    render(html`${longText(text)}`, host);
    const button = host.querySelector('button')!;
    expect(host.textContent.length).to.be.below(LONG_TEXT_STEP + 100);
    expect(words(button)).to.equal(`Show more (${(text.length - LONG_TEXT_STEP).toLocaleString('en')} more characters)`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement, 'the same button keeps focus').to.equal(button);
    expect(words(button)).to.equal(`Show more (${(text.length - 2 * LONG_TEXT_STEP).toLocaleString('en')} more characters)`);
    await sendKeys({ press: 'Enter' });
    expect(words(button)).to.equal('Show less');
    expect(host.textContent).to.contain(text);
    await sendKeys({ press: 'Space' });
    expect(host.textContent).not.to.contain(text);
    expect(document.activeElement).to.equal(button);
  });

  it('never cuts inside a surrogate pair; a headline is cut with an ellipsis', () => {
    const text = `${'a'.repeat(9)}😀tail`;
    expect(cutText(text, 10)).to.equal('a'.repeat(9));
    expect(cutText(text, 11)).to.equal(`${'a'.repeat(9)}😀`);
    expect(headlineText('x'.repeat(300))).to.equal(`${'x'.repeat(200)}…`);
    expect(headlineText('Isolated')).to.equal('Isolated');
    expect(headlineText(undefined)).to.equal('');
  });

  it('a 1 MB progress note in the plan panel puts one piece in the page, and the rest is a step away', async () => {
    const note = 'aé漢ب😀\u0301Zк'.repeat(125_000);
    const el = await fixture<CarePlanPanel>(html`<care-plan-panel></care-plan-panel>`);
    el.carePlan = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      title: 'Recovery plan',
      subject: { reference: 'Patient/p' },
      activity: [{ progress: [{ text: note }], detail: { status: 'in-progress', description: 'Weekly walk' } }],
    };
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('[part="note"] .note-text')!;
    expect(shown.textContent.length).to.be.below(LONG_TEXT_STEP + 100);
    const rest = note.length - cutText(note, LONG_TEXT_STEP).length;
    expect(words(shown.querySelector('button')!)).to.equal(`Show more (${rest.toLocaleString('en')} more characters)`);
    await expectAccessibleInThemes(el);
  });
});
