/**
 * The root entry and every element's class module register nothing; only define modules do
 * (DESIGN.md "src/index.ts ... no side effects"). Each test file runs in its own page, so the
 * registry starts empty here; the imports are dynamic so that they run after the spy is in place.
 */
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS, SHIPPED_TAGS } from './element-tags.js';

const TAGS = [...ELEMENT_TAGS, 'care-roster-virtualizer'];
const defined = () => TAGS.filter((tag) => customElements.get(tag) !== undefined);

/**
 * `src/components/<tag>/<tag><suffix>.ts` of every element that has one (wave-2 elements may not
 * yet). `.ts`: the test server maps `.js` to `.ts` only in import paths it can read before run time.
 */
async function importEach(suffix: string): Promise<string[]> {
  const results = await Promise.allSettled(ELEMENT_TAGS.map((tag) => import(`../../../src/components/${tag}/${tag}${suffix}.ts`)));
  return ELEMENT_TAGS.filter((_, index) => results[index].status === 'fulfilled');
}

describe('entries that must register nothing', () => {
  const calls: string[] = [];
  const define = customElements.define.bind(customElements);
  let elements: string[] = [];

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

  it('src/index.ts and every class and styles module define no element', async () => {
    const index = await import('../../../src/index.js');
    elements = await importEach('');
    await importEach('.styles');
    // The modules really loaded (an empty or missing module would pass the checks below too).
    expect(elements).to.include.members([...SHIPPED_TAGS]);
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
    expect(defined()).to.include.members(elements);
  });
});
