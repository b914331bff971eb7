/**
 * Connected mode: loading a CarePlan (by id, or the patient's active plans) and the care teams and
 * goals it references, through the provider's DataSource. A reference that cannot be loaded
 * because it is not there or not allowed is left out: the panel then shows its display text. A
 * failure that may pass (network, timeout, server error) fails the load, so the user can retry.
 */
import type { DataSource } from './data-source.js';
import { readReferenced } from './read-referenced.js';
import { readWithIncludes } from './read-with-includes.js';
import { readCarePlan } from '../fhir/read/care-plan.js';
import type { Resource } from '../fhir/types.js';

export interface LoadedPlan {
  plan: Resource;
  /** The CareTeams and Goals the plan references, as far as they could be loaded. */
  resources: Resource[];
}

/** One of the patient's active plans, as the plan picker offers it. */
export interface PlanChoice {
  id: string;
  title: string | undefined;
  /** `period.start`, when the plan has one. */
  start: string | undefined;
  plan: Resource;
}

/** At most this many reads in flight at once, however many references a plan holds. */
export const MAX_PARALLEL_READS = 60;

/** The plan's goals and care teams, asked for with the plan where the server can include them. */
const PLAN_INCLUDES = ['CarePlan:goal', 'CarePlan:care-team'];

/**
 * Loads what the plan references but does not contain (care teams and goals), a bounded number
 * at a time, except what is already in hand (`included`).
 */
export async function loadReferences(
  dataSource: DataSource,
  plan: Resource,
  signal: AbortSignal,
  included: Resource[] = [],
): Promise<Resource[]> {
  const known = new Set(included.map((resource) => `${resource.resourceType}/${String(resource.id)}`));
  const missing = readCarePlan(plan).value?.unresolvedReferences ?? [];
  return [...included, ...(await readReferenced(dataSource, missing, { signal, parallel: MAX_PARALLEL_READS, known }))];
}

/** The plan by id (or the one the picker already holds) and what it references. */
export async function loadPlan(dataSource: DataSource, id: string, signal: AbortSignal, known?: Resource): Promise<LoadedPlan> {
  const { resource: plan, included } = known
    ? { resource: known, included: [] }
    : await readWithIncludes(dataSource, 'CarePlan', id, PLAN_INCLUDES, signal);
  return { plan, resources: await loadReferences(dataSource, plan, signal, included) };
}

/** The patient's active care plans (`CarePlan?subject=Patient/x&status=active`), in server order. */
export async function findActivePlans(dataSource: DataSource, patient: string, signal: AbortSignal): Promise<PlanChoice[]> {
  const result = await dataSource.search<Resource>('CarePlan', { subject: patient, status: 'active' }, { signal });
  return result.resources.flatMap((plan) => (typeof plan.id === 'string' ? [planChoice(plan, plan.id)] : []));
}

/** The picker's view of a plan, read once where the list enters. */
function planChoice(plan: Resource, id: string): PlanChoice {
  const start = (plan.period as { start?: unknown } | undefined)?.start;
  return {
    id,
    title: typeof plan.title === 'string' && plan.title.trim() ? plan.title : undefined,
    start: typeof start === 'string' ? start : undefined,
    plan,
  };
}
