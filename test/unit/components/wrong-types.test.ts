/**
 * Every public property of every element, set by script to a value of the wrong type: the element
 * never throws (out of the setter, its update or a later task), never reflects it as a broken
 * attribute and never goes blank. The properties come from each class's own reactive-property
 * table, so a property added later is covered without editing this file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-roster/define.js';
import '../../../src/components/care-referral-button/define.js';
import '../../../src/components/care-plan-panel/define.js';
import '../../../src/components/care-referral-list/define.js';
import '../../../src/components/care-referral-inbox/define.js';
import { ELEMENT_TAGS } from '../entries/element-tags.js';
import { uncaught } from '../../helpers/uncaught.js';

/** Every element but the provider, which renders only its children. */
const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'care-team-provider');

/** Values with no usable text form, or of another type than any property takes. */
const WRONG: [string, () => unknown][] = [
  ['an object without a prototype', () => Object.create(null) as unknown],
  ['a Symbol', () => Symbol('wrong')],
  ['a BigInt', () => 10n],
  ['an array of nulls', () => [null, null]],
  [
    'an object whose toString throws',
    () => ({
      toString(): string {
        throw new Error('no text');
      },
    }),
  ],
  ['a number', () => 42],
];

type ElementClass = typeof ReactiveElement & { elementProperties: Map<PropertyKey, PropertyDeclaration & { state?: boolean }> };

function publicProperties(tag: string): string[] {
  const elementClass = customElements.get(tag) as unknown as ElementClass;
  return [...elementClass.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
}

describe('every element, every property set to a wrong-typed value', () => {
  it('finds the public properties of each element', () => {
    expect(publicProperties('care-referral-button')).to.include.members(['patient', 'programme', 'peers', 'task']);
    expect(publicProperties('care-peer-role-card')).to.include('photos').and.not.include('photoFailed');
  });

  for (const tag of TAGS) {
    it(`<${tag}>: no throw, no blank element`, async function () {
      this.timeout(30_000);
      for (const property of publicProperties(tag)) {
        for (const [label, make] of WRONG) {
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          const element = document.createElement(tag) as ReactiveElement & Record<string, unknown>;
          host.append(element);
          const errors = await uncaught(async () => {
            element[property] = make();
            await element.updateComplete;
          });
          expect(errors, `${property} = ${label}`).to.deep.equal([]);
          expect(element.shadowRoot?.textContent?.trim(), `${property} = ${label}: blank`).to.not.equal('');
          element.remove();
        }
      }
    });
  }
});
