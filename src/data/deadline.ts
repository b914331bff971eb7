/**
 * Runs one request under a time limit and the caller's AbortSignal, and turns whatever went wrong
 * into a `DataSourceError`. The work is also raced against the abort, so a transport that ignores
 * the signal (a host's client, say) still cannot keep the caller waiting.
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
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(timeoutMs) && timeoutMs > 0
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  try {
    return await Promise.race([run(controller.signal), aborted]);
  } catch (err) {
    if (timedOut) throw new TimeoutError(operation, timeoutMs);
    if (signal?.aborted) throw new AbortError(operation, { cause: signal.reason });
    if (err instanceof DataSourceError) throw err;
    // fetch rejects with a TypeError for refused, dropped or CORS-blocked connections.
    throw new NetworkError(operation, { cause: err });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
