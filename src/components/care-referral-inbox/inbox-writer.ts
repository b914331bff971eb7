/**
 * Doing what the user chose to a referral: the Task change (pure builder), the cancelable
 * `care-referral-change-request`, then the write with If-Match through the data source. Who won a
 * race is the server's answer: on 412 the current Task comes back and nothing is overwritten.
 */
import type { DataSource } from '../../data/data-source.js';
import { isDataSourceError, type DataSourceError } from '../../data/errors.js';
import { saveReferralChange } from '../../data/save-referral-change.js';
import type { InboxItem } from '../../fhir/read/referral-inbox.js';
import { applyReferralChange, type ReferralChange } from '../../fhir/write/referral-action.js';
import type { Reference, Task } from '../../fhir/types.js';
import type { DataProblem } from '../../model/problems.js';
import { CareReferralChangedEvent, CareReferralChangeRequestEvent, CareReferralConflictEvent } from './events.js';

export type WriteResult =
  | { kind: 'invalid'; problems: readonly DataProblem[] }
  /** Saved through the data source, or taken over by the host (`preventDefault()`), or kept locally (standalone). */
  | { kind: 'saved'; task: Task }
  /** Someone changed it first: `current` is the Task as it is now. */
  | { kind: 'conflict'; current: Task }
  | { kind: 'failed'; error?: DataSourceError };

export async function writeReferralChange(
  host: HTMLElement,
  item: InboxItem,
  change: ReferralChange,
  { dataSource, actor }: { dataSource: DataSource | undefined; actor: Reference | undefined },
): Promise<WriteResult> {
  const { value: task, problems } = applyReferralChange(item.task, change, { actor });
  if (!task) return { kind: 'invalid', problems };
  const request = new CareReferralChangeRequestEvent({ change, task, previous: item.task as Task, referral: item.referral });
  host.dispatchEvent(request);
  if (request.defaultPrevented || !dataSource) {
    host.dispatchEvent(new CareReferralChangedEvent({ change, task }));
    return { kind: 'saved', task };
  }
  try {
    const result = await saveReferralChange(dataSource, task, item.task as Task);
    if (result.kind === 'conflict') {
      host.dispatchEvent(new CareReferralConflictEvent({ change, current: result.current }));
      return { kind: 'conflict', current: result.current };
    }
    host.dispatchEvent(new CareReferralChangedEvent({ change, task: result.task }));
    return { kind: 'saved', task: result.task };
  } catch (error) {
    return { kind: 'failed', ...(isDataSourceError(error) ? { error } : {}) };
  }
}
