/** The shared care plan: goals in the client's words, activities and who owns each, notes. */
import type { GoalTarget, Goal, Activity, CarePlan } from './schemas/care-plan.js';

export type { GoalTarget, Goal, Activity, CarePlan };
export {
  ACTIVITY_STATUSES,
  CARE_PLAN_INTENTS,
  CARE_PLAN_STATUSES,
  GOAL_LIFECYCLE_STATUSES,
  type ActivityStatus,
  type CarePlanIntent,
  type CarePlanStatus,
  type GoalLifecycleStatus,
} from './code-lists.js';
