/**
 * A resource by id together with what it references, in one request: `Type?_id=<id>&_include=...`
 * instead of a read followed by a read per reference. Servers that support `_include` answer with
 * both; one that ignores it answers with the resource alone (the caller then reads what is
 * missing), and one that refuses the search, or does not find the resource, gets a plain read, so
 * a resource that is gone still fails as a read does (404). Trying first costs nothing on a server
 * without `_include`, where checking its CapabilityStatement first would cost every server a
 * request and a level of waiting.
 */
import type { DataSource } from './data-source.js';
import { isLastingFailure } from './read-by-ids.js';
import type { Resource } from '../fhir/types.js';

export interface WithIncludes {
  resource: Resource;
  /** What the server included; may be empty (a server that ignores `_include`). */
  included: Resource[];
}

export async function readWithIncludes(
  source: DataSource,
  type: string,
  id: string,
  includes: readonly string[],
  signal: AbortSignal,
): Promise<WithIncludes> {
  try {
    const result = await source.search(type, { _id: id, _include: [...includes] }, { signal, maxPages: 1 });
    const resource = result.resources.find((found) => found.resourceType === type && found.id === id);
    if (resource) return { resource, included: result.included };
  } catch (error) {
    if (!isLastingFailure(error)) throw error;
  }
  return { resource: await source.read(type, id, { signal }), included: [] };
}
