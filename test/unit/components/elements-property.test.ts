/**
 * Property, per element: whatever FHIR it is given (the demo's real resources with generated
 * damage: hostile text, wrong types, invalid dates, huge values, removed or emptied elements), it
 * never throws, never goes blank and never turns text into markup: it shows content or a problem.
 * The seed is printed ("fast-check seed: N"); FC_SEED=N in the environment replays a run
 * (wtr passes it through the page as window.__CARE_TEST__.fcSeed).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-roster/define.js';
import '../../../src/components/care-plan-panel/define.js';
import '../../../src/components/care-referral-list/define.js';
import '../../../src/components/care-referral-inbox/define.js';
import type { Resource } from '../../../src/fhir/types.js';
import { HOSTILE_TEXT, HOSTILE_URLS, wasPwned } from '../../helpers/hostile.js';
import { uncaught } from '../../helpers/uncaught.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NOW = new Date('2026-11-24T12:00:00Z');
const SEED = Number((window as unknown as { __CARE_TEST__?: { fcSeed?: number } }).__CARE_TEST__?.fcSeed ?? Date.now() % 2 ** 31);

/** Values that replace an element: each is a way real or hostile data goes wrong. */
const DAMAGE: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    HOSTILE_TEXT,
    ...HOSTILE_URLS,
    '2026-13-45',
    'not a date',
    '9am',
    '',
    '   ',
    null,
    true,
    0,
    -1,
    1e308,
    [],
    {},
    [null],
    { reference: 'Patient/' },
    { reference: '#missing' },
    'x'.repeat(200_000),
    'aé漢ب😀\u0301Zк'.repeat(20_000),
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
);

/** Every path to an element of `value` (objects and arrays), to choose where the damage goes. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key];
    return [[...prefix, key], ...paths(child, [...prefix, key])];
  });
}

function damaged(resource: Json, changes: { at: number; value: Json }[]): Json {
  const copy = structuredClone(resource);
  for (const { at, value } of changes) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[at % all.length];
    let parent = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    if (parent && typeof parent === 'object') parent[path.at(-1)!] = value;
  }
  return copy;
}

const CHANGES = fc.array(fc.record({ at: fc.nat(), value: DAMAGE }), { minLength: 1, maxLength: 4 });

interface ElementCase {
  tag: string;
  /** The resource type whose copies get damaged. */
  damages: string;
  /** Sets the element's inputs from the demo's resources, some damaged. */
  give(element: Record<string, unknown>, resources: Json[], target: Json): void;
}

const CASES: ElementCase[] = [
  {
    tag: 'care-peer-role-card',
    damages: 'PractitionerRole',
    give: (el, resources, target) => Object.assign(el, { now: NOW, practitionerRole: target, resources }),
  },
  {
    tag: 'care-team-roster',
    damages: 'CareTeam',
    give: (el, resources, target) => Object.assign(el, { now: NOW, careTeam: target, resources }),
  },
  {
    tag: 'care-plan-panel',
    damages: 'CarePlan',
    give: (el, resources, target) => Object.assign(el, { now: NOW, carePlan: target, resources }),
  },
  { tag: 'care-referral-list', damages: 'Task', give: (el, resources) => Object.assign(el, { resources }) },
  {
    tag: 'care-referral-inbox',
    damages: 'ServiceRequest',
    give: (el, resources) => Object.assign(el, { programme: 'Organization/peerbridge-program', resources }),
  },
];

async function seedResources(): Promise<Json[]> {
  const bundle = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as { entry: { resource: Resource }[] };
  return bundle.entry.map((entry) => entry.resource as unknown as Json);
}

describe('every element, given damaged real FHIR', () => {
  before(() => console.log(`fast-check seed: ${SEED}`));

  for (const item of CASES) {
    it(`<${item.tag}>: no throw, never blank, text stays text`, async function () {
      this.timeout(60_000);
      const all = await seedResources();
      const targets = all.filter((resource) => (resource as { resourceType?: string }).resourceType === item.damages);
      await fc.assert(
        fc.asyncProperty(fc.nat(targets.length - 1), CHANGES, async (which, changes) => {
          const broken = damaged(targets[which], changes);
          const resources = all.map((resource) => (resource === targets[which] ? broken : resource));
          const errors = await uncaught(async () => {
            const host = await fixture<HTMLDivElement>(html`<div></div>`);
            const element = document.createElement(item.tag) as HTMLElement & { updateComplete: Promise<boolean> };
            item.give(element as unknown as Record<string, unknown>, resources, broken);
            host.append(element);
            await element.updateComplete;
            expect(element.shadowRoot?.textContent?.trim(), 'blank').to.not.equal('');
          });
          expect(errors).to.deep.equal([]);
          expect(wasPwned()).to.equal(false);
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  }
});
