/** The shared care plan: goals in the client's words, activities and who owns each, notes. */
import type { GoalTarget, Goal, Activity, CarePlan } from './schemas/care-plan.js';

export type { GoalTarget, Goal, Activity, CarePlan };

/** R4 CarePlan.status (request-status). */
export const CARE_PLAN_STATUSES = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'] as const;
export type CarePlanStatus = (typeof CARE_PLAN_STATUSES)[number];

/** R4 CarePlan.intent. */
export const CARE_PLAN_INTENTS = ['proposal', 'plan', 'order', 'option'] as const;
export type CarePlanIntent = (typeof CARE_PLAN_INTENTS)[number];

/** R4 Goal.lifecycleStatus. */
export const GOAL_LIFECYCLE_STATUSES = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
] as const;
export type GoalLifecycleStatus = (typeof GOAL_LIFECYCLE_STATUSES)[number];

/** R4 CarePlan.activity.detail.status. */
export const ACTIVITY_STATUSES = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

