/**
 * Updating one CarePlan activity (status, progress note) and returning a new plan: the input is
 * never mutated, untouched parts are shared. The caller sends it with If-Match on its versionId.
 */
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../model/care-plan.js';
import type { DataProblem, MapResult } from '../../model/problems.js';
import type { Annotation, Reference, Resource } from '../types.js';
import { isObject, type Json } from '../json.js';

export interface ActivityNoteInput {
  text: string;
  /** Who wrote it: a reference (with display) or a plain name. */
  author?: Reference | string;
  time?: string;
}

function failure(path: string, code: DataProblem['code'], message: string): MapResult<Resource> {
  return { value: undefined, problems: [{ path, code, message: `${path}: ${message}` }] };
}

/** The plan and the activity at `index`, or the problem that prevents editing it. */
function locate(carePlan: unknown, index: number): { plan: Resource; activities: unknown[]; activity: Json } | MapResult<Resource> {
  if (!isObject(carePlan) || carePlan.resourceType !== 'CarePlan')
    return failure('resourceType', 'wrong-resource-type', 'expected CarePlan');
  const activities = Array.isArray(carePlan.activity) ? carePlan.activity : [];
  const activity: unknown = Number.isInteger(index) ? activities[index] : undefined;
  if (!isObject(activity)) return failure(`activity[${index}]`, 'missing', 'there is no such activity');
  return { plan: carePlan as Resource, activities, activity };
}

function replaceActivity(plan: Resource, activities: unknown[], index: number, activity: Json): Resource {
  return { ...plan, activity: activities.map((item, i) => (i === index ? activity : item)) };
}

function toAnnotation(note: ActivityNoteInput, now: Date): Annotation {
  const author = typeof note.author === 'string' ? { authorString: note.author } : note.author ? { authorReference: note.author } : {};
  return { ...author, time: note.time ?? now.toISOString(), text: note.text };
}

function addProgress(activity: Json, note: ActivityNoteInput, now: Date): Json {
  const progress: unknown[] = Array.isArray(activity.progress) ? activity.progress : [];
  return { ...activity, progress: [...progress, toAnnotation(note, now)] };
}

/** A copy of the plan with a progress note appended to the activity at `index`. */
export function withActivityNote(carePlan: unknown, index: number, note: ActivityNoteInput, now: Date = new Date()): MapResult<Resource> {
  const found = locate(carePlan, index);
  if ('problems' in found) return found;
  if (typeof note?.text !== 'string' || note.text.trim() === '') return failure('text', 'missing', 'a progress note needs text');
  return { value: replaceActivity(found.plan, found.activities, index, addProgress(found.activity, note, now)), problems: [] };
}

/**
 * A copy of the plan with the activity's `detail.status` set (and `note` appended when given).
 * An activity that only references another resource (an Appointment, a Task...) keeps its status
 * there: for it the note is added alone, and without a note nothing can be recorded.
 */
export function withActivityStatus(
  carePlan: unknown,
  index: number,
  status: ActivityStatus,
  options: { note?: ActivityNoteInput; now?: Date } = {},
): MapResult<Resource> {
  const found = locate(carePlan, index);
  if ('problems' in found) return found;
  if (!(ACTIVITY_STATUSES as readonly string[]).includes(status))
    return failure('status', 'unknown-code', `is not one of ${ACTIVITY_STATUSES.join(', ')}`);
  const { activity } = found;
  const now = options.now ?? new Date();
  const referenceOnly = !isObject(activity.detail) && activity.reference !== undefined;
  if (referenceOnly && !options.note) {
    return failure(
      `activity[${index}].detail`,
      'missing',
      'the activity references another resource; its status lives there (add a progress note instead)',
    );
  }
  const withStatus = referenceOnly ? activity : { ...activity, detail: { ...(isObject(activity.detail) ? activity.detail : {}), status } };
  const updated = options.note ? addProgress(withStatus, options.note, now) : withStatus;
  return { value: replaceActivity(found.plan, found.activities, index, updated), problems: [] };
}
