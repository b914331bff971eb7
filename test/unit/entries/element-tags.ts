/** Every element tag of the package (DESIGN.md), for the entry tests. */
export const SHIPPED_TAGS = [
  'care-team-provider',
  'care-peer-role-card',
  'care-team-roster',
  'care-referral-button',
  'care-plan-panel',
] as const;
/** Plus wave 2: tested once `src/components/<tag>/<tag>.ts` exists. */
export const ELEMENT_TAGS: readonly string[] = [...SHIPPED_TAGS, 'care-referral-list', 'care-referral-inbox'];

/** `care-team-roster` → `CareTeamRoster`, the house naming rule for an element's class. */
export function className(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}
