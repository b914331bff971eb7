/**
 * Reading and writing a referral through a DataSource. Pure async functions, no DOM.
 *
 * Creation uses three sequential conditional creates rather than one transaction: it works on any
 * FHIR server and through a host's `fhirclient`, where `transaction` may be missing. Each step is
 * idempotent on its own identifier (`If-None-Exist`), so a retry replays the whole sequence and
 * every step that already committed answers with the existing resource instead of a new one.
 * The Consent is written before the Task: the programme never sees a Task whose consent is missing.
 */
import type { DataSource, RequestOptions } from '../../data/data-source.js';
import { idFromReference } from '../../context/reference.js';
import { InvalidRequestError, InvalidResponseError } from '../../data/index.js';
import type { Resource, ServiceRequest, Task } from '../../fhir/types.js';
import { ifNoneExistFor, withServiceRequestReference, type ReferralResourceSet } from '../../fhir/index.js';
import { revokedServiceRequest } from '../../fhir/write/referral.js';

export type ReferralStep = 'ServiceRequest' | 'Task' | 'Consent';

/** A failed step of the sequence, carrying the data source's error as `cause`. */
export class ReferralStepError extends Error {
  constructor(
    readonly step: ReferralStep,
    cause: unknown,
  ) {
    super(step, { cause });
  }
}

function createOnce<T extends Resource & { identifier?: { system?: string; value?: string }[] }>(
  dataSource: DataSource,
  resource: T,
  options: RequestOptions,
): Promise<T> {
  return dataSource.create(resource, { ...options, ifNoneExist: ifNoneExistFor(resource) });
}

/** Creates (or finds, on a retry) the referral's ServiceRequest, then its Consent and Task. */
export async function createReferral(
  dataSource: DataSource,
  resources: ReferralResourceSet,
  options: RequestOptions = {},
): Promise<ReferralResourceSet> {
  let step: ReferralStep = 'ServiceRequest';
  try {
    const serviceRequest = await createOnce(dataSource, resources.serviceRequest, options);
    if (!serviceRequest.id) throw new InvalidResponseError('create ServiceRequest', 'no id');
    const linked = withServiceRequestReference(resources, `ServiceRequest/${serviceRequest.id}`);
    step = 'Consent';
    const consent = await createOnce(dataSource, linked.consent, options);
    step = 'Task';
    const task = await createOnce(dataSource, linked.task, options);
    return { serviceRequest, task, consent };
  } catch (error) {
    throw new ReferralStepError(step, error);
  }
}

export interface LoadedReferral {
  task?: Task;
  serviceRequest?: ServiceRequest;
}

/** The referral named by `referral-id`: a Task id or reference (relative, absolute, versioned). The Task carries the status. */
export async function loadReferral(dataSource: DataSource, id: string, options: RequestOptions = {}): Promise<LoadedReferral> {
  const taskId = idFromReference('Task', id);
  if (!taskId) throw new InvalidRequestError('load the referral', 'referral-id is not a Task id or reference.');
  return { task: await dataSource.read<Task>('Task', taskId, options) };
}

/**
 * Revokes the ServiceRequest of a cancelled Task (its `focus`), so the order is not left active.
 * Read just before the update, so If-Match guards only against a change made in between.
 */
export async function revokeRequest(dataSource: DataSource, task: Task): Promise<void> {
  const id = idFromReference('ServiceRequest', task.focus?.reference);
  const revoked = id && revokedServiceRequest(await dataSource.read<ServiceRequest>('ServiceRequest', id));
  if (revoked) await dataSource.update(revoked);
}
