/** Where data enters the roster: a FHIR CareTeam (+ resources or a Bundle), read once. */
import { readCareTeam } from '../../fhir/read/care-team.js';
import { createResolver, type ReferenceResolver } from '../../fhir/references.js';
import { resourcesOf } from '../../fhir/json.js';
import type { CareTeam } from '../../model/care-team.js';
import type { MapResult } from '../../model/problems.js';
import type { Mapped } from '../../shared/connected-data.js';

/**
 * `resources` may be an array of resources (Bundles inside are read too) or one Bundle. The
 * resolver is returned too (owned by the team, for `#id`): the peer cards find their role in it.
 */
export function mapFhirTeam(
  careTeam: unknown,
  resources: unknown,
  now: Date | undefined,
): MapResult<CareTeam> & { resolver: ReferenceResolver } {
  const resolver = createResolver({ resources: resourcesOf(resources) ?? [] });
  return { ...readCareTeam(careTeam, { resolver, ...(now ? { now } : {}) }), resolver: resolver.withOwner(careTeam) };
}

/** What the roster shows a team from: the mapped team, its resolver, and the resources the peer cards read. */
export interface RosterInput {
  team: CareTeam;
  resolver: ReferenceResolver;
  resources: unknown;
}

/** A team (given or loaded) mapped for the roster, with the problems met and where they come from. */
export function mapRosterInput(careTeam: unknown, resources: unknown, now: Date | undefined, source: string): Mapped<RosterInput> {
  const { resolver, value, problems } = mapFhirTeam(careTeam, resources, now);
  return { value: value ? { team: value, resolver, resources } : undefined, problems, source };
}
