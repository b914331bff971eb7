/**
 * Reading a referral (its Task, and the ServiceRequest it fulfils) through a DataSource. Pure async
 * functions, no DOM. Creating one is in create-referral.ts, cancelling in cancel-referral.ts.
 */
import type { DataSource, RequestOptions } from './data-source.js';
import { idFromReference } from '../fhir/references.js';
import { HttpError, InvalidRequestError } from './errors.js';
import type { ServiceRequest, Task } from '../fhir/types.js';

export interface LoadedReferral {
  task?: Task;
  serviceRequest?: ServiceRequest;
}

/** The referral named by `referral-id`: a Task id or reference (relative, absolute, versioned). The Task carries the status. */
export async function loadReferral(dataSource: DataSource, id: string, options: RequestOptions = {}): Promise<LoadedReferral> {
  const taskId = idFromReference('Task', id);
  if (!taskId) throw new InvalidRequestError('load the referral', 'referral-id is not a Task id or reference.');
  const task = await dataSource.read<Task>('Task', taskId, { ...options, fresh: true });
  // The request says who it was sent to and how urgent it is; a request that is gone or not ours to read leaves the Task alone.
  const requestId = idFromReference('ServiceRequest', task.focus?.reference);
  const serviceRequest = requestId
    ? await dataSource.read<ServiceRequest>('ServiceRequest', requestId, { ...options, fresh: true }).catch(skipMissing)
    : undefined;
  return { task, ...(serviceRequest ? { serviceRequest } : {}) };
}

/** A request that is not there (404/410) or not allowed (403) is left out; anything a retry may fix fails the load. */
function skipMissing(error: unknown): undefined {
  if (error instanceof HttpError && [401, 403, 404, 410].includes(error.status)) return undefined;
  throw error;
}
