/** The CDN entry registers every element by itself (its own page: no other entry is imported). */
import { expect } from '@open-wc/testing';
import * as cdn from '../../../src/cdn.js';
import { ELEMENT_TAGS, SHIPPED_TAGS, className } from './element-tags.js';

describe('the CDN entry (src/cdn.ts)', () => {
  it('defines every element it exports, with the class it exports', () => {
    const exported = cdn as unknown as Record<string, unknown>;
    const tags = ELEMENT_TAGS.filter((tag) => exported[className(tag)] !== undefined);
    expect(tags).to.include.members([...SHIPPED_TAGS]);
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(exported[className(tag)]);
  });
});
