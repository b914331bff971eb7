/** The autoloader knows every element: a tag missing from its list would never load on a page that uses it. */
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS as AUTOLOADED } from '../../../src/cdn/element-tags.js';
import { ELEMENT_TAGS } from './element-tags.js';

describe('the CDN autoloader (src/cdn/autoload.ts)', () => {
  it('has a module for every element tag of the package', () => {
    expect([...AUTOLOADED].sort()).to.deep.equal([...ELEMENT_TAGS].sort());
  });
});
