/**
 * Runs one request under a time limit and the caller's AbortSignal, and turns whatever went wrong
 * into a `DataSourceError`. The platform does the timing and the joining
 * (`AbortSignal.timeout`, `AbortSignal.any`); the work is also raced against the joint signal, so
 * a transport that ignores it (a host's client, say) still cannot keep the caller waiting.
 */
import { AbortError, DataSourceError, NetworkError, TimeoutError } from './errors.js';

export interface DeadlineOptions {
  signal?: AbortSignal | undefined;
  /** Milliseconds; 0, negative or non-finite means no limit. */
  timeoutMs: number;
}

export async function withDeadline<T>(
  operation: string,
  { signal, timeoutMs }: DeadlineOptions,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new AbortError(operation, { cause: signal.reason });
  const deadline = Number.isFinite(timeoutMs) && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const signals = [signal, deadline].filter((item): item is AbortSignal => item !== undefined);
  const joint = signals.length === 1 ? signals[0] : signals.length ? AbortSignal.any(signals) : new AbortController().signal;
  let stopWaiting = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    // The reason is never surfaced: the catch below maps every abort to an AbortError or a TimeoutError.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const onAbort = () => reject(joint.reason);
    joint.addEventListener('abort', onAbort, { once: true });
    stopWaiting = () => joint.removeEventListener('abort', onAbort);
  });
  try {
    return await Promise.race([run(joint), aborted]);
  } catch (err) {
    if (deadline?.aborted && !signal?.aborted) throw new TimeoutError(operation, timeoutMs);
    if (signal?.aborted) throw new AbortError(operation, { cause: signal.reason });
    if (err instanceof DataSourceError) throw err;
    // fetch rejects with a TypeError for refused, dropped or CORS-blocked connections.
    throw new NetworkError(operation, { cause: err });
  } finally {
    stopWaiting();
  }
}
