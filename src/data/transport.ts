/**
 * The two ways a `FhirRestDataSource` reaches a server: `fetch` against a base URL, or a host's
 * authenticated client (the shape of a SMART on FHIR `fhirclient` Client). Both answer with the
 * parsed body, or throw: an `HttpError` subclass for an error status, anything else for "no answer"
 * (withDeadline turns that into a NetworkError, TimeoutError or AbortError).
 */
import { httpErrorFor, InvalidResponseError, isOperationOutcome } from './errors.js';
import { joinBase, trimBase } from './urls.js';

/**
 * What the data source needs from a host's client: fhirclient's `client.request()`. It resolves
 * relative URLs against its server, adds its own authorisation, returns the parsed JSON body and
 * throws errors carrying `status` / `statusCode` and a `response` (or, in older versions, `body`).
 */
export interface FhirRequestClient {
  request(
    requestOrUrl:
      | string
      | {
          url: string;
          method?: string;
          headers?: Record<string, string>;
          body?: string;
          signal?: AbortSignal;
          /** fhirclient passes fetch options through; 'no-store' keeps polled reads fresh. */
          cache?: RequestCache;
        },
  ): Promise<unknown>;
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** Relative to the server base ('' is the base itself, '?q' a query on the base). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface TransportResponse {
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
  /** The Location header when the transport can see it. */
  location?: string;
}

export type Transport = (request: TransportRequest, operation: string) => Promise<TransportResponse>;

function parseJson(operation: string, text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidResponseError(operation, 'the body is not JSON');
  }
}

export function fetchTransport(baseUrl: string, fetchImpl: typeof fetch): Transport {
  const base = trimBase(baseUrl);
  return async (request, operation) => {
    const response = await fetchImpl(joinBase(base, request.path), {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: request.signal,
      // Status polling must see the server's current state, never a heuristic cache entry.
      cache: 'no-store',
    });
    const text = await response.text();
    if (!response.ok) {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      throw httpErrorFor(operation, response.status, body);
    }
    return { body: parseJson(operation, text), location: response.headers.get('Location') ?? undefined };
  };
}

interface ClientErrorLike {
  status?: unknown;
  statusCode?: unknown;
  body?: unknown;
  response?: { bodyUsed?: boolean; json?: () => Promise<unknown> };
}

/** The OperationOutcome inside a client's error, if it can be read without its message text. */
async function outcomeOf(error: ClientErrorLike): Promise<unknown> {
  if (isOperationOutcome(error.body)) return error.body;
  const response = error.response;
  if (response && response.bodyUsed === false && typeof response.json === 'function') {
    try {
      return await response.json();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as ClientErrorLike;
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 600 ? value : undefined;
}

export function clientTransport(client: FhirRequestClient): Transport {
  return async (request, operation) => {
    let body: unknown;
    try {
      body = await client.request({
        url: request.path,
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: request.signal,
        cache: 'no-store',
      });
    } catch (error) {
      const status = statusOf(error);
      // fhirclient's error message embeds the response body: only status and outcome are kept.
      if (status !== undefined) throw httpErrorFor(operation, status, await outcomeOf(error as ClientErrorLike));
      throw error;
    }
    if (typeof body === 'string') return { body: parseJson(operation, body) };
    if (body === null || body === undefined) return { body: undefined };
    if (typeof body === 'object' && 'resourceType' in body) return { body };
    throw new InvalidResponseError(operation, 'the client did not return FHIR JSON');
  };
}
