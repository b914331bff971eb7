/** Where data enters the roster: a FHIR CareTeam (+ resources or a Bundle), read once. */
import { readCareTeam } from '../../fhir/read/care-team.js';
import { createResolver, type ReferenceResolver } from '../../fhir/references.js';
import type { CareTeam } from '../../model/care-team.js';
import type { MapResult } from '../../model/problems.js';

const isBundle = (value: unknown): boolean => (value as { resourceType?: unknown } | null)?.resourceType === 'Bundle';

/**
 * `resources` may be an array of resources (Bundles inside are read too) or one Bundle. The
 * resolver is returned too (owned by the team, for `#id`): the peer cards find their role in it.
 */
export function mapFhirTeam(careTeam: unknown, resources: unknown, now: Date | undefined): MapResult<CareTeam> & { resolver: ReferenceResolver } {
  const resolver = createResolver(Array.isArray(resources) ? { resources } : isBundle(resources) ? { bundle: resources } : {});
  return { ...readCareTeam(careTeam, { resolver, ...(now ? { now } : {}) }), resolver: resolver.withOwner(careTeam) };
}
