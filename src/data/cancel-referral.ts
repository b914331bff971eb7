/**
 * The requester's cancellation of a referral through a DataSource: the Task saved as cancelled with
 * If-Match, then its ServiceRequest revoked so the order is not left active. Pure async functions.
 */
import type { DataSource } from './data-source.js';
import { ConflictError } from './errors.js';
import { idFromReference } from '../fhir/references.js';
import type { ServiceRequest, Task } from '../fhir/types.js';
import { revokedServiceRequest } from '../fhir/write/referral.js';

export interface CancelOutcome {
  /** The Task as it now is on the server. */
  task: Task;
  /** Someone changed it first (412/409): `task` is their version, and nothing was cancelled. */
  conflict: boolean;
}

/**
 * Saves `cancelled` over `current` (If-Match on the version the user saw), then revokes the
 * request. A newer version on the server reads it back instead (`conflict`). A second attempt
 * after the Task was saved only revokes the request. Other failures are thrown.
 */
export async function saveCancellation(
  dataSource: DataSource,
  current: Task | undefined,
  cancelled: Task,
  /** The Task is saved (the request not revoked yet): show it, so a failure to revoke is not mistaken for no cancellation. */
  onSaved: (task: Task) => void = () => undefined,
): Promise<CancelOutcome> {
  try {
    const saved = current?.status === 'cancelled' ? current : await dataSource.update(cancelled);
    onSaved(saved);
    await revokeRequest(dataSource, saved);
    return { task: saved, conflict: false };
  } catch (error) {
    if (!(error instanceof ConflictError) || !cancelled.id) throw error;
    return { task: await dataSource.read<Task>('Task', cancelled.id, { fresh: true }), conflict: true };
  }
}

/**
 * Revokes the ServiceRequest of a cancelled Task (its `focus`), so the order is not left active.
 * Read just before the update, so If-Match guards only against a change made in between.
 */
export async function revokeRequest(dataSource: DataSource, task: Task): Promise<void> {
  const id = idFromReference('ServiceRequest', task.focus?.reference);
  const revoked = id && revokedServiceRequest(await dataSource.read<ServiceRequest>('ServiceRequest', id, { fresh: true }));
  if (revoked) await dataSource.update(revoked);
}
