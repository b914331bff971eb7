/**
 * A user's change to one activity of a FHIR CarePlan (a progress note or a status), applied to a
 * plan, and rebuilt on a newer version after a 412 ("someone else saved first"). Pure: no DOM.
 *
 * Rules for the rebuild: a note always re-applies (it is appended), unless the newer version
 * already holds it (our earlier save landed but its answer was lost); a status change collides
 * only when the other client changed that same activity's status.
 */
import { withActivityNote, withActivityStatus, type ActivityNoteInput } from './care-plan.js';
import type { ActivityStatus, CarePlan } from '../../model/care-plan.js';
import type { MapResult } from '../../model/problems.js';
import type { Reference, Resource } from '../types.js';
import { isObject, type Json } from '../json.js';

/** The statuses a user may set (R4 also has stopped, unknown, entered-in-error: shown, not offered). */
export const SETTABLE_STATUSES = ['not-started', 'scheduled', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;

/** The statuses offered for an activity now in `current`: the settable ones, after `current` if it is not one. */
export function statusOptions(current: ActivityStatus): readonly ActivityStatus[] {
  return (SETTABLE_STATUSES as readonly ActivityStatus[]).includes(current) ? SETTABLE_STATUSES : [current, ...SETTABLE_STATUSES];
}

/**
 * The author of a new progress note: `author` when the host gave one, else the signed-in `user`
 * (a reference), named as the plan's care team knows them.
 */
export function noteAuthor(
  plan: CarePlan | undefined,
  user: string | undefined,
  author?: Reference | string,
): Reference | string | undefined {
  if (author || !user) return author;
  const known = plan?.careTeams.flatMap((team) => team.members).find((m) => m.practitionerRoleReference === user || m.reference === user);
  return { reference: user, ...(known?.name ? { display: known.name } : {}) };
}

/** A progress note to append; `time` is fixed when the user submits, so a retry is recognisable. */
export interface NoteChange {
  kind: 'note';
  index: number;
  note: ActivityNoteInput & { time: string };
}

/** A status to set; `from` is the status the user saw when choosing. */
export interface StatusChange {
  kind: 'status';
  index: number;
  status: ActivityStatus;
  from: ActivityStatus;
}

export type PlanChange = NoteChange | StatusChange;

export type Rebuilt =
  /** The change rebuilt on the newer version (the activity may have moved to `index`). */
  | { outcome: 'apply'; change: PlanChange }
  /** The newer version already holds the change (at `change.index`): nothing left to save. */
  | { outcome: 'present'; change: PlanChange }
  /** Another client set this activity's status to `theirs`: the user chooses. */
  | { outcome: 'conflict'; change: StatusChange; theirs: ActivityStatus }
  /** The activity is no longer there (or no longer recognisable): the change cannot be placed. */
  | { outcome: 'missing' };

function activities(plan: unknown): unknown[] {
  return isObject(plan) && Array.isArray(plan.activity) ? plan.activity : [];
}

function detailOf(activity: unknown): Json | undefined {
  return isObject(activity) && isObject(activity.detail) ? activity.detail : undefined;
}

/** Object keys in a fixed order, so a server that reorders JSON properties does not change an identity. */
const sortKeys = (_key: string, value: unknown): unknown =>
  isObject(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;

/** What makes an activity the same one across versions: what is done, or what it points at. */
function identity(activity: unknown): string | undefined {
  if (!isObject(activity)) return undefined;
  const detail = detailOf(activity);
  const reference = isObject(activity.reference) ? activity.reference.reference : undefined;
  return JSON.stringify([detail?.description, detail?.code, reference], sortKeys);
}

const keyCache = new WeakMap<object, string[]>();

/**
 * A key for the activity at `index` that stays the same across versions of the plan while the
 * activity does (its identity, numbered among activities with the same identity), so state kept
 * per activity (a typed note, a failed save) follows it when others insert or remove activities.
 */
export function activityKey(plan: unknown, index: number): string {
  if (!isObject(plan)) return `#${index}`;
  let keys = keyCache.get(plan);
  if (!keys) {
    const seen = new Map<string, number>();
    keys = activities(plan).map((activity) => {
      const id = identity(activity) ?? '';
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      return `${id}#${nth}`;
    });
    keyCache.set(plan, keys);
  }
  return keys[index] ?? `#${index}`;
}

/** The activity's status in a plan (`detail.status`), when it has one. */
export function activityStatusIn(plan: unknown, index: number): string | undefined {
  const status = detailOf(activities(plan)[index])?.status;
  return typeof status === 'string' ? status : undefined;
}

const whole = (activity: unknown): string => JSON.stringify(activity, sortKeys);

/** The indices of the activities in `plan` that `keep` accepts. */
const indicesWhere = (plan: unknown, keep: (activity: unknown) => boolean): number[] =>
  activities(plan).flatMap((activity, i) => (keep(activity) ? [i] : []));

/**
 * Where the activity at `index` of `base` is in `fresh`, only when that is certain, else undefined
 * (the change is then not placed: the user is told and chooses). By its element `id` when it has
 * one. Else among its lookalikes (same description, code, reference): while their number is
 * unchanged, the same one in order (others inserted, removed or moved around them do not matter);
 * when a lookalike was added or removed, only the single one that is wholly unchanged (notes and
 * status included). So a twin inserted before it never receives the user's note.
 */
export function locateActivity(base: unknown, fresh: unknown, index: number): number | undefined {
  const activity = activities(base)[index];
  const id = isObject(activity) && typeof activity.id === 'string' ? activity.id : undefined;
  if (id !== undefined) {
    const byId = indicesWhere(fresh, (other) => isObject(other) && other.id === id);
    return byId.length === 1 ? byId[0] : undefined;
  }
  const wanted = identity(activity);
  if (wanted === undefined) return undefined;
  const before = indicesWhere(base, (other) => identity(other) === wanted);
  const now = indicesWhere(fresh, (other) => identity(other) === wanted);
  if (now.length === before.length) return now[before.indexOf(index)];
  const unchanged = now.filter((i) => whole(activities(fresh)[i]) === whole(activity));
  return unchanged.length === 1 ? unchanged[0] : undefined;
}

function hasNote(plan: unknown, index: number, note: NoteChange['note']): boolean {
  const activity = activities(plan)[index];
  const progress = isObject(activity) && Array.isArray(activity.progress) ? activity.progress : [];
  return progress.some((item) => isObject(item) && item.text === note.text && item.time === note.time);
}

/** The plan with the change applied (a new object; the input is not touched). */
export function applyChange(plan: unknown, change: PlanChange, now: Date = new Date()): MapResult<Resource> {
  return change.kind === 'note'
    ? withActivityNote(plan, change.index, change.note, now)
    : withActivityStatus(plan, change.index, change.status, { now });
}

/** Rebuilds a change made on `base` for the newer version `fresh` of the same plan. */
export function rebuildChange(base: unknown, fresh: unknown, change: PlanChange): Rebuilt {
  const index = locateActivity(base, fresh, change.index);
  if (index === undefined) return { outcome: 'missing' };
  const moved = { ...change, index };
  if (moved.kind === 'note') return { outcome: hasNote(fresh, index, moved.note) ? 'present' : 'apply', change: moved };
  const theirs = activityStatusIn(fresh, index);
  if (theirs === moved.status) return { outcome: 'present', change: moved };
  if (theirs === undefined || theirs === moved.from) return { outcome: 'apply', change: moved };
  return { outcome: 'conflict', change: moved, theirs: theirs as ActivityStatus };
}
