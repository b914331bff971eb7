/** Task → the status side of a Referral (status, reason, owner, dates). */
import { REFERRAL_STATUSES, type Referral } from '../../model/referral.js';
import { TASK_INTENTS } from '../codes.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readConcept, readReferenceAt } from './datatypes.js';
import { compact, readCode, readDateTime, readObject, readString, type Json } from './fields.js';
import { namedParty, readSubject } from './party.js';
import type { ProblemLog } from './problems.js';
import { readTaskOutcome } from './task-outcome.js';

export type TaskPart = Pick<
  Referral,
  | 'taskId'
  | 'statusReason'
  | 'owner'
  | 'lastModified'
  | 'authoredOn'
  | 'patient'
  | 'requester'
  | 'declineReason'
  | 'outcome'
  | 'outcomeText'
  | 'lastChangedBy'
> & {
  status?: Referral['status'];
  /** Task.focus.reference, to check that Task and ServiceRequest belong together. */
  focus?: string;
};

export function mapTask(task: Json, resolver: ReferenceResolver, log: ProblemLog): TaskPart {
  const meta = readObject(task, 'meta', '', log);
  readCode(task, 'intent', '', log, TASK_INTENTS, { required: true });
  return compact<TaskPart>({
    taskId: readString(task, 'id', '', log),
    status: readCode(task, 'status', '', log, REFERRAL_STATUSES, { required: true }),
    statusReason: codeableConceptText(readConcept(task, 'statusReason', '', log)),
    owner: namedParty(readReferenceAt(task, 'owner', '', log), resolver, 'owner', log),
    lastModified: readDateTime(task, 'lastModified', '', log) ?? (meta ? readDateTime(meta, 'lastUpdated', 'meta', log) : undefined),
    authoredOn: readDateTime(task, 'authoredOn', '', log),
    patient: readSubject(task, 'for', resolver, '', log),
    requester: namedParty(readReferenceAt(task, 'requester', '', log), resolver, 'requester', log),
    focus: readReferenceAt(task, 'focus', '', log)?.reference,
    ...readTaskOutcome(task, resolver, log),
  });
}
