/** What the user is told after a change: done, someone else was first (who, and what it is now), or not saved. Pure. */
import type { InboxData, InboxItem } from '../../fhir/read/referral-inbox.js';
import { readReferral } from '../../fhir/read/referral.js';
import type { Task } from '../../fhir/types.js';
import type { InboxAction } from './inbox-views.js';
import { clientName, type ItemContext } from './item-context.js';
import type { WriteResult } from './inbox-writer.js';
import { failureReason } from '../../shared/state-views.js';

export interface ResultWords {
  text: string;
  /** Shown in (or above) the item, not only announced: a conflict or a failure. */
  notice: boolean;
  /** The Task to show from now on. */
  task?: Task;
}

function conflictWords(current: Task, data: InboxData, t: ItemContext['t']): string {
  const referral = readReferral({ task: current }).value;
  const name = referral?.lastChangedBy?.name ?? t('conflictSomeone');
  const status = referral ? t(`status.${referral.status}`) : '';
  const ownerRef = referral?.owner?.reference;
  const owner =
    ownerRef && !data.programme.includes(ownerRef)
      ? (data.peers.find((p) => p.reference === ownerRef)?.name ?? referral?.owner?.name)
      : undefined;
  return t('conflict', { name, status: owner ? t('statusWith', { status, name: owner }) : status });
}

export function resultWords(
  result: WriteResult,
  action: InboxAction,
  item: InboxItem,
  data: InboxData,
  t: ItemContext['t'],
  actorName?: string,
  locale?: string,
): ResultWords {
  const client = clientName(item, { t });
  if (result.kind === 'saved')
    return { text: t(`done.${action}`, { client, peer: result.task.owner?.display ?? actorName }), notice: false, task: result.task };
  if (result.kind === 'conflict')
    return { text: `${client}: ${conflictWords(result.current, data, t)}`, notice: true, task: result.current };
  const reason =
    result.kind === 'failed' && result.error ? t('saveFailed', { reason: failureReason(result.error, locale) }) : t('saveFailedUnknown');
  return { text: `${client}: ${reason}`, notice: true };
}
