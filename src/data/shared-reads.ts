/**
 * One read per resource for the page: the provider wraps its data source in this, so elements
 * that need the same Patient, CareTeam or PractitionerRole share one request. Identical reads and
 * searches in flight are joined; a resource read (or found by a search, or written) is reused for
 * later reads until a write through this source or a fresh read (`fresh: true`: a status check, a
 * conflict, a live update) replaces it. Copies live in memory only, for the life of the provider,
 * and each caller gets its own copy, so no element can change another's data.
 */
import type { Bundle, Resource } from '../fhir/types.js';
import type { CreateOptions, DataSource, RequestOptions, SearchOptions, SearchParams, SearchResult, UpdateOptions } from './data-source.js';
import { AbortError } from './errors.js';
import { toQuery } from './urls.js';

const copy = <T>(value: T): T => structuredClone(value);

const keyOf = (type: string, id: string) => `${type}/${id}`;

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers still waiting; when the last one gives up, the request is cancelled. */
  waiting: number;
}

export class SharedReadsDataSource implements DataSource {
  readonly #source: DataSource;
  readonly #resources = new Map<string, Resource>();
  readonly #flights = new Map<string, Flight<unknown>>();

  constructor(source: DataSource) {
    this.#source = source;
    // Optional members are offered only when the wrapped source has them (elements test for them).
    if (source.transaction) this.transaction = (bundle, options) => this.#transaction(bundle, options);
    if (source.capabilities)
      this.capabilities = (options = {}) => this.#join('metadata', options, (signal) => source.capabilities!({ ...options, signal }));
    if (source.operation) this.operation = (...args) => source.operation!(...args);
    if (source.sameServerSocketUrl) this.sameServerSocketUrl = (url) => source.sameServerSocketUrl!(url);
  }

  transaction?: DataSource['transaction'];
  capabilities?: DataSource['capabilities'];
  operation?: DataSource['operation'];
  sameServerSocketUrl?: DataSource['sameServerSocketUrl'];

  async read<T extends Resource = Resource>(type: string, id: string, options: RequestOptions = {}): Promise<T> {
    const key = keyOf(String(type), String(id));
    const kept = options.fresh ? undefined : this.#resources.get(key);
    if (kept) return copy(kept) as T;
    const flightKey = `${options.fresh ? 'fresh ' : ''}read ${key}`;
    const resource = await this.#join(flightKey, options, async (signal) => {
      const read = await this.#source.read<T>(type, id, { ...options, signal });
      this.#keep(read);
      return read;
    });
    return copy(resource);
  }

  async search<T extends Resource = Resource>(type: string, params?: SearchParams, options: SearchOptions = {}): Promise<SearchResult<T>> {
    const flightKey = `search ${String(type)}?${toQuery(params)} pages ${options.maxPages ?? ''}`;
    const result = await this.#join(flightKey, options, async (signal) => {
      const found = await this.#source.search<T>(type, params, { ...options, signal });
      found.resources.forEach((resource) => this.#keep(resource));
      found.included.forEach((resource) => this.#keep(resource));
      return found;
    });
    return copy(result);
  }

  async create<T extends Resource>(resource: T, options?: CreateOptions): Promise<T> {
    const created = await this.#source.create(resource, options);
    this.#keep(created);
    return created;
  }

  async update<T extends Resource>(resource: T, options?: UpdateOptions): Promise<T> {
    // Whatever the answer, the kept copy may be out of date now (a conflict means someone else wrote).
    this.#forget(resource);
    const updated = await this.#source.update(resource, options);
    this.#keep(updated);
    return updated;
  }

  async #transaction(bundle: Bundle, options?: RequestOptions): Promise<Bundle> {
    for (const entry of bundle?.entry ?? []) this.#forget(entry?.resource);
    const answer = await this.#source.transaction!(bundle, options);
    for (const entry of answer?.entry ?? []) this.#keep(entry?.resource);
    return answer;
  }

  #keep(resource: Resource | undefined): void {
    if (resource && typeof resource.id === 'string') this.#resources.set(keyOf(resource.resourceType, resource.id), copy(resource));
  }

  #forget(resource: Resource | undefined): void {
    if (resource && typeof resource.id === 'string') this.#resources.delete(keyOf(resource.resourceType, resource.id));
  }

  /**
   * Joins the request in flight under `key`, or starts it. Each caller keeps its own cancellation:
   * one element giving up does not cancel the request for the others, the last one does.
   */
  #join<T>(key: string, options: RequestOptions, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError(key, { cause: signal.reason }));
    let flight = this.#flights.get(key) as Flight<T> | undefined;
    if (!flight) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
      });
      flight = { promise, controller, waiting: 0 };
      this.#flights.set(key, flight);
    }
    const joined = flight;
    joined.waiting += 1;
    if (!signal) return joined.promise;
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        joined.waiting -= 1;
        if (joined.waiting === 0) {
          joined.controller.abort(signal.reason);
          if (this.#flights.get(key) === joined) this.#flights.delete(key);
        }
        reject(new AbortError(key, { cause: signal.reason }));
      };
      signal.addEventListener('abort', giveUp, { once: true });
      joined.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', giveUp));
    });
  }
}
