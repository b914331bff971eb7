/**
 * Connected mode: loading a CarePlan (by id, or the patient's active plans) and the care teams and
 * goals it references, through the provider's DataSource. A reference that cannot be loaded is
 * left out: the panel then shows its display text, not an error.
 */
import type { DataSource } from './data-source.js';
import { readCarePlan } from '../fhir/read/care-plan.js';
import { parseReference } from '../fhir/references.js';
import type { Resource } from '../fhir/types.js';

export interface LoadedPlan {
  plan: Resource;
  /** The CareTeams and Goals the plan references, as far as they could be loaded. */
  resources: Resource[];
}

/** Loads what the plan references but does not contain (care teams and goals), in parallel. */
export async function loadReferences(dataSource: DataSource, plan: Resource, signal: AbortSignal): Promise<Resource[]> {
  const missing = readCarePlan(plan).value?.unresolvedReferences ?? [];
  const targets = missing.flatMap((reference) => parseReference(reference) ?? []);
  const settled = await Promise.allSettled(targets.map(({ type, id }) => dataSource.read(type, id, { signal })));
  signal.throwIfAborted();
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export async function loadPlan(dataSource: DataSource, id: string, signal: AbortSignal, known?: Resource): Promise<LoadedPlan> {
  const plan = known ?? (await dataSource.read<Resource>('CarePlan', id, { signal }));
  return { plan, resources: await loadReferences(dataSource, plan, signal) };
}

/** The patient's active care plans (`CarePlan?subject=Patient/x&status=active`), in server order. */
export async function findActivePlans(dataSource: DataSource, patient: string, signal: AbortSignal): Promise<Resource[]> {
  const result = await dataSource.search<Resource>('CarePlan', { subject: patient, status: 'active' }, { signal });
  return result.resources.filter((plan) => typeof plan.id === 'string');
}
