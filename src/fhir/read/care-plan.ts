/** CarePlan (+ Goals, CareTeams, contained or given) → CarePlan for the plan panel. */
import { CARE_PLAN_INTENTS, CARE_PLAN_STATUSES, type CarePlan } from '../../model/care-plan.js';
import type { CareTeam } from '../../model/care-team.js';
import { newestFirst } from '../../model/common.js';
import type { MapResult } from '../../model/problems.js';
import type { ParticipantRef } from '../../model/team-member.js';
import type { Reference } from '../types.js';
import { parseReference, referenceKey, type ReferenceResolver } from '../references.js';
import { readAnnotations, readPeriod, readReferenceAt, readReferences } from './datatypes.js';
import { compact, expectResource, readArray, readCode, readObject, readString, type Json } from './fields.js';
import { mapCareTeam } from './care-team.js';
import { readSubject } from './party.js';
import { mapGoal } from './goal.js';
import { readActivity, type ActivityContext } from './care-plan-activity.js';
import { readParticipantRef } from './team-member.js';
import { at, createLog, reportWrongType, type ProblemLog, type Path } from './problems.js';
import { resolverFor, type ReadContext } from './context.js';

interface PlanScope {
  resolver: ReferenceResolver;
  now: Date;
  log: ProblemLog;
  unresolved: string[];
}

/** Each resolved target of a 0..* reference element of this type; the rest are noted as unresolved. */
function targets(plan: Json, key: string, type: string, scope: PlanScope) {
  return readReferences(plan, key, '', scope.log).flatMap(({ reference, path }) => {
    const resolved = scope.resolver.resolve(reference);
    if (!resolved) {
      if (reference.reference) scope.unresolved.push(reference.reference);
      return [];
    }
    if (resolved.resource.resourceType !== type) return reportWrongType(scope.log, at(path, 'reference'), `a reference to a ${type}`) ?? [];
    return [{ ...resolved, path }];
  });
}

function readCareTeams(plan: Json, scope: PlanScope): CareTeam[] {
  return targets(plan, 'careTeam', 'CareTeam', scope).map(({ resource, contained, path }) => {
    // A contained team's `#id` references point into the plan's `contained`, not the team's.
    const resolver = contained ? scope.resolver : scope.resolver.withOwner(resource);
    return mapCareTeam(resource, resolver, scope.now, path, scope.log);
  });
}

const normalised = (reference: string): string => {
  const parsed = parseReference(reference);
  return parsed ? `${parsed.type}/${parsed.id}` : reference;
};

/** Finds performers among the plan's care-team members so the peer shows as the peer. */
function performerLookup(teams: readonly CareTeam[], scope: PlanScope): ActivityContext['performer'] {
  const known = new Map<string, ParticipantRef>();
  for (const member of teams.flatMap((team) => team.members)) {
    const ref = compact<ParticipantRef>({
      name: member.name,
      reference: member.practitionerRoleReference ?? member.reference,
      kind: member.kind,
      category: member.category,
      isPeer: member.isPeer,
      unresolved: member.unresolved,
    });
    for (const reference of [member.reference, member.practitionerRoleReference]) if (reference) known.set(normalised(reference), ref);
  }
  return (reference: Reference, path: Path) =>
    (reference.reference ? known.get(normalised(reference.reference)) : undefined) ??
    readParticipantRef(reference, scope.resolver, path, scope.log);
}

function mapCarePlan(plan: Json, scope: PlanScope): CarePlan {
  const { resolver, log } = scope;
  const careTeams = readCareTeams(plan, scope);
  const goals = targets(plan, 'goal', 'Goal', scope).flatMap(
    ({ resource, key, contained, path }) => mapGoal(resource, key, contained ? resolver : resolver.withOwner(resource), path, log) ?? [],
  );
  const performer = performerLookup(careTeams, scope);
  const activityContext: ActivityContext = {
    resolver,
    log,
    goalKey: (reference) => referenceKey(resolver, reference),
    performer,
  };
  const activities = readArray(plan, 'activity', '', log).flatMap(
    (activity, index) => readActivity(activity, index, at('activity', index), activityContext) ?? [],
  );
  const author = readReferenceAt(plan, 'author', '', log);
  const meta = readObject(plan, 'meta', '', log);
  return compact<CarePlan>({
    id: readString(plan, 'id', '', log),
    versionId: meta ? readString(meta, 'versionId', 'meta', log) : undefined,
    title: readString(plan, 'title', '', log),
    status: readCode(plan, 'status', '', log, CARE_PLAN_STATUSES, { required: true }) ?? 'unknown',
    intent: readCode(plan, 'intent', '', log, CARE_PLAN_INTENTS, { required: true }),
    period: readPeriod(plan, 'period', '', log),
    subject: readSubject(plan, 'subject', resolver, '', log, true),
    author: author ? performer(author, 'author') : undefined,
    contributors: readReferences(plan, 'contributor', '', log).map(({ reference, path }) => performer(reference, path)),
    careTeams,
    goals,
    activities,
    notes: newestFirst(readAnnotations(plan, 'note', '', log)),
    unresolvedReferences: [...new Set(scope.unresolved)],
  });
}

/**
 * Reads a FHIR R4 CarePlan with its goals and care teams (contained, as in the HL7 f201 example,
 * or given through the context). References that cannot be resolved from what was given are
 * listed in `unresolvedReferences` so a connected element can load them.
 */
export function readCarePlan(input: unknown, context: ReadContext = {}): MapResult<CarePlan> {
  const log = createLog();
  const plan = expectResource(input, 'CarePlan', log);
  if (!plan) return { value: undefined, problems: log.problems };
  const scope: PlanScope = { resolver: resolverFor(plan, context), now: context.now ?? new Date(), log, unresolved: [] };
  return { value: mapCarePlan(plan, scope), problems: log.problems };
}
