/**
 * A DataSource over resources held in memory, for stories (Storybook has no FHIR server). It
 * answers read, simple searches (by `_id`, reference parameters and `status`), conditional create
 * and versioned update, and can be told to stay pending or fail, to show loading and error states.
 * Tests use the real in-memory HTTP server instead; this is only for previews.
 */
import type { DataSource, SearchParams, SearchResult, CreateOptions, UpdateOptions } from '../../src/data/data-source.js';
import { ConflictError, NetworkError, NotFoundError } from '../../src/data/errors.js';
import type { Bundle, Resource } from '../../src/fhir/types.js';
import seed from '../../demo/seed/sample-team.bundle.json' with { type: 'json' };

export type MemoryMode = 'normal' | 'pending' | 'fail';

const REFERENCE_PARAMS: Record<string, string[]> = {
  subject: ['subject'],
  patient: ['subject', 'patient', 'for'],
  for: ['for'],
  focus: ['focus'],
  owner: ['owner'],
  requester: ['requester'],
};

function referencesOf(resource: Resource, fields: string[]): string[] {
  return fields.flatMap((field) => {
    const value = resource[field] as { reference?: string } | { reference?: string }[] | undefined;
    return (Array.isArray(value) ? value : [value]).map((ref) => ref?.reference).filter((ref): ref is string => !!ref);
  });
}

function matches(resource: Resource, params: URLSearchParams): boolean {
  for (const [name, value] of params) {
    if (name.startsWith('_') && name !== '_id') continue;
    if (name === '_id' && !value.split(',').includes(String(resource.id))) return false;
    if (name === 'status' && !value.split(',').includes(String(resource['status']))) return false;
    const fields = REFERENCE_PARAMS[name];
    if (fields && !value.split(',').some((one) => referencesOf(resource, fields).includes(one))) return false;
    if (name === 'identifier') {
      const identifiers = (resource['identifier'] as { system?: string; value?: string }[] | undefined) ?? [];
      if (!identifiers.some((id) => `${id.system}|${id.value}` === value || id.value === value)) return false;
    }
  }
  return true;
}

export class MemoryDataSource implements DataSource {
  private readonly store = new Map<string, Resource>();
  private counter = 0;

  constructor(
    resources: readonly Resource[] = seedResources(),
    public mode: MemoryMode = 'normal',
  ) {
    for (const resource of resources) this.store.set(`${resource.resourceType}/${resource.id}`, structuredClone(resource));
  }

  private async settle<T>(produce: () => T): Promise<T> {
    if (this.mode === 'pending') return new Promise<T>(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.mode === 'fail') throw new NetworkError('read');
    return structuredClone(produce());
  }

  read<T extends Resource = Resource>(type: string, id: string): Promise<T> {
    return this.settle(() => {
      const found = this.store.get(`${type}/${id}`);
      if (!found) throw new NotFoundError(`read ${type}`, 404);
      return found as T;
    });
  }

  search<T extends Resource = Resource>(type: string, params: SearchParams = {}): Promise<SearchResult<T>> {
    const query =
      params instanceof URLSearchParams
        ? params
        : new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])));
    return this.settle(() => {
      const all = [...this.store.values()];
      const resources = all.filter((resource) => resource.resourceType === type && matches(resource, query)) as T[];
      // Stories only: return every other resource as "included" so references resolve.
      const included = query.has('_include') || query.has('_revinclude') ? all.filter((resource) => resource.resourceType !== type) : [];
      return { resources, included, total: resources.length, truncated: false };
    });
  }

  create<T extends Resource>(resource: T, options: CreateOptions = {}): Promise<T> {
    return this.settle(() => {
      if (options.ifNoneExist) {
        const existing = [...this.store.values()].find(
          (r) => r.resourceType === resource.resourceType && matches(r, new URLSearchParams(options.ifNoneExist)),
        );
        if (existing) return existing as T;
      }
      const id = `mem-${++this.counter}`;
      const created = { ...resource, id, meta: { versionId: '1', lastUpdated: new Date().toISOString() } };
      this.store.set(`${resource.resourceType}/${id}`, created);
      return created;
    });
  }

  update<T extends Resource>(resource: T, options: UpdateOptions = {}): Promise<T> {
    return this.settle(() => {
      const key = `${resource.resourceType}/${resource.id}`;
      const current = this.store.get(key);
      const expected = options.ifMatch === false ? undefined : (options.ifMatch ?? resource.meta?.versionId)?.replace(/^W\/"|"$/g, '');
      if (current && expected && current.meta?.versionId !== expected) throw new ConflictError(`update ${resource.resourceType}`, 412);
      const version = String(Number(current?.meta?.versionId ?? '0') + 1);
      const updated = { ...resource, meta: { ...resource.meta, versionId: version, lastUpdated: new Date().toISOString() } };
      this.store.set(key, updated);
      return updated;
    });
  }
}

/** The demo's sample team (the same seed the in-memory server loads). */
export function seedResources(): Resource[] {
  return ((seed as unknown as Bundle).entry ?? []).map((entry) => entry.resource).filter((r): r is Resource => !!r);
}
