/**
 * Saving one change to a CarePlan through a DataSource without losing anyone's update: PUT with
 * If-Match on the version the change was built on; on 412 reload, rebuild the change on the
 * newer version (see fhir/write/care-plan-change.ts) and try again; stop and ask the user on a real collision.
 */
import type { DataSource } from './data-source.js';
import { ConflictError, isDataSourceError, type DataSourceError } from './errors.js';
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
 * Saves `change`, made by the user on `made` (by default `latest`), onto `latest`: the newest
 * version known (a queued change may have been made on a version an earlier save replaced, so it
 * is first placed on `latest`, following its activity if others inserted or removed activities).
 * Rejects with the data source's error (network, timeout, validation...) so the caller can keep
 * the user's input and offer a retry.
 */
export async function saveChange(
  dataSource: DataSource,
  latest: Resource,
  change: PlanChange,
  now: Date = new Date(),
  made: Resource = latest,
): Promise<SaveOutcome> {
  let base = made;
  let current = change;
  let reloaded = false;
  let fresh: Resource | undefined = latest === made ? undefined : latest;
  // Without a version there is nothing to lock on: read one first, then rebuild on it.
  let reload = !latest.meta?.versionId;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (reload) fresh = await dataSource.read<Resource>('CarePlan', String(latest.id), { fresh: true });
    if (fresh) {
      const rebuilt = rebuildChange(base, fresh, current);
      if (rebuilt.outcome === 'present') return { kind: 'saved', plan: fresh, change: rebuilt.change, reloaded };
      if (rebuilt.outcome === 'missing') return { kind: 'missing', plan: fresh };
      if (rebuilt.outcome === 'conflict') return { kind: 'conflict', plan: fresh, change: rebuilt.change, theirs: rebuilt.theirs };
      base = fresh;
      current = rebuilt.change;
      fresh = undefined;
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

/** A change and the version of the plan it was made on. */
export interface PlanEdit<C extends PlanChange = PlanChange> {
  change: C;
  base: Resource;
}

/** What became of a queued save: its outcome, or why it was not saved (network, server, invalid...). */
/** `error`, when the data source failed: the elements say why by its kind, in the user's language. */
export type QueuedOutcome = Exclude<SaveOutcome, { kind: 'invalid' }> | { kind: 'failed'; reason: string; error?: DataSourceError };

/** Where a queued save finds, when its turn comes, the data source and the newest version shown. */
export interface SaveContext {
  shownPlan(): Resource | undefined;
  writeSource(): DataSource | undefined;
  clock(): Date;
}

const failedWith = (error: unknown): QueuedOutcome =>
  isDataSourceError(error) ? { kind: 'failed', reason: error.message, error } : { kind: 'failed', reason: '' };

/**
 * Saves one at a time, so two quick changes never race: each is placed, when its turn comes, on the
 * newest version shown (an earlier save may have replaced the version it was made on). `reset()`
 * (another plan is shown) stops answers to saves queued before it from reaching `done`; those
 * saves still go to their own plan. A save that throws, however, never blocks the ones after it.
 */
export class SaveQueue {
  private tail: Promise<void> = Promise.resolve();
  private generation = 0;

  reset(): void {
    this.generation++;
  }

  add(edit: PlanEdit, context: SaveContext, done: (outcome: QueuedOutcome) => void): void {
    const generation = this.generation;
    const live = () => generation === this.generation;
    const run = async (): Promise<void> => {
      const shown = live() ? context.shownPlan() : undefined;
      const latest = shown && shown.id === edit.base.id ? shown : edit.base;
      const source = context.writeSource();
      const outcome: SaveOutcome | QueuedOutcome = source
        ? await saveChange(source, latest, edit.change, context.clock(), edit.base).catch(failedWith)
        : { kind: 'failed', reason: '' };
      if (!live()) return;
      done(outcome.kind === 'invalid' ? { kind: 'failed', reason: outcome.messages.join(' ') } : outcome);
    };
    const failed = (error: unknown) => {
      if (live()) done(failedWith(error));
    };
    this.tail = this.tail
      .then(run)
      .catch(failed)
      .catch(() => undefined);
  }
}
