/**
 * Connected mode's one way to fetch what a resource references (a team's members, a plan's goals,
 * a peer's supervisor) through the provider's data source: each resource once, a bounded number
 * at a time, and only relative `Type/id` references. An absolute URL may point at another server,
 * which must never be asked (or told) about the patient. With the provider's data source the
 * reads of one type go together (`readMany`: `_id` searches, see read-by-ids.ts).
 */
import type { DataSource } from './data-source.js';
import { isLastingFailure } from './read-by-ids.js';
import { parseRelativeReference } from '../fhir/references.js';
import type { Resource } from '../fhir/types.js';

export interface ReadReferencedOptions {
  signal: AbortSignal;
  /** Reads in flight at once (default 6). */
  parallel?: number;
  /** `Type/id` of resources already in hand: not read again. The ones read here are added to it. */
  known?: Set<string>;
  /** At most this many reads; the references beyond it stay unread (their display text is shown). */
  limit?: number;
  /** Only references to these resource types are read (default: any). */
  types?: readonly string[];
}

/**
 * Reads the resources these references name, in order. One that is gone or not allowed is left
 * out, so the element shows the reference's display text; a failure a retry may fix fails the
 * whole read (no further reads start), so the user gets a retry button rather than a silently
 * thinner view.
 */
export async function readReferenced(
  source: DataSource,
  references: readonly (string | undefined)[],
  { signal, parallel = 6, known = new Set(), limit = Infinity, types }: ReadReferencedOptions,
): Promise<Resource[]> {
  const targets: { type: string; id: string }[] = [];
  for (const reference of references) {
    const target = reference === undefined ? undefined : parseRelativeReference(reference);
    if (!target || targets.length >= limit || (types && !types.includes(target.type))) continue;
    const key = `${target.type}/${target.id}`;
    if (known.has(key)) continue;
    known.add(key);
    targets.push(target);
  }
  if (source.readMany) return readGrouped(source, targets, signal);
  const found: (Resource | undefined)[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const at = next++;
      const { type, id } = targets[at];
      try {
        found[at] = await source.read<Resource>(type, id, { signal });
      } catch (error) {
        if (signal.aborted || !isLastingFailure(error)) {
          next = targets.length;
          throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, targets.length) }, worker));
  signal.throwIfAborted();
  return found.filter((resource): resource is Resource => resource !== undefined);
}

/** With a data source that batches (the provider's): one `readMany` per type, all types at once, results in reference order. */
async function readGrouped(source: DataSource, targets: readonly { type: string; id: string }[], signal: AbortSignal): Promise<Resource[]> {
  const byType = new Map<string, string[]>();
  for (const { type, id } of targets) byType.set(type, [...(byType.get(type) ?? []), id]);
  const groups = await Promise.all([...byType].map(([type, ids]) => source.readMany!(type, ids, { signal })));
  const found = new Map(groups.flat().map((resource) => [`${resource.resourceType}/${String(resource.id)}`, resource]));
  signal.throwIfAborted();
  return targets.map(({ type, id }) => found.get(`${type}/${id}`)).filter((resource): resource is Resource => resource !== undefined);
}
