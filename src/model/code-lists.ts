/**
 * The model's code lists: the `as const` arrays that the types, the zod schemas (./schemas/),
 * the read mappers, stories and tests all read. A leaf module (it imports nothing), so the
 * schemas take their codes from here and each concept's module (./care-plan.ts, ...) re-exports
 * them with its types and helpers: imports go one way, concept -> schema -> code list.
 */

// common

export const TELECOM_SYSTEMS = ['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'] as const;
export type TelecomSystem = (typeof TELECOM_SYSTEMS)[number];

// problems

export const PROBLEM_CODES = [
  'not-an-object',
  'wrong-resource-type',
  'missing',
  'wrong-type',
  'unknown-code',
  'unresolved-reference',
  'invariant',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

// team-member

/** What the FHIR member reference points at (CareTeam.participant.member's allowed targets). */
export const MEMBER_KINDS = [
  'practitioner',
  'practitioner-role',
  'related-person',
  'patient',
  'organization',
  'care-team',
  'unknown',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

// care-team

/** R4 CareTeam.status. */
export const CARE_TEAM_STATUSES = ['proposed', 'active', 'suspended', 'inactive', 'entered-in-error'] as const;
export type CareTeamStatus = (typeof CARE_TEAM_STATUSES)[number];

// care-plan

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

// referral

/** R4 Task.status: the referral's status is its Task's status. */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** How soon the client should be contacted. Maps to ServiceRequest.priority (see URGENCY_PRIORITY). */
export const URGENCIES = ['routine', 'soon', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** administrative-gender, for a preferred peer's gender. */
export const PEER_GENDERS = ['male', 'female', 'other', 'unknown'] as const;

// peer-role

/** SAMHSA core competencies for peer workers (2015), numbered 1..12 as SAMHSA numbers them. */
export const SAMHSA_COMPETENCIES = [
  { code: 1, label: 'Engages peers in collaborative and caring relationships' },
  { code: 2, label: 'Provides support' },
  { code: 3, label: 'Shares lived experiences of recovery' },
  { code: 4, label: 'Personalises peer support' },
  { code: 5, label: 'Supports recovery planning' },
  { code: 6, label: 'Links to resources, services and supports' },
  { code: 7, label: 'Provides information about skills related to health, wellness and recovery' },
  { code: 8, label: 'Helps peers manage crises' },
  { code: 9, label: 'Values communication' },
  { code: 10, label: 'Supports collaboration and teamwork' },
  { code: 11, label: 'Promotes leadership and advocacy' },
  { code: 12, label: 'Promotes growth and development' },
] as const;
export type CompetencyCode = (typeof SAMHSA_COMPETENCIES)[number]['code'];

/** N.A.P.S. national practice guidelines: the 12 values of peer support. */
export const NAPS_VALUES = [
  { code: 'voluntary', label: 'Voluntary' },
  { code: 'hopeful', label: 'Hopeful' },
  { code: 'open-minded', label: 'Open-minded' },
  { code: 'empathetic', label: 'Empathetic' },
  { code: 'respectful', label: 'Respectful' },
  { code: 'facilitate-change', label: 'Facilitate change' },
  { code: 'honest-and-direct', label: 'Honest and direct' },
  { code: 'mutual-and-reciprocal', label: 'Mutual and reciprocal' },
  { code: 'equally-shared-power', label: 'Equally shared power' },
  { code: 'strengths-focused', label: 'Strengths-focused' },
  { code: 'transparent', label: 'Transparent' },
  { code: 'person-driven', label: 'Person-driven' },
] as const;
export type NapsValueCode = (typeof NAPS_VALUES)[number]['code'];

export const LIVED_EXPERIENCE_AUDIENCES = ['team', 'client', 'both'] as const;
export type LivedExperienceAudience = (typeof LIVED_EXPERIENCE_AUDIENCES)[number];

export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
