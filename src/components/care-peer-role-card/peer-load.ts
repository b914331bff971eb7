/**
 * Connected mode: reads the PractitionerRole, then what it references (its Practitioner, its
 * Organization, the supervisor's PractitionerRole or Practitioner, and that role's Practitioner)
 * through the provider's data source. Only relative `Type/id` references are followed: an absolute
 * URL names another server, and reading its `Type/id` here could show someone else.
 */
import type { DataSource } from '../../data/data-source.js';
import { isDataSourceError } from '../../data/errors.js';
import { readPeerRole } from '../../fhir/read/practitioner-role.js';
import type { Resource } from '../../fhir/types.js';

export interface LoadedPeer {
  role: Resource;
  resources: Resource[];
}

const RELATIVE = /^(Practitioner|PractitionerRole|Organization)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

function referenceAt(resource: Resource | undefined, key: string): string | undefined {
  const value = resource?.[key] as { reference?: unknown } | undefined;
  return typeof value?.reference === 'string' ? value.reference : undefined;
}

/**
 * Reads each reference once. A referenced resource that is gone or not allowed (404, 403: not
 * retryable) is skipped and the card uses the reference's display; a failure that a retry may fix
 * fails the whole load, so the user gets the retry button rather than a silently thinner card.
 */
async function readAll(source: DataSource, references: (string | undefined)[], signal: AbortSignal): Promise<Resource[]> {
  const targets = [...new Set(references)].flatMap((reference) => {
    const match = reference ? RELATIVE.exec(reference) : null;
    return match ? [{ type: match[1]!, id: match[2]! }] : [];
  });
  const results = await Promise.allSettled(targets.map(({ type, id }) => source.read(type, id, { signal })));
  return results.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value];
    if (isDataSourceError(result.reason) && !result.reason.retryable && result.reason.kind !== 'aborted') return [];
    throw result.reason;
  });
}

export async function loadPeer(source: DataSource, id: string, signal: AbortSignal): Promise<LoadedPeer> {
  const role = await source.read('PractitionerRole', id, { signal });
  const supervisor = readPeerRole(role).value?.supervision?.supervisorReference;
  const first = await readAll(source, [referenceAt(role, 'practitioner'), referenceAt(role, 'organization'), supervisor], signal);
  const supervisorRole = first.find((resource) => resource.resourceType === 'PractitionerRole');
  const second = supervisorRole ? await readAll(source, [referenceAt(supervisorRole, 'practitioner')], signal) : [];
  return { role, resources: [...first, ...second] };
}
