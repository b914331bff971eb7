/**
 * Several resources of one type in as few requests as the server allows: a search by `_id`
 * (a search parameter every FHIR server has for every type) per 50 ids, rather than one read
 * each. Whatever the search did not return is read on its own, so a resource that is gone or not
 * allowed is told apart exactly as a single read tells it; a server that refuses the search gets
 * single reads for all.
 */
import type { DataSource } from './data-source.js';
import { isDataSourceError } from './errors.js';
import type { Resource } from '../fhir/types.js';

/** Ids per search: keeps the URL well under the 2,000 characters proxies and servers accept. */
export const IDS_PER_SEARCH = 50;

/** A single read; resolves to undefined for a resource that is gone or not allowed. */
export type ReadOne = (id: string) => Promise<Resource | undefined>;

/** A failure a retry cannot fix (400, 403, 404, 405, 501, an unusable answer): not a reason to fail the load. */
export const isLastingFailure = (error: unknown): boolean => isDataSourceError(error) && !error.retryable && error.kind !== 'aborted';

async function searchChunk(source: DataSource, type: string, ids: readonly string[], readOne: ReadOne, signal?: AbortSignal) {
  const found = new Map<string, Resource>();
  try {
    const { resources } = await source.search(
      type,
      { _id: ids.join(','), _count: String(ids.length) },
      { maxPages: 2, ...(signal ? { signal } : {}) },
    );
    // Only what was asked for: a server that ignored `_id` must not put other resources on screen.
    const wanted = new Set(ids);
    for (const resource of resources)
      if (resource.resourceType === type && wanted.has(String(resource.id))) found.set(String(resource.id), resource);
  } catch (error) {
    if (!isLastingFailure(error)) throw error;
  }
  const rest = ids.filter((id) => !found.has(id));
  const singles = await Promise.all(rest.map((id) => readOne(id)));
  rest.forEach((id, index) => {
    const resource = singles[index];
    if (resource) found.set(id, resource);
  });
  return found;
}

/** The resources found, by id; ids that are gone or not allowed are absent. Fails on a failure a retry may fix. */
export async function readByIds(
  source: DataSource,
  type: string,
  ids: readonly string[],
  readOne: ReadOne,
  signal?: AbortSignal,
): Promise<Map<string, Resource>> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_SEARCH) chunks.push(ids.slice(start, start + IDS_PER_SEARCH));
  const maps = await Promise.all(
    chunks.map((chunk) => (chunk.length === 1 ? singleAsMap(chunk[0], readOne) : searchChunk(source, type, chunk, readOne, signal))),
  );
  return new Map(maps.flatMap((map) => [...map]));
}

async function singleAsMap(id: string, readOne: ReadOne): Promise<Map<string, Resource>> {
  const resource = await readOne(id);
  return new Map(resource ? [[id, resource]] : []);
}
