/** Every element tag of the package: one CDN module each (dist/cdn/elements/<tag>.js). */
export const ELEMENT_TAGS = [
  'care-team-provider',
  'care-peer-role-card',
  'care-team-roster',
  'care-referral-button',
  'care-plan-panel',
  'care-referral-inbox',
  'care-referral-list',
] as const;
