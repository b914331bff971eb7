// MemoryRepository with the behaviour of a real server that Medplum's in-memory store lacks:
// every write is validated, version ids count up ("1", "2", ...) like HAPI's, and a transaction
// that fails leaves no partial writes behind (Medplum's MemoryRepository ignores transactions).
import { MemoryRepository } from '@medplum/fhir-router';
import { assertValidResource } from './validate.mjs';

export class ServerRepository extends MemoryRepository {
  /** Nesting depth of withTransaction: only the outermost call snapshots and restores. */
  #depth = 0;

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
    return super.createResource({ ...resource, id, meta });
  }

  /**
   * @template T
   * @param {(client: undefined) => Promise<T>} callback
   * @returns {Promise<T>}
   */
  async withTransaction(callback) {
    const snapshot = this.#depth === 0 ? this.snapshot() : undefined;
    this.#depth += 1;
    try {
      return await callback(undefined);
    } catch (err) {
      if (snapshot) this.restore(snapshot);
      throw err;
    } finally {
      this.#depth -= 1;
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
    const self = /** @type {{ resources: Map<string, Map<string, unknown>>; history: Map<string, Map<string, unknown[]>> }} */ (
      /** @type {unknown} */ (this)
    );
    return { resources: self.resources, history: self.history };
  }
}
