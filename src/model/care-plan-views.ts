/**
 * The care-plan panel's two views of a plan, "by goal" and "by team member", and the "peer support only"
 * filter. Pure: no DOM. An activity that serves several goals (or has several performers) is shown
 * in full once, in its first group, and as a short pointer in the others, so no control or id is
 * rendered twice.
 */
import type { Activity, CarePlan, Goal } from './care-plan.js';
import type { ParticipantRef } from './team-member.js';
// The one reference parser; a leaf module (no model, no DOM), so the model takes no FHIR reader with it.
import { referenceParts } from '../fhir/references.js';

export const PLAN_VIEWS = ['goal', 'member'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

export interface ActivityEntry {
  activity: Activity;
  /** True in the one group where the activity is shown in full. */
  primary: boolean;
}

export interface GoalGroup {
  /** The goal's key; '' for activities that serve no goal. */
  key: string;
  /** Undefined when the goal is not among the plan's readable goals (see `goalLabel`). */
  goal: Goal | undefined;
  entries: ActivityEntry[];
}

export interface MemberGroup {
  /** Stable per person: normalised reference, else name; '' for activities nobody is assigned to. */
  key: string;
  member: ParticipantRef | undefined;
  entries: ActivityEntry[];
}

/** A peer specialist performs (or shares) it. */
export function isPeerActivity(activity: Activity): boolean {
  return activity.performers.some((performer) => performer.isPeer);
}

export function peerOnly(activities: readonly Activity[]): Activity[] {
  return activities.filter(isPeerActivity);
}

/** The key a performer is grouped by: the same person referenced twice lands in one group. */
export function memberKey(performer: ParticipantRef): string {
  const parsed = performer.reference ? referenceParts(performer.reference) : undefined;
  if (parsed) return `${parsed.type}/${parsed.id}`;
  return performer.reference ?? (performer.name ? `name:${performer.name}` : '?');
}

/** Groups in `order` (then any other key in order of appearance), each activity primary once. */
function group<T extends { key: string; entries: ActivityEntry[] }>(
  activities: readonly Activity[],
  keysOf: (activity: Activity) => string[],
  order: readonly string[],
  make: (key: string) => T,
): T[] {
  const groups = new Map<string, T>(order.map((key) => [key, make(key)]));
  for (const activity of activities) {
    const keys = keysOf(activity);
    for (const key of keys.length > 0 ? keys : ['']) if (!groups.has(key)) groups.set(key, make(key));
  }
  const placed = new Set<number>();
  // Groups are filled in display order so "primary" is the first place a reader meets the activity.
  const ordered = [...groups.values()].sort((a, b) => Number(a.key === '') - Number(b.key === ''));
  for (const target of ordered) {
    for (const activity of activities) {
      const keys = keysOf(activity);
      if (!(keys.length > 0 ? keys.includes(target.key) : target.key === '')) continue;
      target.entries.push({ activity, primary: !placed.has(activity.index) });
      placed.add(activity.index);
    }
  }
  return ordered;
}

/**
 * Every goal of the plan (also those no activity serves yet), then goals the plan references but
 * that could not be read (`unread`, e.g. not loaded), then the activities that serve no goal. With
 * `onlyWithActivities` (the peer filter), goals without a matching activity are left out.
 */
export function groupByGoal(
  plan: CarePlan,
  activities: readonly Activity[],
  onlyWithActivities = false,
  unread: readonly string[] = [],
): GoalGroup[] {
  const goals = new Map(plan.goals.map((goal) => [goal.key, goal]));
  const groups = group(
    activities,
    (activity) => [...new Set(activity.goalKeys)],
    [...new Set([...goals.keys(), ...unread])],
    (key): GoalGroup => ({ key, goal: goals.get(key), entries: [] }),
  );
  return groups.filter((g) => g.entries.length > 0 || (g.key !== '' && !onlyWithActivities));
}

/** Who does what: one group per performer, in order of first appearance; unassigned last. */
export function groupByMember(activities: readonly Activity[]): MemberGroup[] {
  const members = new Map<string, ParticipantRef>();
  for (const performer of activities.flatMap((activity) => activity.performers)) {
    const key = memberKey(performer);
    if (!members.has(key)) members.set(key, performer);
  }
  return group(
    activities,
    (activity) => [...new Set(activity.performers.map(memberKey))],
    [...members.keys()],
    (key): MemberGroup => ({ key, member: members.get(key), entries: [] }),
  ).filter((g) => g.entries.length > 0);
}
