/** Changing a referral Task's status (accept, reject, cancel, complete...) without mutating it. */
import type { MapResult } from '../../model/problems.js';
import { REFERRAL_STATUSES, statusNeedsReason, type ReferralStatus } from '../../model/referral.js';
import type { Task } from '../types.js';

/**
 * A copy of the Task with the new status and `lastModified`. Rejected, cancelled, on-hold and
 * failed need a reason (Task.statusReason.text); without one the result is a problem, not a Task.
 * A reason given for another status is kept; an old reason is dropped when none is given.
 */
export function withTaskStatus(task: unknown, status: ReferralStatus, reason?: string, now: Date = new Date()): MapResult<Task> {
  if (typeof task !== 'object' || task === null || (task as Task).resourceType !== 'Task') {
    return {
      value: undefined,
      problems: [{ path: 'resourceType', code: 'wrong-resource-type', message: 'resourceType: expected Task' }],
    };
  }
  if (!(REFERRAL_STATUSES as readonly string[]).includes(status)) {
    return {
      value: undefined,
      problems: [{ path: 'status', code: 'unknown-code', message: `status: is not one of ${REFERRAL_STATUSES.join(', ')}` }],
    };
  }
  const text = reason?.trim();
  if (statusNeedsReason(status) && !text) {
    return {
      value: undefined,
      problems: [{ path: 'statusReason.text', code: 'missing', message: `statusReason.text: is required when the status is ${status}` }],
    };
  }
  const { statusReason: _previous, ...rest } = task as Task;
  const value: Task = { ...rest, status, lastModified: now.toISOString(), ...(text ? { statusReason: { text } } : {}) };
  return { value, problems: [] };
}
