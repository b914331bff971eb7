/** ServiceRequest + Task + Consent → Referral (HL7 SDOH Clinical Care referral pattern). */
import type { MapResult } from '../../model/problems.js';
import type { Referral, ReferralStatus } from '../../model/referral.js';
import { parseReference } from '../references.js';
import { expectResource, isObject, type Json } from './fields.js';
import { mapServiceRequest, type ServiceRequestPart, type ServiceRequestStatus } from './service-request.js';
import { mapTask, type TaskPart } from './task.js';
import { mapConsent, type ConsentPart } from './consent.js';
import { createLog, prefixedLog, type ProblemLog } from './problems.js';
import { resolverFor, type ReadContext } from './context.js';

export interface ReferralResources {
  serviceRequest?: unknown;
  task?: unknown;
  consent?: unknown;
}

/** Without a Task, the ServiceRequest's own status says roughly where the referral stands. */
const STATUS_FROM_REQUEST: Readonly<Record<ServiceRequestStatus, ReferralStatus | undefined>> = {
  draft: 'draft',
  active: 'requested',
  'on-hold': 'on-hold',
  revoked: 'cancelled',
  completed: 'completed',
  'entered-in-error': 'entered-in-error',
  unknown: undefined,
};

function read<T>(input: unknown, type: string, log: ProblemLog, map: (resource: Json, log: ProblemLog) => T): T | undefined {
  if (input === undefined || input === null) return undefined;
  const resource = expectResource(input, type, log);
  return resource ? map(resource, log) : undefined;
}

/** Task.focus must point at this ServiceRequest when both are given (conditional / urn references are not checked). */
function checkFocus(task: TaskPart | undefined, request: ServiceRequestPart | undefined, log: ProblemLog): void {
  const focus = task?.focus ? parseReference(task.focus) : undefined;
  if (!focus || !request?.serviceRequestId) return;
  if (focus.type !== 'ServiceRequest' || focus.id !== request.serviceRequestId) {
    log.add('task.focus', 'invariant', 'does not point at the ServiceRequest given with it');
  }
}

function combine(
  request: ServiceRequestPart | undefined,
  task: TaskPart | undefined,
  consent: ConsentPart | undefined,
): Referral | undefined {
  const status = task?.status ?? (request?.requestStatus ? STATUS_FROM_REQUEST[request.requestStatus] : undefined);
  if (!status) return undefined;
  const { requestStatus: _requestStatus, ...requestFields } = request ?? { preferences: { sharedExperience: [] } };
  const { focus: _focus, status: _taskStatus, ...taskFields } = task ?? {};
  return {
    ...requestFields,
    ...consent,
    ...taskFields,
    // The request's own parties and date win: the Task copies them.
    ...(request?.patient ? { patient: request.patient } : {}),
    ...(request?.requester ? { requester: request.requester } : {}),
    ...(request?.authoredOn ? { authoredOn: request.authoredOn } : {}),
    preferences: request?.preferences ?? { sharedExperience: [] },
    urgency: request?.urgency ?? 'routine',
    status,
  };
}

/**
 * Reads a referral from its ServiceRequest, Task and Consent (any may be missing). The status is
 * the Task's; without a Task it is derived from the ServiceRequest. Problems are under
 * `serviceRequest.`, `task.` or `consent.`. No value when no status can be determined.
 */
export function readReferral(resources: ReferralResources, context: ReadContext = {}): MapResult<Referral> {
  const log = createLog();
  if (!isObject(resources)) {
    log.add('', 'not-an-object', 'expected { serviceRequest, task, consent }');
    return { value: undefined, problems: log.problems };
  }
  const { serviceRequest, task, consent } = resources as ReferralResources;
  const request = read(serviceRequest, 'ServiceRequest', prefixedLog(log, 'serviceRequest'), (r, l) =>
    mapServiceRequest(r, resolverFor(r, context), l),
  );
  const taskPart = read(task, 'Task', prefixedLog(log, 'task'), (r, l) => mapTask(r, resolverFor(r, context), l));
  const consentPart = read(consent, 'Consent', prefixedLog(log, 'consent'), mapConsent);
  if (serviceRequest == null && task == null) log.add('', 'missing', 'a referral needs a ServiceRequest or a Task');
  checkFocus(taskPart, request, log);
  return { value: combine(request, taskPart, consentPart), problems: log.problems };
}
