/**
 * Typed errors of the data source. Every failure a `DataSource` reports is a `DataSourceError`;
 * `kind` says which, so callers can branch without `instanceof` chains:
 *
 * ```
 * DataSourceError                      (abstract base; `kind`, `operation`, `retryable`)
 * ├─ NetworkError        'network'          no answer: offline, DNS, CORS, connection dropped
 * ├─ TimeoutError        'timeout'          no answer within `timeoutMs`
 * ├─ AbortError          'aborted'          the caller's AbortSignal fired (name 'AbortError')
 * ├─ InvalidRequestError 'invalid-request'  not sent: bad resource type, id or resource
 * ├─ InvalidResponseError 'invalid-response' a 2xx answer that is not the FHIR JSON expected
 * └─ HttpError           'http'             the server answered with an error status
 *    ├─ NotFoundError    'not-found'        404, 410
 *    ├─ ValidationError  'validation'       400, 422 (the server rejected the content)
 *    └─ ConflictError    'conflict'         409, 412 (stale If-Match, several If-None-Exist matches)
 * ```
 *
 * Messages say what happened in plain words: the operation (e.g. "create ServiceRequest") and the
 * server's OperationOutcome text, never resource content, ids or URLs.
 */
import type { OperationOutcome } from '../fhir/types.js';
import { isResource } from '../fhir/json.js';

export type DataSourceErrorKind =
  'network' | 'timeout' | 'aborted' | 'invalid-request' | 'invalid-response' | 'http' | 'not-found' | 'validation' | 'conflict';

/** Subclasses set `name` literally: class names do not survive minification. */
export abstract class DataSourceError extends Error {
  abstract readonly kind: DataSourceErrorKind;
  /** What was attempted, without ids: "read Patient", "search CareTeam", "transaction". */
  readonly operation: string;
  /** Whether the same request may succeed if sent again later. */
  readonly retryable: boolean;

  constructor(message: string, operation: string, retryable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = operation;
    this.retryable = retryable;
  }
}

export class NetworkError extends DataSourceError {
  readonly kind = 'network' as const;
  override name = 'NetworkError';
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`Could not ${operation}: the FHIR server could not be reached or the connection was lost.`, operation, true, options);
  }
}

export class TimeoutError extends DataSourceError {
  readonly kind = 'timeout' as const;
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(operation: string, timeoutMs: number) {
    super(`Could not ${operation}: the FHIR server did not answer within ${Math.round(timeoutMs / 100) / 10} s.`, operation, true);
    this.timeoutMs = timeoutMs;
  }
}

/** Named 'AbortError' like the DOM's, so generic abort handling (e.g. `@lit/task`) recognises it. */
export class AbortError extends DataSourceError {
  readonly kind = 'aborted' as const;
  override name = 'AbortError';
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`The request to ${operation} was cancelled.`, operation, false, options);
  }
}

export class InvalidRequestError extends DataSourceError {
  readonly kind = 'invalid-request' as const;
  override name = 'InvalidRequestError';
  constructor(operation: string, reason: string) {
    super(`Could not ${operation}: ${reason}`, operation, false);
  }
}

export class InvalidResponseError extends DataSourceError {
  readonly kind = 'invalid-response' as const;
  override name = 'InvalidResponseError';
  constructor(operation: string, reason: string) {
    super(`Could not ${operation}: the FHIR server's answer was not usable (${reason}).`, operation, false);
  }
}

export class HttpError extends DataSourceError {
  readonly kind: 'http' | 'not-found' | 'validation' | 'conflict' = 'http';
  override name = 'HttpError';
  readonly status: number;
  /** The OperationOutcome the server sent, if any. */
  readonly outcome: OperationOutcome | undefined;
  /** The outcome's issue texts (diagnostics, else details.text), joined; '' when none. */
  readonly outcomeText: string;

  constructor(operation: string, status: number, outcome?: OperationOutcome) {
    const text = outcome ? outcomeText(outcome) : '';
    super(
      `Could not ${operation}: the FHIR server answered ${status} (${describeStatus(status)})${text ? `: ${text}` : '.'}`,
      operation,
      status === 429 || status >= 500,
    );
    this.status = status;
    this.outcome = outcome;
    this.outcomeText = text;
  }
}

export class NotFoundError extends HttpError {
  override readonly kind = 'not-found' as const;
  override name = 'NotFoundError';
}

export class ValidationError extends HttpError {
  override readonly kind = 'validation' as const;
  override name = 'ValidationError';
}

export class ConflictError extends HttpError {
  override readonly kind = 'conflict' as const;
  override name = 'ConflictError';
}

const STATUS_WORDS: Record<number, string> = {
  400: 'the request was not valid',
  401: 'not signed in',
  403: 'not allowed',
  404: 'not found',
  409: 'conflict with the current state',
  410: 'deleted',
  412: 'the resource changed since it was read, or the condition matched several resources',
  422: 'the content was not acceptable',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

function describeStatus(status: number): string {
  return STATUS_WORDS[status] ?? (status >= 500 ? 'server error' : 'request refused');
}

/** The readable text of an OperationOutcome: each error issue's diagnostics, else its details.text. */
export function outcomeText(outcome: OperationOutcome): string {
  const texts = (outcome.issue ?? [])
    .map((issue) => (typeof issue.diagnostics === 'string' && issue.diagnostics) || issue.details?.text || '')
    .filter((text): text is string => typeof text === 'string' && text.length > 0);
  return [...new Set(texts)].join('; ');
}

export function isOperationOutcome(value: unknown): value is OperationOutcome {
  return isResource(value, 'OperationOutcome');
}

/** The HttpError subclass for a status: the single place that maps statuses to kinds. */
export function httpErrorFor(operation: string, status: number, body: unknown): HttpError {
  const outcome = isOperationOutcome(body) ? body : undefined;
  if (status === 404 || status === 410) return new NotFoundError(operation, status, outcome);
  if (status === 400 || status === 422) return new ValidationError(operation, status, outcome);
  if (status === 409 || status === 412) return new ConflictError(operation, status, outcome);
  return new HttpError(operation, status, outcome);
}

export function isDataSourceError(value: unknown): value is DataSourceError {
  return value instanceof DataSourceError;
}
