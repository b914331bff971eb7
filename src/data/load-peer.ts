/**
 * Connected mode: reads the PractitionerRole, then what it references (its Practitioner, its
 * Organization, the supervisor's PractitionerRole or Practitioner, and that role's Practitioner)
 * through the provider's data source (see readReferenced: relative references only, a resource
 * that is gone or not allowed is skipped, a failure a retry may fix fails the load).
 */
import type { DataSource } from './data-source.js';
import { readReferenced } from './read-referenced.js';
import { readPeerRole } from '../fhir/read/practitioner-role.js';
import type { Resource } from '../fhir/types.js';

export interface LoadedPeer {
  role: Resource;
  resources: Resource[];
}

const TYPES = ['Practitioner', 'PractitionerRole', 'Organization'];

function referenceAt(resource: Resource | undefined, key: string): string | undefined {
  const value = resource?.[key] as { reference?: unknown } | undefined;
  return typeof value?.reference === 'string' ? value.reference : undefined;
}

export async function loadPeer(source: DataSource, id: string, signal: AbortSignal): Promise<LoadedPeer> {
  const role = await source.read('PractitionerRole', id, { signal });
  const supervisor = readPeerRole(role).value?.supervision?.supervisorReference;
  const known = new Set([`PractitionerRole/${id}`]);
  const first = await readReferenced(source, [referenceAt(role, 'practitioner'), referenceAt(role, 'organization'), supervisor], {
    signal,
    known,
    types: TYPES,
  });
  const supervisorRole = first.find((resource) => resource.resourceType === 'PractitionerRole');
  const second = supervisorRole
    ? await readReferenced(source, [referenceAt(supervisorRole, 'practitioner')], { signal, known, types: TYPES })
    : [];
  return { role, resources: [...first, ...second] };
}
