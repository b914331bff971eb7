/**
 * A client's referrals to peer support: their referral Tasks (code `fulfill`) with the
 * ServiceRequest each one fulfils, in one search (`_include=Task:focus`), keeping those whose
 * request is a referral to peer support (SNOMED CT 461481000124109 or HCPCS H0038).
 */
import { resourcesIn } from '../fhir/json.js';
import { isPeerSupportReferral } from '../fhir/read/peer-support-referral.js';
import { idFromReference } from '../fhir/references.js';
import type { Resource, ServiceRequest, Task } from '../fhir/types.js';
import type { DataSource } from './data-source.js';

export interface TaskWithRequest {
  task: Task;
  serviceRequest?: ServiceRequest;
}

/** Pairs each Task with the ServiceRequest it focuses on (when among `resources`), peer-support referrals only. */
export function peerSupportReferrals(input: unknown): TaskWithRequest[] {
  const resources = resourcesIn(input);
  const requests = new Map<string, ServiceRequest>();
  for (const resource of resources) {
    const request = resource as ServiceRequest;
    if (request?.resourceType === 'ServiceRequest' && typeof request.id === 'string') requests.set(request.id, request);
  }
  return resources.flatMap((resource) => {
    const task = resource as Task;
    if (task?.resourceType !== 'Task') return [];
    const id = idFromReference('ServiceRequest', task.focus?.reference);
    const serviceRequest = id ? requests.get(id) : undefined;
    return serviceRequest && isPeerSupportReferral(serviceRequest) ? [{ task, serviceRequest }] : [];
  });
}

export async function loadPatientReferrals(dataSource: DataSource, patient: string, signal: AbortSignal): Promise<TaskWithRequest[]> {
  const { resources, included } = await dataSource.search<Task>(
    'Task',
    { patient, code: 'fulfill', _include: 'Task:focus', _count: '100' },
    { signal },
  );
  const found: Resource[] = [...resources, ...included];
  // A server that ignores _include: read the requests the Tasks point at.
  const missing = resources.flatMap((task) => {
    const id = idFromReference('ServiceRequest', task.focus?.reference);
    return id && !found.some((r) => r.resourceType === 'ServiceRequest' && r.id === id) ? [id] : [];
  });
  if (missing.length)
    found.push(...(await dataSource.search('ServiceRequest', { _id: [...new Set(missing)].join(',') }, { signal })).resources);
  return peerSupportReferrals(found);
}
