/**
 * Connected mode for the referral inbox: everything it shows, read through the provider's data
 * source, as one list of resources for `readReferralInbox`:
 * - the programme (`HealthcareService/<id>`, with its providing Organization; or an Organization,
 *   with its HealthcareServices, where the SDOHCC capacity status lives);
 * - the programme's PractitionerRoles with their Practitioners (the peers and their capacity);
 * - referral Tasks (`code=fulfill`) with their ServiceRequests (`_include=Task:focus`), newest
 *   change first, and the clients' information-disclosure Consents (`Consent?patient=…&category=IDSCL`);
 * - the clients, the referring clinicians' roles, and their practitioners and organisations.
 * A referenced resource that is gone or not allowed is left out (its display text is shown).
 */
import type { DataSource } from './data-source.js';
import { readReferenced } from './read-referenced.js';
import { parseRelativeReference } from '../fhir/references.js';
import { isObject } from '../fhir/json.js';
import type { Resource } from '../fhir/types.js';
import { InvalidRequestError } from './errors.js';

/** At most this many referral Tasks per load (one page of the search). */
export const INBOX_PAGE_SIZE = 200;

const refOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.reference === 'string' ? value.reference : undefined;
const refsOf = (resources: readonly Resource[], key: string): (string | undefined)[] =>
  resources.flatMap((resource) => {
    const value = resource[key];
    return Array.isArray(value) ? value.map(refOf) : [refOf(value)];
  });

async function loadProgramme(
  source: DataSource,
  programme: string,
  signal: AbortSignal,
): Promise<{ organization?: string; resources: Resource[] }> {
  const target = parseRelativeReference(programme);
  if (target?.type === 'HealthcareService') {
    const service = await source.read<Resource>('HealthcareService', target.id, { signal });
    const organization = refOf(service.providedBy);
    return { ...(organization ? { organization } : {}), resources: [service] };
  }
  if (target?.type === 'Organization') {
    const services = await source.search<Resource>('HealthcareService', { organization: programme }, { signal });
    return { organization: programme, resources: services.resources };
  }
  throw new InvalidRequestError('load the referral inbox', 'programme is not an Organization or HealthcareService reference.');
}

export async function loadReferralInbox(source: DataSource, programme: string, signal: AbortSignal): Promise<Resource[]> {
  const known = new Set<string>();
  const { organization, resources: programmeResources } = await loadProgramme(source, programme, signal);
  const [roles, tasks] = await Promise.all([
    organization
      ? source.search<Resource>('PractitionerRole', { organization, _include: 'PractitionerRole:practitioner' }, { signal })
      : Promise.resolve({ resources: [], included: [], truncated: false }),
    source.search<Resource>(
      'Task',
      { code: 'fulfill', _include: 'Task:focus', _sort: '-_lastUpdated', _count: String(INBOX_PAGE_SIZE) },
      { signal, maxPages: 1 },
    ),
  ]);
  const requests = tasks.included.filter((resource) => resource.resourceType === 'ServiceRequest');
  const all = [...programmeResources, ...roles.resources, ...roles.included, ...tasks.resources, ...requests];
  for (const resource of all) known.add(`${resource.resourceType}/${String(resource.id)}`);
  const clients = [...new Set(refsOf(tasks.resources, 'for').filter((ref): ref is string => ref !== undefined))];
  const consents = clients.length
    ? await source.search<Resource>('Consent', { patient: clients.join(','), category: 'IDSCL' }, { signal })
    : undefined;
  const firstRound = await readReferenced(
    source,
    [...refsOf(tasks.resources, 'for'), ...refsOf(requests, 'requester'), ...(organization ? [organization] : [])],
    { signal, known },
  );
  const secondRound = await readReferenced(source, [...refsOf(firstRound, 'practitioner'), ...refsOf(firstRound, 'organization')], {
    signal,
    known,
    types: ['Practitioner', 'Organization'],
  });
  return [...all, ...(consents?.resources ?? []), ...firstRound, ...secondRound];
}
