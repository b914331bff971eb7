/**
 * Where a care-plan view's data enters: the FHIR CarePlan (given or loaded), extra Goals and the resources
 * its references point at, read once into the model, with every problem found. Pure: no DOM.
 */
import { readCarePlan } from './care-plan.js';
import { readGoal } from './goal.js';
import type { ReadContext } from './context.js';
import { createResolver, referenceKey } from '../references.js';
import type { CarePlan } from '../../model/care-plan.js';
import type { DataProblem } from '../../model/problems.js';
import { isObject, resourcesOf } from '../json.js';

export interface PlanSource {
  plan: unknown;
  /** Goals given besides the plan's own (the `goals` property). */
  goals?: readonly unknown[] | undefined;
  /** Referenced resources: an array (Bundles in it are read too) or one Bundle (any value: checked when read). */
  resources?: unknown;
  now?: Date | undefined;
}

export interface MappedPlan {
  plan: CarePlan | undefined;
  problems: DataProblem[];
  /** The plan's goal references by key with their display text (see `goalLabels`). */
  goalLabels: Map<string, string>;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The plan's goal references by key, with their `display` text ('' when none): every `goal` of the
 * plan, in order, then goal references of activities that carry a display. The panel shows a goal
 * it could not read under this text.
 */
export function goalLabels(plan: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  if (!isObject(plan)) return labels;
  const resolver = createResolver({ owner: plan });
  const details = list(plan.activity).map((activity) => (isObject(activity) && isObject(activity.detail) ? activity.detail : {}));
  const add = (reference: unknown, always: boolean) => {
    if (!isObject(reference) || typeof reference.reference !== 'string') return;
    const key = referenceKey(resolver, reference.reference);
    const display = typeof reference.display === 'string' ? reference.display : '';
    if ((always || display) && !labels.get(key)) labels.set(key, display);
  };
  for (const reference of list(plan.goal)) add(reference, true);
  for (const reference of details.flatMap((detail) => list(detail.goal))) add(reference, false);
  return labels;
}

/** A goal's problems under `goals[i]`; their messages already name the path inside the goal. */
const prefixed = (problems: readonly DataProblem[], prefix: string): DataProblem[] =>
  problems.map((problem) => ({ ...problem, path: problem.path ? `${prefix}.${problem.path}` : prefix }));

/** Reads the plan with its goals and references; extra `goals` the plan does not list are added. */
export function mapPlanSource(source: PlanSource): MappedPlan {
  const { resources } = source;
  const goals = list(source.goals);
  const context: ReadContext = {
    resources: [...(resourcesOf(resources) ?? []), ...goals],
    ...(source.now ? { now: source.now } : {}),
  };
  const { value, problems } = readCarePlan(source.plan, context);
  if (!value) return { plan: undefined, problems, goalLabels: new Map() };
  const known = new Set(value.goals.map((goal) => goal.key));
  const extra = goals.flatMap((goal, index) => {
    // A goal the plan already references was read (and its problems reported) with the plan.
    if (isObject(goal) && known.has(`Goal/${String(goal.id)}`)) return [];
    const read = readGoal(goal, context);
    problems.push(...prefixed(read.problems, `goals[${index}]`));
    if (!read.value || known.has(read.value.key)) return [];
    known.add(read.value.key);
    return [read.value];
  });
  return { plan: { ...value, goals: [...value.goals, ...extra] }, problems, goalLabels: goalLabels(source.plan) };
}
