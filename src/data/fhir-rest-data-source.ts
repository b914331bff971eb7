/**
 * `DataSource` over the FHIR R4 REST API: read, paged search, conditional create
 * (`If-None-Exist`), versioned update (`If-Match`) and transactions, through `fetch` against a
 * base URL or through a host's authenticated client. No logging; errors are `DataSourceError`s.
 */
import type { Bundle, BundleEntry, Resource } from '../fhir/types.js';
import { isResource } from '../fhir/json.js';
import type { CreateOptions, DataSource, RequestOptions, SearchOptions, SearchParams, SearchResult, UpdateOptions } from './data-source.js';
import { withDeadline } from './deadline.js';
import { InvalidRequestError, InvalidResponseError } from './errors.js';
import { clientTransport, fetchTransport, type FhirRequestClient, type Transport, type TransportRequest } from './transport.js';
import { assertResourceId, assertResourceType, parseLocation, relativeToBase, sameServerSocketUrl, toQuery, trimBase } from './urls.js';

export type { FhirRequestClient } from './transport.js';

export interface FhirRestDataSourceOptions {
  /** The FHIR server base, e.g. `https://ehr.example.org/fhir` (a relative `/fhir` works in a page). */
  baseUrl?: string;
  /** Used with `baseUrl`; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** A host's authenticated client (e.g. SMART on FHIR `fhirclient`); used instead of fetch. */
  client?: FhirRequestClient;
  /** Per-request time limit in ms (default 15000). */
  timeoutMs?: number;
  /** Most search pages to follow (default 10). */
  maxPages?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_PAGES = 10;

const ACCEPT = { Accept: 'application/fhir+json' };
const SEND_JSON = { ...ACCEPT, 'Content-Type': 'application/fhir+json', Prefer: 'return=representation' };

type Method = TransportRequest['method'];

/** fhirclient exposes its server as `client.state.serverUrl`: the base for the same-server check. */
function clientBase(client: FhirRequestClient): string | undefined {
  const serverUrl = (client as { state?: { serverUrl?: unknown } }).state?.serverUrl;
  return typeof serverUrl === 'string' ? serverUrl : undefined;
}

function ifMatchHeader(value: string): string {
  return /^W\/".*"$/.test(value) ? value : `W/"${value.replace(/^"|"$/g, '')}"`;
}

/** The resource as sent on a create: the server assigns id and meta (HAPI even refuses an id). */
function withoutServerFields<T extends Resource>(resource: T): T {
  const { id: _id, meta, ...rest } = resource;
  const { versionId: _v, lastUpdated: _l, ...keptMeta } = meta ?? {};
  return (Object.keys(keptMeta).length ? { ...rest, meta: keptMeta } : rest) as T;
}

export class FhirRestDataSource implements DataSource {
  readonly #transport: Transport;
  readonly #base: string | undefined;
  readonly #timeoutMs: number;
  readonly #maxPages: number;

  constructor(options: FhirRestDataSourceOptions) {
    if (options.client) {
      this.#transport = clientTransport(options.client);
      this.#base = options.baseUrl ? trimBase(options.baseUrl) : clientBase(options.client);
    } else if (options.baseUrl) {
      const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
      this.#transport = fetchTransport(options.baseUrl, fetchImpl);
      this.#base = trimBase(options.baseUrl);
    } else {
      throw new TypeError('FhirRestDataSource needs a baseUrl or a client.');
    }
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  }

  async read<T extends Resource = Resource>(type: string, id: string, options: RequestOptions = {}): Promise<T> {
    const operation = `read ${String(type)}`;
    assertResourceType(operation, type);
    assertResourceId(operation, id);
    const { body } = await this.#send(operation, 'GET', `${type}/${id}`, ACCEPT, undefined, options);
    if (!isResource(body, type)) throw new InvalidResponseError(operation, `expected a ${type}`);
    return body as T;
  }

  async search<T extends Resource = Resource>(type: string, params?: SearchParams, options: SearchOptions = {}): Promise<SearchResult<T>> {
    const operation = `search ${String(type)}`;
    assertResourceType(operation, type);
    const maxPages = Math.max(1, Math.floor(options.maxPages ?? this.#maxPages));
    const result: SearchResult<T> = { resources: [], included: [], truncated: false };
    const visited = new Set<string>();
    const query = toQuery(params);
    let path: string | undefined = query ? `${type}?${query}` : type;
    for (let page = 0; path !== undefined; page += 1) {
      if (page >= maxPages || visited.has(path)) {
        result.truncated = true;
        break;
      }
      visited.add(path);
      const { body } = await this.#send(operation, 'GET', path, ACCEPT, undefined, options);
      if (!isResource(body, 'Bundle')) throw new InvalidResponseError(operation, 'expected a Bundle');
      const bundle = body as Bundle;
      if (page === 0 && typeof bundle.total === 'number') result.total = bundle.total;
      collectEntries(bundle.entry, type, result);
      const next = bundle.link?.find((link) => link?.relation === 'next')?.url;
      path = next ? relativeToBase(next, this.#base) : undefined;
      // A next link to anywhere but this server is never followed: the result is then incomplete.
      if (next && path === undefined) result.truncated = true;
    }
    return result;
  }

  async create<T extends Resource>(resource: T, options: CreateOptions = {}): Promise<T> {
    const operation = `create ${String(resource?.resourceType)}`;
    assertResourceType(operation, resource?.resourceType);
    const headers: Record<string, string> = { ...SEND_JSON };
    if (options.ifNoneExist) headers['If-None-Exist'] = options.ifNoneExist.replace(/^\?/, '');
    const response = await this.#send(
      operation,
      'POST',
      resource.resourceType,
      headers,
      JSON.stringify(withoutServerFields(resource)),
      options,
    );
    return this.#written<T>(operation, resource.resourceType, response, options);
  }

  async update<T extends Resource>(resource: T, options: UpdateOptions = {}): Promise<T> {
    const operation = `update ${String(resource?.resourceType)}`;
    assertResourceType(operation, resource?.resourceType);
    assertResourceId(operation, resource.id);
    const headers: Record<string, string> = { ...SEND_JSON };
    const version = options.ifMatch === undefined ? resource.meta?.versionId : options.ifMatch;
    if (version) headers['If-Match'] = ifMatchHeader(version);
    const response = await this.#send(
      operation,
      'PUT',
      `${resource.resourceType}/${resource.id}`,
      headers,
      JSON.stringify(resource),
      options,
    );
    return this.#written<T>(operation, resource.resourceType, response, options);
  }

  async transaction(bundle: Bundle, options: RequestOptions = {}): Promise<Bundle> {
    const operation = bundle?.type === 'batch' ? 'batch' : 'transaction';
    if (!isResource(bundle, 'Bundle') || (bundle.type !== 'transaction' && bundle.type !== 'batch')) {
      throw new InvalidRequestError(operation, 'a transaction needs a Bundle of type transaction or batch.');
    }
    const { body } = await this.#send(operation, 'POST', '', SEND_JSON, JSON.stringify(bundle), options);
    if (!isResource(body, 'Bundle')) throw new InvalidResponseError(operation, 'expected a Bundle');
    return body as Bundle;
  }

  async capabilities(options: RequestOptions = {}): Promise<Resource> {
    const operation = 'read the CapabilityStatement';
    const { body } = await this.#send(operation, 'GET', 'metadata', ACCEPT, undefined, options);
    if (!isResource(body, 'CapabilityStatement')) throw new InvalidResponseError(operation, 'expected a CapabilityStatement');
    return body;
  }

  async operation(type: string, id: string, name: string, parameters?: Resource, options: RequestOptions = {}): Promise<Resource> {
    const operation = `call ${String(type)} $${String(name)}`;
    assertResourceType(operation, type);
    assertResourceId(operation, id);
    if (!/^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(name)) throw new InvalidRequestError(operation, 'not an operation name.');
    const body = JSON.stringify(parameters ?? { resourceType: 'Parameters' });
    const response = await this.#send(operation, 'POST', `${type}/${id}/$${name}`, SEND_JSON, body, options);
    if (!isResource(response.body)) throw new InvalidResponseError(operation, 'expected a resource');
    return response.body;
  }

  sameServerSocketUrl(url: string): string | undefined {
    return sameServerSocketUrl(url, this.#base);
  }

  /** The resource a create or update answered with; an empty body is read back from Location. */
  async #written<T extends Resource>(
    operation: string,
    type: string,
    response: { body: unknown; location?: string },
    options: RequestOptions,
  ): Promise<T> {
    if (isResource(response.body, type)) return response.body as T;
    const target = response.body === undefined && response.location ? parseLocation(response.location) : undefined;
    if (target?.type === type) return this.read<T>(target.type, target.id, options);
    throw new InvalidResponseError(operation, `expected the ${type} that was written`);
  }

  #send(
    operation: string,
    method: Method,
    path: string,
    headers: Record<string, string>,
    body: string | undefined,
    options: RequestOptions,
  ) {
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    return withDeadline(operation, { signal: options.signal, timeoutMs }, (signal) =>
      this.#transport({ method, path, headers, ...(body !== undefined ? { body } : {}), signal }, operation),
    );
  }
}

function collectEntries<T extends Resource>(entries: BundleEntry[] | undefined, type: string, result: SearchResult<T>): void {
  for (const entry of entries ?? []) {
    const resource = entry?.resource;
    if (!isResource(resource)) continue;
    const mode = entry.search?.mode;
    if (mode === 'match' || (mode === undefined && resource.resourceType === type)) result.resources.push(resource as T);
    else if (mode === 'include' || mode === undefined) result.included.push(resource);
  }
}

/** Creates the REST data source (the factory form of `new FhirRestDataSource(options)`). */
export function createFhirDataSource(options: FhirRestDataSourceOptions): FhirRestDataSource {
  return new FhirRestDataSource(options);
}
