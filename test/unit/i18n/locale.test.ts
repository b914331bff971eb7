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
    for (const element of provider.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('care-referral-button, care-plan-panel')) {
      await element.updateComplete;
      expect(element.shadowRoot!.textContent!.trim(), element.localName).to.not.equal('');
    }
  });
});
