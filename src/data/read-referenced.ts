/**
 * Connected mode's one way to fetch what a resource references (a team's members, a plan's goals,
 * a peer's supervisor) through the provider's data source: each resource once, a bounded number
 * at a time, and only relative `Type/id` references. An absolute URL may point at another server,
 * which must never be asked (or told) about the patient.
 */
import type { DataSource } from './data-source.js';
import { isDataSourceError } from './errors.js';
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

/** A failure that a retry cannot fix: the resource is gone or not allowed (404, 403, ...). */
function isLasting(error: unknown): boolean {
  return isDataSourceError(error) && !error.retryable && error.kind !== 'aborted';
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
  const found: (Resource | undefined)[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const at = next++;
      const { type, id } = targets[at];
      try {
        found[at] = await source.read<Resource>(type, id, { signal });
      } catch (error) {
        if (signal.aborted || !isLasting(error)) {
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
