/** What went wrong with a write, in plain words the clinician can act on. */
import { DataSourceError, HttpError } from '../../data/index.js';
import type { CareReferralFailedDetail } from './events.js';
import { t, type MessageKey } from './messages.js';
import { ReferralStepError } from '../../data/referral-step-error.js';

export type Failure = Omit<CareReferralFailedDetail, 'error'> & { error: unknown };

function keyFor(kind: string, status = 0): MessageKey {
  if (kind === 'network' || kind === 'timeout' || kind === 'validation' || kind === 'conflict') return `fail.${kind}`;
  return status >= 500 ? 'fail.server' : 'fail.other';
}

/**
 * Describes a failed write. A host's own data source may throw anything: an error that is not a
 * DataSourceError is treated as "no answer", which is safe to retry because every write is idempotent.
 */
export function describeFailure(error: unknown, locale: string, fallbackStep: Failure['step'] = 'cancel'): Failure {
  const step = error instanceof ReferralStepError ? error.step : fallbackStep;
  const cause = error instanceof ReferralStepError ? error.cause : error;
  const known = cause instanceof DataSourceError ? cause : undefined;
  const kind = known?.kind ?? 'unknown';
  const http = cause instanceof HttpError ? cause : undefined;
  const status = http?.status;
  const detail = http?.outcomeText || t('fail.other', undefined, locale);
  return {
    step,
    kind,
    status,
    message: t(keyFor(kind, status), { status, detail }, locale),
    retryable: known ? known.retryable : true,
    error: cause,
  };
}
