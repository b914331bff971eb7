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
import { isLastingFailure, readByIds } from './read-by-ids.js';
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
  /** Resources a batch in flight will bring (or not: undefined when gone or not allowed). */
  readonly #coming = new Map<string, Promise<Resource | undefined>>();

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
    // Decided before any await, so a readMany started right after finds this read in flight.
    const coming = options.fresh ? undefined : this.#coming.get(key);
    const batched =
      coming &&
      (await untilAborted(
        coming.catch(() => undefined),
        options.signal,
        `read ${key}`,
      ));
    if (batched) return copy(batched) as T;
    const flightKey = `${options.fresh ? 'fresh ' : ''}read ${key}`;
    const resource = await this.#join(flightKey, options, async (signal) => {
      const read = await this.#source.read<T>(type, id, { ...options, signal });
      this.#keep(read);
      return read;
    });
    return copy(resource);
  }

  /**
   * Several resources of one type: those kept are reused, those a batch in flight will bring are
   * waited for, the rest are fetched together (read-by-ids.ts). Those gone or not allowed are left
   * out. A caller that gives up stops waiting; the batch still completes for the others.
   */
  async readMany<T extends Resource = Resource>(type: string, ids: readonly string[], options: RequestOptions = {}): Promise<T[]> {
    const wanted = [...new Set(ids.map(String))];
    const waits = new Map<string, Promise<Resource | undefined>>();
    const missing: string[] = [];
    for (const id of wanted) {
      const key = keyOf(type, id);
      const kept = this.#resources.get(key);
      const coming = this.#coming.get(key) ?? this.#singleInFlight(key);
      if (kept) waits.set(id, Promise.resolve(kept));
      else if (coming) waits.set(id, coming);
      else missing.push(id);
    }
    if (missing.length) {
      const batch = readByIds(this.#source, type, missing, (id) => this.#readOrMissing(type, id));
      for (const id of missing)
        waits.set(
          id,
          this.#expect(
            keyOf(type, id),
            batch.then((found) => found.get(id)),
          ),
        );
    }
    const found = await untilAborted(
      Promise.all(wanted.map((id) => waits.get(id) ?? Promise.resolve(undefined))),
      options.signal,
      `read ${String(type)}`,
    );
    return found.filter((resource): resource is Resource => resource !== undefined).map((resource) => copy(resource) as T);
  }

  #expect(key: string, promise: Promise<Resource | undefined>): Promise<Resource | undefined> {
    const coming = promise.then((resource) => {
      if (resource) this.#keep(resource);
      return resource;
    });
    this.#coming.set(key, coming);
    const settled = () => {
      if (this.#coming.get(key) === coming) this.#coming.delete(key);
    };
    coming.then(settled, settled);
    return coming;
  }

  /** A single read of `key` already on its way (not a fresh one), as a batch would bring it: undefined when gone. */
  #singleInFlight(key: string): Promise<Resource | undefined> | undefined {
    const flight = this.#flights.get(`read ${key}`) as Flight<Resource> | undefined;
    if (!flight) return undefined;
    flight.waiting += 1; // the batch's callers need it now: its first caller giving up must not cancel it
    return flight.promise.catch((error: unknown) => {
      if (isLastingFailure(error)) return undefined;
      throw error;
    });
  }

  /** One read for a batch: undefined when the resource is gone or not allowed. Never joins #coming (its own batch). */
  async #readOrMissing(type: string, id: string): Promise<Resource | undefined> {
    const key = keyOf(type, id);
    try {
      return await this.#join(`read ${key}`, {}, (signal) => this.#source.read(type, id, { signal }));
    } catch (error) {
      if (isLastingFailure(error)) return undefined;
      throw error;
    }
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

/** The promise, or an AbortError as soon as the caller's signal fires (the work itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, operation: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError(operation, { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => reject(new AbortError(operation, { cause: signal.reason }));
    signal.addEventListener('abort', giveUp, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', giveUp));
  });
}
