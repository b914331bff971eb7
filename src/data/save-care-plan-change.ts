/**
 * Saving one change to a CarePlan through a DataSource without losing anyone's update: PUT with
 * If-Match on the version the change was built on; on 412 reload, rebuild the change on the
 * newer version (see fhir/write/care-plan-change.ts) and try again; stop and ask the user on a real collision.
 */
import type { DataSource } from './data-source.js';
import { ConflictError } from './errors.js';
import type { Resource } from '../fhir/types.js';
import type { ActivityStatus } from '../model/care-plan.js';
import { applyChange, rebuildChange, type PlanChange, type StatusChange } from '../fhir/write/care-plan-change.js';

export type SaveOutcome =
  /** Saved (or found already saved). `reloaded`: someone else had saved first and the change was re-applied. */
  | { kind: 'saved'; plan: Resource; change: PlanChange; reloaded: boolean }
  /** Another client changed the same activity's status: show both and let the user choose. */
  | { kind: 'conflict'; plan: Resource; change: StatusChange; theirs: ActivityStatus }
  /** The activity changed beyond recognition or was removed meanwhile; `plan` is the newer version. */
  | { kind: 'missing'; plan: Resource }
  /** The change cannot be expressed on this plan (the builders' problem messages). */
  | { kind: 'invalid'; messages: string[] };

/** How many times a 412 is answered by reloading before giving up (each is someone else's save). */
const MAX_ATTEMPTS = 4;

const isConflict = (error: unknown): boolean => (error as { kind?: unknown } | null)?.kind === 'conflict';

/**
 * Saves `change`, made by the user on `shown`. Rejects with the data source's error (network,
 * timeout, validation...) so the caller can keep the user's input and offer a retry.
 */
export async function saveChange(
  dataSource: DataSource,
  shown: Resource,
  change: PlanChange,
  now: Date = new Date(),
): Promise<SaveOutcome> {
  let base = shown;
  let current = change;
  let reloaded = false;
  // Without a version there is nothing to lock on: read one first, then rebuild on it.
  let reload = !shown.meta?.versionId;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (reload) {
      const fresh = await dataSource.read<Resource>('CarePlan', String(shown.id));
      const rebuilt = rebuildChange(base, fresh, current);
      if (rebuilt.outcome === 'present') return { kind: 'saved', plan: fresh, change: current, reloaded };
      if (rebuilt.outcome === 'missing') return { kind: 'missing', plan: fresh };
      if (rebuilt.outcome === 'conflict') return { kind: 'conflict', plan: fresh, change: rebuilt.change, theirs: rebuilt.theirs };
      base = fresh;
      current = rebuilt.change;
    }
    const draft = applyChange(base, current, now);
    if (!draft.value) return { kind: 'invalid', messages: draft.problems.map((problem) => problem.message) };
    try {
      const saved = await dataSource.update(draft.value, { ifMatch: base.meta?.versionId ?? false });
      return { kind: 'saved', plan: saved, change: current, reloaded };
    } catch (error) {
      if (!isConflict(error)) throw error;
      reload = reloaded = true;
    }
  }
  // Others kept saving in between every attempt: report the conflict; the caller offers a retry.
  throw new ConflictError('update CarePlan', 412);
}
