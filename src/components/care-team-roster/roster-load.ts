/**
 * Connected mode: loads a CareTeam (by id, or the patient's active team) and then what its
 * participants reference, so names and organisations appear on any server: `_include` where the
 * server honours it, plus reads (bounded and a few at a time) for whatever is still missing,
 * including each PractitionerRole's Practitioner and Organization. Only relative `Type/id`
 * references are followed: an absolute URL names another server.
 */
import type { DataSource } from '../../data/data-source.js';
import { isDataSourceError } from '../../data/errors.js';
import type { Resource } from '../../fhir/types.js';

export interface LoadedTeam {
  careTeam: Resource;
  resources: Resource[];
}

/** At most this many referenced resources are read per load; beyond it members show their display text. */
export const MAX_REFERENCE_READS = 60;
const CONCURRENCY = 6;

const RELATIVE = /^([A-Z][A-Za-z]{1,63})\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

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

/** Settles `work` over every item, at most `limit` at a time (in batches). */
async function settleAll<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.allSettled(items.slice(start, start + limit).map(work))));
  }
  return results;
}

interface ReadState {
  known: Set<string>;
  budget: number;
}

/**
 * Reads the references not yet known. A resource that is gone or not allowed (404, 403: not
 * retryable) is skipped and the member keeps its display text; a failure a retry may fix fails
 * the load, so the user gets the retry button rather than a silently thinner roster.
 */
async function readMissing(source: DataSource, references: string[], state: ReadState, signal: AbortSignal): Promise<Resource[]> {
  const targets: { type: string; id: string }[] = [];
  for (const reference of references) {
    const match = RELATIVE.exec(reference.trim());
    const key = match ? `${match[1]}/${match[2]}` : undefined;
    if (!match || !key || state.known.has(key) || targets.length >= state.budget) continue;
    state.known.add(key);
    targets.push({ type: match[1] as string, id: match[2] as string });
  }
  state.budget -= targets.length;
  const results = await settleAll(targets, CONCURRENCY, ({ type, id }) => source.read(type, id, { signal }));
  return results.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value];
    if (isDataSourceError(result.reason) && !result.reason.retryable && result.reason.kind !== 'aborted') return [];
    throw result.reason;
  });
}

function keyOf(resource: Resource): string {
  return `${resource.resourceType}/${String(resource.id)}`;
}

/** Adds every participant's resources (two levels: member, then a role's practitioner and organisation). */
export async function completeTeam(source: DataSource, careTeam: Resource, included: Resource[], signal: AbortSignal): Promise<LoadedTeam> {
  const state: ReadState = { known: new Set([keyOf(careTeam), ...included.map(keyOf)]), budget: MAX_REFERENCE_READS };
  const first = await readMissing(source, teamReferences(careTeam), state, signal);
  const second = await readMissing(source, roleReferences([...included, ...first]), state, signal);
  return { careTeam, resources: [...included, ...first, ...second] };
}

const recency = (team: Resource): string =>
  `${String((team['period'] as { start?: unknown } | undefined)?.start ?? '')}~${String(team.meta?.lastUpdated ?? '')}`;

/** The team whose period started last (FHIR dates compare as text); ties and undated teams by the latest update. */
export function mostRecentTeam(teams: readonly Resource[]): Resource | undefined {
  return [...teams].sort((a, b) => recency(b).localeCompare(recency(a)))[0];
}

export async function loadTeamById(source: DataSource, id: string, signal: AbortSignal): Promise<LoadedTeam> {
  const careTeam = await source.read('CareTeam', id, { signal });
  return completeTeam(source, careTeam, [], signal);
}

/** The patient's active care team (the most recent when there are several), or undefined. */
export async function loadTeamForPatient(source: DataSource, patient: string, signal: AbortSignal): Promise<LoadedTeam | undefined> {
  const params = { subject: patient, status: 'active', _include: 'CareTeam:participant' };
  const result = await source.search('CareTeam', params, { signal });
  const careTeam = mostRecentTeam(result.resources);
  return careTeam ? completeTeam(source, careTeam, result.included, signal) : undefined;
}
