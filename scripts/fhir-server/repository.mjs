// MemoryRepository with the behaviour of a real server that Medplum's in-memory store lacks:
// every write is validated, version ids count up ("1", "2", ...) like HAPI's, and a transaction
// that fails leaves no partial writes behind (Medplum's MemoryRepository ignores transactions).
// Listeners added with onWrite() hear of every committed write (after the transaction commits,
// never for a rolled-back one): the subscription hub turns Task writes into notifications.
import { MemoryRepository } from '@medplum/fhir-router';
import { assertValidResource } from './validate.mjs';

/** @typedef {{ resource: import('@medplum/fhirtypes').Resource; interaction: 'create' | 'update' }} WriteEvent */

export class ServerRepository extends MemoryRepository {
  /** Nesting depth of withTransaction: only the outermost call snapshots and restores. */
  #depth = 0;
  /** @type {Set<(event: WriteEvent) => void>} */
  #listeners = new Set();
  /** Writes made inside the current transaction, told to listeners once it commits. @type {WriteEvent[]} */
  #pending = [];

  /**
   * Calls `listener` after every committed write. Returns the function that removes it.
   * @param {(event: WriteEvent) => void} listener
   */
  onWrite(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Every write (create, update, patch, conditional and transaction entries) ends here.
   * @template {import('@medplum/fhirtypes').Resource} T
   * @param {T} resource
   */
  async createResource(resource) {
    assertValidResource(resource);
    const id = resource.id ?? this.generateId();
    const previous = this.#versions(resource.resourceType, id);
    const meta = { ...resource.meta, versionId: String(previous + 1), lastUpdated: new Date().toISOString() };
    const stored = await super.createResource({ ...resource, id, meta });
    this.#written({ resource: stored, interaction: previous === 0 ? 'create' : 'update' });
    return stored;
  }

  /** Current versions of every stored resource of a type. @param {string} type */
  listResources(type) {
    return /** @type {import('@medplum/fhirtypes').Resource[]} */ ([...(this.#maps().resources.get(type)?.values() ?? [])]);
  }

  /** @param {WriteEvent} event */
  #written(event) {
    if (this.#depth > 0) this.#pending.push(event);
    else this.#tell([event]);
  }

  /** @param {WriteEvent[]} events */
  #tell(events) {
    for (const event of events) {
      for (const listener of this.#listeners) {
        try {
          listener(event);
        } catch {
          // A listener's failure must not fail the write that has already been committed.
        }
      }
    }
  }

  /**
   * @template T
   * @param {(client: undefined) => Promise<T>} callback
   * @returns {Promise<T>}
   */
  async withTransaction(callback) {
    const outermost = this.#depth === 0;
    const snapshot = outermost ? this.snapshot() : undefined;
    if (outermost) this.#pending = [];
    this.#depth += 1;
    let committed = false;
    try {
      const result = await callback(undefined);
      committed = true;
      return result;
    } catch (err) {
      if (snapshot) this.restore(snapshot);
      throw err;
    } finally {
      this.#depth -= 1;
      if (outermost) {
        const events = this.#pending;
        this.#pending = [];
        if (committed) this.#tell(events);
      }
    }
  }

  /** A cheap copy of the store: stored resources are never mutated in place, only replaced. */
  snapshot() {
    const { resources, history } = this.#maps();
    return {
      resources: new Map([...resources].map(([type, byId]) => [type, new Map(byId)])),
      history: new Map([...history].map(([type, byId]) => [type, new Map([...byId].map(([id, v]) => [id, [...v]]))])),
    };
  }

  /** @param {ReturnType<ServerRepository['snapshot']>} snapshot */
  restore(snapshot) {
    const { resources, history } = this.#maps();
    resources.clear();
    history.clear();
    for (const [type, byId] of snapshot.resources) resources.set(type, new Map(byId));
    for (const [type, byId] of snapshot.history) history.set(type, new Map([...byId].map(([id, v]) => [id, [...v]])));
  }

  /** How many versions of a resource were ever stored (0 when new). */
  #versions(/** @type {string} */ type, /** @type {string} */ id) {
    return this.#maps().history.get(type)?.get(id)?.length ?? 0;
  }

  /** MemoryRepository's maps are TypeScript-private only, so plain JS can reach them. */
  #maps() {
    return /** @type {{ resources: Map<string, Map<string, unknown>>; history: Map<string, Map<string, unknown[]>> }} */ (
      /** @type {unknown} */ (this)
    );
  }
}
