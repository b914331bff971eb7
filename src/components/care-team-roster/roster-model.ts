/**
 * The roster's data logic as pure functions (no DOM, no Lit): filter by role, group by role or
 * organisation, sort by name or role, counts, the keyboard order and type-ahead matching.
 */
import { ROLE_CATEGORIES, type RoleCategory } from '../../model/role-category.js';
import type { TeamMember } from '../../model/team-member.js';

export const GROUP_BY = ['role', 'organization', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const SORT_BY = ['name', 'role'] as const;
export type SortBy = (typeof SORT_BY)[number];

/** Above this many rows the lists render through @lit-labs/virtualizer. */
export const VIRTUALIZE_ABOVE = 200;

/**
 * The virtualizer element's tag: the package's own `lit-virtualizer` registers itself without a
 * guard, so defining that tag could break a host that also uses it.
 */
export const VIRTUALIZER_TAG = 'care-roster-virtualizer';

export interface RosterOptions {
  groupBy: GroupBy;
  sort: SortBy;
  /** Only members of this role category; undefined for everyone. */
  filter?: RoleCategory | undefined;
}

export interface RosterGroup {
  /** Stable id: `role:<category>`, `org:<name>`, `org:` (no organisation) or `all`. */
  id: string;
  category?: RoleCategory;
  /** The organisation's name (grouping by organisation); undefined for "no organisation". */
  organization?: string;
  members: TeamMember[];
}

export interface RosterView {
  /** Current members that pass the filter, grouped and sorted. */
  groups: RosterGroup[];
  /** Members whose period has ended that pass the filter, sorted. */
  past: TeamMember[];
  /** Current + past members that pass the filter. */
  shown: number;
  total: number;
  /** Members per role category over the whole team (for the filter's options), in category order. */
  roleCounts: [RoleCategory, number][];
}

/** The view options from attribute values: anything unknown falls back to the defaults (role, name, everyone). */
export function rosterOptions(groupBy: string, sort: string, filter: string): RosterOptions {
  return {
    groupBy: (GROUP_BY as readonly string[]).includes(groupBy) ? (groupBy as GroupBy) : 'role',
    sort: (SORT_BY as readonly string[]).includes(sort) ? (sort as SortBy) : 'name',
    filter: (ROLE_CATEGORIES as readonly string[]).includes(filter) ? (filter as RoleCategory) : undefined,
  };
}

/** Case- and accent-insensitive form of a string ("Ólafur" → "olafur"). */
export function fold(text: string): string {
  // Plain ASCII has no accents to strip: skip the (costly) normalisation for most names.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().trim();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The member's folded name; unnamed members fold to ''. Not cached: folding is cheaper than a
 * WeakMap entry per member, which a 10,000-member team paid on every load.
 */
export function foldedName(member: TeamMember): string {
  return member.name === undefined ? '' : fold(member.name);
}

const categoryIndex = new Map<RoleCategory, number>(ROLE_CATEGORIES.map((category, index) => [category, index]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted by name (unnamed members last) or by role then name, each folded name computed once.
 * Folded keys rather than Intl.Collator: a collator costs ~25 ms per 10,000 names; folding gives
 * the same order for Latin-script names in most locales.
 */
export function sortMembers(members: readonly TeamMember[], sort: SortBy): TeamMember[] {
  const keyed = members.map((member) => ({
    member,
    name: foldedName(member),
    rank: sort === 'role' ? (categoryIndex.get(member.category) ?? 0) : 0,
  }));
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (!a.name !== !b.name) return a.name ? -1 : 1;
    return compareText(a.name, b.name) || compareText(a.member.name ?? '', b.member.name ?? '') || compareText(a.member.key, b.member.key);
  });
  return keyed.map((entry) => entry.member);
}

/** The members of one role category, or everyone (the same list: callers do not change it). */
export function filterMembers(members: readonly TeamMember[], filter: RoleCategory | undefined): readonly TeamMember[] {
  return filter ? members.filter((member) => member.category === filter) : members;
}

/** Members bucketed by a key, in first-seen order of the keys. */
function bucket<K>(members: readonly TeamMember[], keyOf: (member: TeamMember) => K): Map<K, TeamMember[]> {
  const buckets = new Map<K, TeamMember[]>();
  for (const member of members) {
    const key = keyOf(member);
    const list = buckets.get(key);
    if (list) list.push(member);
    else buckets.set(key, [member]);
  }
  return buckets;
}

/**
 * By role in the categories' order (peer specialists first); by organisation alphabetically, "no
 * organisation" last; each group sorted. Bucketing before sorting: a large team's groups sort in
 * fewer comparisons than the whole team at once.
 */
export function groupMembers(members: readonly TeamMember[], groupBy: GroupBy, sort: SortBy): RosterGroup[] {
  if (groupBy === 'role') {
    const byRole = bucket(members, (member) => member.category);
    return ROLE_CATEGORIES.flatMap((category) => {
      const group = byRole.get(category);
      return group ? [{ id: `role:${category}`, category, members: sortMembers(group, sort) }] : [];
    });
  }
  if (groupBy === 'organization') {
    const byName = bucket(members, (member) => member.organization?.name?.trim() ?? '');
    const names = [...byName.keys()].sort((a, b) => (!a !== !b ? (a ? -1 : 1) : compareText(fold(a), fold(b))));
    return names.map((name) => ({
      id: `org:${name}`,
      ...(name ? { organization: name } : {}),
      members: sortMembers(byName.get(name) as TeamMember[], sort),
    }));
  }
  return members.length ? [{ id: 'all', members: sortMembers(members, sort) }] : [];
}

export function countByRole(members: readonly TeamMember[]): [RoleCategory, number][] {
  const counts = new Map<RoleCategory, number>();
  for (const { category } of members) counts.set(category, (counts.get(category) ?? 0) + 1);
  return ROLE_CATEGORIES.flatMap((category) => {
    const count = counts.get(category);
    return count ? [[category, count] as [RoleCategory, number]] : [];
  });
}

export function buildRosterView(members: readonly TeamMember[], options: RosterOptions): RosterView {
  const shown = filterMembers(members, options.filter);
  const current: TeamMember[] = [];
  const past: TeamMember[] = [];
  for (const member of shown) (member.active ? current : past).push(member);
  return {
    groups: groupMembers(current, options.groupBy, options.sort),
    past: sortMembers(past, options.sort),
    shown: shown.length,
    total: members.length,
    roleCounts: countByRole(members),
  };
}

/** The rows in keyboard order: the groups' members, then the past members when they are shown. */
export function navigationOrder(view: RosterView, includePast: boolean): TeamMember[] {
  const order = view.groups.flatMap((group) => group.members);
  return includePast ? order.concat(view.past) : order;
}

/**
 * Type-ahead: the index of the first member, searching from `from` and wrapping around, whose
 * folded name starts with the folded query; -1 when none does.
 */
export function findByTypeahead(order: readonly TeamMember[], query: string, from: number): number {
  const wanted = fold(query);
  if (!wanted || order.length === 0) return -1;
  const start = ((from % order.length) + order.length) % order.length;
  for (let step = 0; step < order.length; step += 1) {
    const index = (start + step) % order.length;
    if (foldedName(order[index]).startsWith(wanted)) return index;
  }
  return -1;
}

/** True when the roster should virtualize its lists for this many rows. */
export function shouldVirtualize(rows: number): boolean {
  return rows > VIRTUALIZE_ABOVE;
}
