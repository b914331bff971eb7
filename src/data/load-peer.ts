/**
 * Connected mode: reads the PractitionerRole and what it references (its Practitioner, its
 * Organization, the supervisor's PractitionerRole or Practitioner, and that role's Practitioner),
 * two levels deep: the role with `_include`, then the supervisor with theirs
 * through the provider's data source (see readReferenced: relative references only, a resource
 * that is gone or not allowed is skipped, a failure a retry may fix fails the load).
 */
import type { DataSource } from './data-source.js';
import { readReferenced } from './read-referenced.js';
import { readWithIncludes } from './read-with-includes.js';
import { isLastingFailure } from './read-by-ids.js';
import { parseRelativeReference } from '../fhir/references.js';
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

const ROLE_INCLUDES = ['PractitionerRole:practitioner', 'PractitionerRole:organization'];

/**
 * The role with its Practitioner and Organization (one request where the server can include them),
 * then its supervisor: a PractitionerRole with that role's Practitioner, or a Practitioner.
 */
export async function loadPeer(source: DataSource, id: string, signal: AbortSignal): Promise<LoadedPeer> {
  const { resource: role, included } = await readWithIncludes(source, 'PractitionerRole', id, ROLE_INCLUDES, signal);
  const supervisor = readPeerRole(role).value?.supervision?.supervisorReference;
  const known = new Set([`PractitionerRole/${id}`, ...included.map((resource) => `${resource.resourceType}/${String(resource.id)}`)]);
  const supervisorRoleId = supervisor === undefined ? undefined : parseRelativeReference(supervisor);
  const [first, supervision] = await Promise.all([
    readReferenced(source, [referenceAt(role, 'practitioner'), referenceAt(role, 'organization')], { signal, known, types: TYPES }),
    supervisorRoleId?.type === 'PractitionerRole' && !known.has(`PractitionerRole/${supervisorRoleId.id}`)
      ? loadSupervisorRole(source, supervisorRoleId.id, known, signal)
      : readReferenced(source, [supervisor], { signal, known, types: TYPES }),
  ]);
  return { role, resources: [...included, ...first, ...supervision] };
}

/**
 * The supervisor's PractitionerRole with its Practitioner (included, or read after). A role that
 * is gone or not allowed is left out, as any reference is: the card shows the reference's text.
 */
async function loadSupervisorRole(source: DataSource, id: string, known: Set<string>, signal: AbortSignal): Promise<Resource[]> {
  known.add(`PractitionerRole/${id}`);
  const found = await readWithIncludes(source, 'PractitionerRole', id, ['PractitionerRole:practitioner'], signal).catch(
    (error: unknown) => {
      if (isLastingFailure(error)) return undefined;
      throw error;
    },
  );
  if (!found) return [];
  const { resource, included } = found;
  for (const found of included) known.add(`${found.resourceType}/${String(found.id)}`);
  const practitioner = await readReferenced(source, [referenceAt(resource, 'practitioner')], { signal, known, types: TYPES });
  return [resource, ...included, ...practitioner];
}
