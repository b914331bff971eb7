import { expect, fixture, html } from '@open-wc/testing';
import { defineMessages, documentLocale, registerMessages, safeLocale } from '../../../src/i18n/localize.js';
import { formatDate, formatRelative } from '../../../src/i18n/dates.js';
import '../../../src/define.js';

describe('locale guard', () => {
  const lang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = lang;
  });

  it('canonicalises valid tags and refuses malformed ones', () => {
    expect(safeLocale('es-mx')).to.equal('es-MX');
    for (const bad of ['en_US', 'x', '!!', '']) expect(safeLocale(bad), bad).to.equal(undefined);
  });

  it('never lets a malformed page lang or locale make Intl throw', () => {
    document.documentElement.lang = 'en_US';
    expect(documentLocale()).to.not.equal('en_US');
    expect(formatDate('2026-11-24')).to.be.a('string');
    expect(formatDate('2026-11-24', 'x')).to.be.a('string');
    expect(formatRelative('2026-11-20', '!!', new Date('2026-11-24'))).to.be.a('string');
    const t = defineMessages('test', { hello: 'Hello {name}' });
    registerMessages('es', { 'test.hello': 'Hola {name}' });
    expect(t('hello', { name: 'Rosa' }, 'es-MX')).to.equal('Hola Rosa');
    expect(t('hello', { name: 'Rosa' }, 'en_US')).to.equal('Hello Rosa');
  });

  it('every element still renders when the provider is given a malformed locale', async () => {
    const provider = await fixture(html`<care-team-provider locale="en_US">
      <care-referral-button patient="Patient/p1"></care-referral-button>
      <care-plan-panel .carePlan=${{ resourceType: 'CarePlan', id: 'x', status: 'active', intent: 'plan', subject: { reference: 'Patient/p1' }, period: { start: '2026-01-01' } }}></care-plan-panel>
    </care-team-provider>`);
    for (const element of provider.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'care-referral-button, care-plan-panel',
    )) {
      await element.updateComplete;
      expect(element.shadowRoot!.textContent.trim(), element.localName).to.not.equal('');
    }
  });
});

describe('plurals and the nearest lang', () => {
  it('chooses plural forms with Intl.PluralRules for the locale, and formats the number', () => {
    const t = defineMessages('plural-test', { items: '{count, plural, =0 {No problems} one {# problem} other {# problems}} here' });
    expect(t('items', { count: 0 }, 'en')).to.equal('No problems here');
    expect(t('items', { count: 1 }, 'en')).to.equal('1 problem here');
    expect(t('items', { count: 1200 }, 'en')).to.equal('1,200 problems here');
    registerMessages('pl', {
      'plural-test.items': '{count, plural, one {# problem} few {# problemy} many {# problemów} other {# problemu}}',
    });
    expect(t('items', { count: 3 }, 'pl')).to.equal('3 problemy');
    expect(t('items', { count: 5 }, 'pl')).to.equal('5 problemów');
    expect(t('items', { count: 'x' }, 'en'), 'a count that is not a number leaves the text as it is').to.contain('{count, plural');
  });

  it('an element speaks the lang of its nearest ancestor, and follows when it changes', async () => {
    const plan = {
      resourceType: 'CarePlan',
      id: 'x',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/p1' },
      period: { start: '2026-09-01' },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US"><care-plan-panel .carePlan=${plan}></care-plan-panel></div>`);
    const panel = wrapper.querySelector('care-plan-panel')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('Sep 1, 2026');
    wrapper.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('01.09.2026');
  });
});
