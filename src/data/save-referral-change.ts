/**
 * Writes the programme's change to a referral Task with If-Match (the version the user saw). When
 * someone else changed it first (412, or 409), nothing is overwritten: the current Task is read
 * back so the user sees who changed it and what it is now.
 */
import type { DataSource } from './data-source.js';
import { ConflictError } from './errors.js';
import type { Task } from '../fhir/types.js';

export type SavedChange = { kind: 'saved'; task: Task } | { kind: 'conflict'; current: Task };

export async function saveReferralChange(source: DataSource, task: Task): Promise<SavedChange> {
  const version = task.meta?.versionId;
  try {
    const saved = await source.update(task, { ifMatch: typeof version === 'string' ? version : false });
    return { kind: 'saved', task: saved };
  } catch (error) {
    if (!(error instanceof ConflictError) || !task.id) throw error;
    return { kind: 'conflict', current: await source.read<Task>('Task', task.id) };
  }
}
