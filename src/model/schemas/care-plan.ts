/** The zod schemas of care-plan.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { ACTIVITY_STATUSES, CARE_PLAN_INTENTS, CARE_PLAN_STATUSES, GOAL_LIFECYCLE_STATUSES } from '../code-lists.js';
import { CareTeamSchema } from './care-team.js';
import { DateRangeSchema, NoteSchema, SubjectSchema } from './common.js';
import { ParticipantRefSchema } from './team-member.js';

export const GoalTargetSchema = z.object({
  measure: z.optional(z.string()),
  detail: z.optional(z.string()),
  dueDate: z.optional(z.string()),
});
export type GoalTarget = z.infer<typeof GoalTargetSchema>;

export const GoalSchema = z.object({
  id: z.optional(z.string()),
  /** How activities point at this goal: "#id" when contained, else "Goal/id". */
  key: z.string(),
  description: z.string(),
  expressedBy: z.optional(
    z.object({
      name: z.optional(z.string()),
      reference: z.optional(z.string()),
      /** Said by the client: the panel shows these in the client's own words. */
      isClient: z.boolean(),
    }),
  ),
  lifecycleStatus: z.optional(z.enum(GOAL_LIFECYCLE_STATUSES)),
  achievementStatus: z.optional(z.string()),
  targets: z.array(GoalTargetSchema),
  statusReason: z.optional(z.string()),
});
export type Goal = z.infer<typeof GoalSchema>;

export const ActivitySchema = z.object({
  /** Position in CarePlan.activity; the write builders address activities by it. */
  index: z.number(),
  /** 'detail': status editable in the plan; 'reference': status lives in another resource. */
  source: z.enum(['detail', 'reference']),
  description: z.optional(z.string()),
  status: z.enum(ACTIVITY_STATUSES),
  scheduled: z.optional(z.object({ text: z.optional(z.string()), start: z.optional(z.string()), end: z.optional(z.string()) })),
  performers: z.array(ParticipantRefSchema),
  goalKeys: z.array(z.string()),
  /** Newest first. */
  progress: z.array(NoteSchema),
  reference: z.optional(z.string()),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const CarePlanSchema = z.object({
  id: z.optional(z.string()),
  /** For If-Match when the plan is updated. */
  versionId: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.enum(CARE_PLAN_STATUSES),
  intent: z.optional(z.enum(CARE_PLAN_INTENTS)),
  period: z.optional(DateRangeSchema),
  subject: z.optional(SubjectSchema),
  author: z.optional(ParticipantRefSchema),
  contributors: z.array(ParticipantRefSchema),
  careTeams: z.array(CareTeamSchema),
  goals: z.array(GoalSchema),
  activities: z.array(ActivitySchema),
  /** Newest first. */
  notes: z.array(NoteSchema),
  /** Care-team and goal references the data given could not resolve (a connected element loads them). */
  unresolvedReferences: z.array(z.string()),
});
export type CarePlan = z.infer<typeof CarePlanSchema>;
