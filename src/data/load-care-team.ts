/**
 * Connected mode: loads a CareTeam (by id, or the patient's active team) and then what its
 * participants reference, so names and organisations appear on any server: `_include` where the
 * server honours it, plus reads (bounded and a few at a time) for whatever is still missing,
 * including each PractitionerRole's Practitioner and Organization (see readReferenced).
 */
import type { DataSource } from './data-source.js';
import { readReferenced } from './read-referenced.js';
import { readWithIncludes } from './read-with-includes.js';
import type { Resource } from '../fhir/types.js';

export interface LoadedTeam {
  careTeam: Resource;
  resources: Resource[];
}

/** At most this many referenced resources are read per load; beyond it members show their display text. */
export const MAX_REFERENCE_READS = 60;

/** The reference strings at `keys` of each resource (single references or lists of them). */
function referencesAt(resources: readonly Record<string, unknown>[], keys: string[]): string[] {
  return resources.flatMap((resource) =>
    keys.flatMap((key) => {
      const value = resource?.[key];
      return (Array.isArray(value) ? value : [value]).flatMap((item) => {
        const reference = (item as { reference?: unknown } | undefined)?.reference;
        return typeof reference === 'string' ? [reference] : [];
      });
    }),
  );
}

function teamReferences(team: Resource): string[] {
  const participants = Array.isArray(team['participant']) ? (team['participant'] as Record<string, unknown>[]) : [];
  return [...referencesAt(participants, ['member', 'onBehalfOf']), ...referencesAt([team], ['managingOrganization'])];
}

function roleReferences(resources: readonly Resource[]): string[] {
  return referencesAt(
    resources.filter((resource) => resource.resourceType === 'PractitionerRole'),
    ['practitioner', 'organization'],
  );
}

const keyOf = (resource: Resource): string => `${resource.resourceType}/${String(resource.id)}`;

/** Adds every participant's resources (two levels: member, then a role's practitioner and organisation). */
export async function completeTeam(source: DataSource, careTeam: Resource, included: Resource[], signal: AbortSignal): Promise<LoadedTeam> {
  const known = new Set([keyOf(careTeam), ...included.map(keyOf)]);
  const inHand = known.size;
  const first = await readReferenced(source, teamReferences(careTeam), { signal, known, limit: MAX_REFERENCE_READS });
  // Every read counts against the bound, also those that found nothing (`known` holds them all).
  const limit = MAX_REFERENCE_READS - (known.size - inHand);
  const second = await readReferenced(source, roleReferences([...included, ...first]), { signal, known, limit });
  return { careTeam, resources: [...included, ...first, ...second] };
}

/** FHIR dates compare as text; anything not a string counts as undated. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
// A separator below every date character, compared by code unit: localeCompare follows the
// machine's collation (WebKitGTK under the POSIX locale sorted "~" after the digits).
const recency = (team: Resource): string =>
  `${textOf((team['period'] as { start?: unknown } | undefined)?.start)}\u0000${textOf(team.meta?.lastUpdated)}`;
const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** The team whose period started last (FHIR dates compare as text); ties and undated teams by the latest update. */
export function mostRecentTeam(teams: readonly Resource[]): Resource | undefined {
  return [...teams].sort((a, b) => newerFirst(recency(a), recency(b)))[0];
}

/** The team by id, its participants in the same request where the server can include them. */
export async function loadTeamById(source: DataSource, id: string, signal: AbortSignal): Promise<LoadedTeam> {
  const { resource, included } = await readWithIncludes(source, 'CareTeam', id, ['CareTeam:participant'], signal);
  return completeTeam(source, resource, included, signal);
}

/** The patient's active care team (the most recent when there are several), or undefined. */
export async function loadTeamForPatient(source: DataSource, patient: string, signal: AbortSignal): Promise<LoadedTeam | undefined> {
  const params = { subject: patient, status: 'active', _include: 'CareTeam:participant' };
  const result = await source.search('CareTeam', params, { signal });
  const careTeam = mostRecentTeam(result.resources);
  return careTeam ? completeTeam(source, careTeam, result.included, signal) : undefined;
}
