/**
 * Creating a referral through a DataSource. Pure async functions, no DOM.
 *
 * Creation uses three sequential conditional creates rather than one transaction: it works on any
 * FHIR server and through a host's `fhirclient`, where `transaction` may be missing. Each step is
 * idempotent on its own identifier (`If-None-Exist`), so a retry replays the whole sequence and
 * every step that already committed answers with the existing resource instead of a new one.
 * The Consent is written before the Task: the programme never sees a Task whose consent is missing.
 */
import type { DataSource, RequestOptions } from './data-source.js';
import { InvalidResponseError } from './errors.js';
import type { Resource } from '../fhir/types.js';
import { ifNoneExistFor } from '../fhir/write/idempotency.js';
import { withServiceRequestReference, type ReferralResourceSet } from '../fhir/write/referral-resources.js';
import { ReferralStepError, type ReferralStep } from './referral-step-error.js';

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
