/**
 * Property: no read mapper throws, whatever it is given, and what it returns is well formed
 * (problems with known codes and string paths; a value, when there is one, that its schema accepts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readCareTeam } from '../../../src/fhir/read/care-team.js';
import { readPeerRole } from '../../../src/fhir/read/practitioner-role.js';
import { readPractitioner } from '../../../src/fhir/read/practitioner.js';
import { readPatient } from '../../../src/fhir/read/patient.js';
import { readRelatedPerson } from '../../../src/fhir/read/related-person.js';
import { readOrganization } from '../../../src/fhir/read/organization.js';
import { readGoal } from '../../../src/fhir/read/goal.js';
import { readCarePlan } from '../../../src/fhir/read/care-plan.js';
import { readReferral } from '../../../src/fhir/read/referral.js';
import type { ReadContext } from '../../../src/fhir/read/context.js';
import { isPeerSpecialist } from '../../../src/fhir/peer.js';
import { categoriseRole } from '../../../src/fhir/categorise.js';
import { PROBLEM_CODES, type MapResult } from '../../../src/model/problems.js';
import { CareTeamSchema } from '../../../src/model/schemas/care-team.js';
import { PeerRoleSchema } from '../../../src/model/schemas/peer-role.js';
import { PersonSchema } from '../../../src/model/schemas/team-member.js';
import { CarePlanSchema, GoalSchema } from '../../../src/model/schemas/care-plan.js';
import { ReferralSchema } from '../../../src/model/schemas/referral.js';
import { loadFixtures } from '../../helpers/fixtures.js';
import { peerCarePlan, peerCareTeam, peerResources, peerRole } from './peer-resources.js';

interface Mapper {
  name: string;
  resourceType: string;
  read: (input: unknown, context: ReadContext) => MapResult<unknown>;
  schema: { safeParse(value: unknown): { success: boolean } };
}

const MAPPERS: Mapper[] = [
  { name: 'readCareTeam', resourceType: 'CareTeam', read: readCareTeam, schema: CareTeamSchema },
  { name: 'readPeerRole', resourceType: 'PractitionerRole', read: readPeerRole, schema: PeerRoleSchema },
  { name: 'readPractitioner', resourceType: 'Practitioner', read: readPractitioner, schema: PersonSchema },
  { name: 'readPatient', resourceType: 'Patient', read: readPatient, schema: PersonSchema },
  { name: 'readRelatedPerson', resourceType: 'RelatedPerson', read: readRelatedPerson, schema: PersonSchema },
  { name: 'readOrganization', resourceType: 'Organization', read: readOrganization, schema: PersonSchema },
  { name: 'readGoal', resourceType: 'Goal', read: readGoal, schema: GoalSchema },
  { name: 'readCarePlan', resourceType: 'CarePlan', read: readCarePlan, schema: CarePlanSchema },
  {
    name: 'readReferral (as ServiceRequest)',
    resourceType: 'ServiceRequest',
    read: (input, ctx) => readReferral({ serviceRequest: input }, ctx),
    schema: ReferralSchema,
  },
  {
    name: 'readReferral (as Task)',
    resourceType: 'Task',
    read: (input, ctx) => readReferral({ task: input }, ctx),
    schema: ReferralSchema,
  },
  {
    name: 'readReferral (as Consent)',
    resourceType: 'Consent',
    read: (input, ctx) => readReferral({ serviceRequest: { resourceType: 'ServiceRequest', status: 'active' }, consent: input }, ctx),
    schema: ReferralSchema,
  },
];

const FIXTURES = [
  'hl7-fhir-r4/careteam-example.json',
  'hl7-fhir-r4/careplan-example-f201-renal.json',
  'hl7-fhir-r4/careplan-example.json',
  'hl7-fhir-r4/practitionerrole-example.json',
  'hl7-fhir-r4/goal-example.json',
  'hl7-fhir-r4/task-example1.json',
  'hl7-fhir-r4/consent-example-notOrg.json',
  'hl7-fhir-r4/relatedperson-example-peter.json',
  'us-core/careteam-example.json',
  'us-core/patient-example.json',
  'us-core/PractitionerRole_Practitioner_Endpoint_Bundle_Example.json',
  'us-core/servicerequest-rehab.json',
  'us-core/goal-sdoh-2.json',
];

/** Element names the mappers read, so generated resources reach past the resourceType check. */
const KEYS = [
  'id',
  'meta',
  'contained',
  'extension',
  'url',
  'valueString',
  'valueCoding',
  'valueCode',
  'valueReference',
  'valueDateTime',
  'valueBoolean',
  'participant',
  'member',
  'role',
  'onBehalfOf',
  'period',
  'start',
  'end',
  'status',
  'name',
  'given',
  'family',
  'text',
  'use',
  'subject',
  'managingOrganization',
  'practitioner',
  'organization',
  'code',
  'coding',
  'system',
  'display',
  'reference',
  'type',
  'telecom',
  'value',
  'qualification',
  'issuer',
  'identifier',
  'communication',
  'availableTime',
  'daysOfWeek',
  'notAvailable',
  'photo',
  'intent',
  'careTeam',
  'goal',
  'activity',
  'detail',
  'performer',
  'progress',
  'note',
  'time',
  'authorReference',
  'description',
  'lifecycleStatus',
  'target',
  'expressedBy',
  'focus',
  'for',
  'owner',
  'statusReason',
  'priority',
  'reasonCode',
  'scope',
  'category',
  'dateTime',
  'entry',
  'resource',
  'fullUrl',
  'scheduledTiming',
  'repeat',
  'boundsPeriod',
  'detailRange',
  'low',
  'high',
  'relationship',
  'active',
];

const anything = fc.anything({
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  maxDepth: 5,
});

/** Values with the right resourceType and plausible element names holding anything at all. */
const shaped = (resourceType: string) =>
  fc
    .dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.jsonValue({ maxDepth: 4 }), anything), { maxKeys: 12 })
    .map((fields) => ({ ...fields, resourceType }));

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** A copy of `source` with the value at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(source: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(source) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const mutated = (sources: unknown[]) =>
  fc.constantFrom(...sources).chain((source) => {
    const paths = pathsOf(source);
    const one = fc.tuple(fc.constantFrom(...paths), fc.option(fc.oneof(fc.jsonValue({ maxDepth: 3 }), anything), { nil: undefined }));
    return fc.array(one, { minLength: 1, maxLength: 4 }).map((edits) =>
      edits.reduce((doc, [path, replacement]) => {
        try {
          return mutate(doc, path, replacement);
        } catch {
          return doc; // The path vanished in an earlier edit: keep the document as it is.
        }
      }, source),
    );
  });

function expectWellFormed(mapper: Mapper, result: MapResult<unknown>): void {
  expect(Array.isArray(result.problems), mapper.name).to.equal(true);
  for (const problem of result.problems) {
    expect(typeof problem.path).to.equal('string');
    expect(PROBLEM_CODES).to.include(problem.code);
    expect(typeof problem.message).to.equal('string');
  }
  if (result.value !== undefined)
    expect(mapper.schema.safeParse(result.value).success, `${mapper.name} value fits its schema`).to.equal(true);
}

describe('read mappers never throw', function () {
  this.timeout(60_000);
  let sources: unknown[] = [];
  before(async () => {
    sources = [...(await loadFixtures(FIXTURES)), peerCareTeam, peerRole, peerCarePlan, ...peerResources];
  });

  for (const mapper of MAPPERS) {
    it(`${mapper.name} on arbitrary values, shaped resources and mutated real data`, () => {
      const context = fc.record({
        resources: fc.option(fc.array(fc.oneof(anything, fc.constantFrom(...sources)), { maxLength: 4 }), { nil: undefined }),
        bundle: fc.option(anything, { nil: undefined }),
      });
      const input = fc.oneof(anything, fc.jsonValue(), shaped(mapper.resourceType), mutated(sources));
      fc.assert(
        fc.property(input, context, (value, ctx) => {
          expectWellFormed(mapper, mapper.read(value, { ...ctx, now: new Date('2025-06-01T00:00:00Z') }));
        }),
        { numRuns: 250 },
      );
    });
  }

  it('isPeerSpecialist and categoriseRole on arbitrary values', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(typeof isPeerSpecialist(value)).to.equal('boolean');
        expect(typeof categoriseRole(value, 'unknown')).to.equal('string');
      }),
      { numRuns: 300 },
    );
  });
});
