/**
 * The root entry and every element's class module register nothing; only define modules do
 * (DESIGN.md "src/index.ts ... no side effects"). Each test file runs in its own page, so the
 * registry starts empty here; the imports are dynamic so that they run after the spy is in place.
 */
import { expect } from '@open-wc/testing';

const TAGS = [
  'care-team-provider',
  'care-peer-role-card',
  'care-team-roster',
  'care-referral-button',
  'care-plan-panel',
  'care-referral-list',
  'care-referral-inbox',
  'care-roster-virtualizer',
] as const;

const defined = () => TAGS.filter((tag) => customElements.get(tag) !== undefined);

describe('entries that must register nothing', () => {
  const calls: string[] = [];
  const define = customElements.define.bind(customElements);

  before(() => {
    customElements.define = (tag: string, ...rest: [CustomElementConstructor, ElementDefinitionOptions?]) => {
      calls.push(tag);
      define(tag, ...rest);
    };
  });
  after(() => {
    customElements.define = define;
  });

  it('the page starts with none of the tags', () => {
    expect(defined()).to.deep.equal([]);
  });

  it('src/index.ts and every class module define no element', async () => {
    const index = await import('../../../src/index.js');
    await Promise.all([
      import('../../../src/components/care-team-provider/care-team-provider.js'),
      import('../../../src/components/care-peer-role-card/care-peer-role-card.js'),
      import('../../../src/components/care-peer-role-card/care-peer-role-card.styles.js'),
      import('../../../src/components/care-team-roster/care-team-roster.js'),
      import('../../../src/components/care-team-roster/care-team-roster.styles.js'),
      import('../../../src/components/care-referral-button/care-referral-button.js'),
      import('../../../src/components/care-referral-button/care-referral-button.styles.js'),
      import('../../../src/components/care-plan-panel/care-plan-panel.js'),
      import('../../../src/components/care-plan-panel/care-plan-panel.styles.js'),
    ]);
    // The entry really loaded the classes (an empty module would pass the checks below too).
    expect(typeof index.CareTeamRoster).to.equal('function');
    expect(typeof index.CarePeerRoleCard).to.equal('function');
    expect(calls).to.deep.equal([]);
    expect(defined()).to.deep.equal([]);
  });

  it("the roster's define module registers the roster and the card it renders, nothing else", async () => {
    await import('../../../src/components/care-team-roster/define.js');
    expect(defined()).to.deep.equal(['care-peer-role-card', 'care-team-roster']);
  });

  it('src/define.ts registers every element', async () => {
    await import('../../../src/define.js');
    expect(defined()).to.deep.equal(['care-team-provider', 'care-peer-role-card', 'care-team-roster', 'care-referral-button', 'care-plan-panel']);
  });
});
