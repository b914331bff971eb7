/**
 * The data source contract: how elements read and write FHIR R4 resources without knowing the
 * transport. `FhirRestDataSource` implements it over HTTP; hosts may supply their own.
 *
 * Every method rejects with a `DataSourceError` (see errors.ts) and never logs.
 */
import type { Bundle, Resource } from '../fhir/types.js';

export interface RequestOptions {
  /** Cancels the request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Per-request time limit in ms (default: the data source's `timeoutMs`). */
  timeoutMs?: number;
  /**
   * The server's current version, never a copy kept from an earlier read: for a status check, a
   * conflict or a live update. The provider's data source reuses reads otherwise (shared-reads.ts).
   */
  fresh?: boolean;
}

export type SearchParams = Record<string, string | string[]> | URLSearchParams;

export interface SearchOptions extends RequestOptions {
  /** Most pages to fetch by following `next` links (default: the data source's `maxPages`). */
  maxPages?: number;
}

export interface CreateOptions extends RequestOptions {
  /**
   * Conditional create: a search query such as `identifier=urn:care-team-elements:referral-key|<key>`.
   * When one resource already matches, the server returns it instead of creating a second one.
   */
  ifNoneExist?: string;
}

export interface UpdateOptions extends RequestOptions {
  /**
   * Optimistic locking: the version the caller last read, as a versionId (`"3"`) or an ETag
   * (`W/"3"`). Defaults to `resource.meta.versionId`; `false` sends no If-Match.
   */
  ifMatch?: string | false;
}

export interface SearchResult<T extends Resource = Resource> {
  /** Entries with search mode `match` (or no mode and the searched type), in server order. */
  resources: T[];
  /** Entries added by `_include` / `_revinclude` (search mode `include`). */
  included: Resource[];
  /** `Bundle.total` of the first page, when the server sent it. */
  total?: number;
  /** True when more pages existed than were fetched (maxPages reached, or a next link was not followed). */
  truncated: boolean;
}

export interface DataSource {
  read<T extends Resource = Resource>(type: string, id: string, options?: RequestOptions): Promise<T>;
  search<T extends Resource = Resource>(type: string, params?: SearchParams, options?: SearchOptions): Promise<SearchResult<T>>;
  /**
   * Several resources of one type, leaving out those that are gone or not allowed; optional. The
   * provider's data source has it (batched `_id` searches); elements fall back to `read` without it.
   */
  readMany?<T extends Resource = Resource>(type: string, ids: readonly string[], options?: RequestOptions): Promise<T[]>;
  create<T extends Resource>(resource: T, options?: CreateOptions): Promise<T>;
  update<T extends Resource>(resource: T, options?: UpdateOptions): Promise<T>;
  /** Posts a transaction (or batch) Bundle to the server base; optional for custom sources. */
  transaction?(bundle: Bundle, options?: RequestOptions): Promise<Bundle>;
  /** The server's CapabilityStatement (`GET metadata`); optional: without it, no live updates by subscription. */
  capabilities?(options?: RequestOptions): Promise<Resource>;
  /** Invokes an instance operation with POST, e.g. `Subscription/1/$get-ws-binding-token`; optional, as `capabilities`. */
  operation?(type: string, id: string, name: string, parameters?: Resource, options?: RequestOptions): Promise<Resource>;
  /**
   * The websocket URL a server handed out, when it belongs to this server (same host and port,
   * `wss:` for an `https:` base); undefined for any other, which is never opened.
   */
  sameServerSocketUrl?(url: string): string | undefined;
}
