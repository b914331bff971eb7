/**
 * Writes the programme's change to a referral Task with If-Match (the version the user saw). When
 * someone else changed it first (412, or 409), nothing is overwritten: the current Task is read
 * back so the user sees who changed it and what it is now. A Task read without `meta.versionId`
 * (a server that does not version) is read again just before the write and compared with what the
 * user saw (status, owner, lastModified): a difference is a conflict too. That narrows the race
 * without closing it; only a versioning server closes it.
 */
import type { DataSource } from './data-source.js';
import { ConflictError } from './errors.js';
import type { Task } from '../fhir/types.js';

export type SavedChange = { kind: 'saved'; task: Task } | { kind: 'conflict'; current: Task };

const sameState = (a: Task, b: Task): boolean =>
  a.status === b.status && a.owner?.reference === b.owner?.reference && a.lastModified === b.lastModified;

export async function saveReferralChange(source: DataSource, task: Task, seen?: Task): Promise<SavedChange> {
  const version = task.meta?.versionId;
  try {
    if (typeof version !== 'string' && seen && task.id) {
      const current = await source.read<Task>('Task', task.id, { fresh: true });
      if (!sameState(current, seen)) return { kind: 'conflict', current };
    }
    const saved = await source.update(task, { ifMatch: typeof version === 'string' ? version : false });
    return { kind: 'saved', task: saved };
  } catch (error) {
    if (!(error instanceof ConflictError) || !task.id) throw error;
    return { kind: 'conflict', current: await source.read<Task>('Task', task.id, { fresh: true }) };
  }
}
