/**
 * The kinds of role a care-team member can play. One `as const` array drives the type, the
 * schema, the stories and the tests. English text is the default; elements localise through the
 * keys in src/shared/role-badge.ts (`role.<category>.label`, `role.<category>.responsibility`). The schema is in schemas/role-category.ts.
 */
export const ROLE_CATEGORIES = [
  'peer-specialist',
  'psychiatrist',
  'therapist',
  'case-manager',
  'community-health-worker',
  'nurse',
  'primary-care',
  'supervisor',
  'client',
  'family',
  'other',
] as const;

export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

export const ROLE_CATEGORY_LABELS: Readonly<Record<RoleCategory, string>> = {
  'peer-specialist': 'Peer specialist',
  psychiatrist: 'Psychiatrist',
  therapist: 'Therapist',
  'case-manager': 'Case manager',
  'community-health-worker': 'Community health worker',
  nurse: 'Nurse',
  'primary-care': 'Primary care',
  supervisor: 'Supervisor',
  client: 'Client',
  family: 'Family or carer',
  other: 'Team member',
};

/** One line each: what this role does in a recovery-oriented team. */
export const DEFAULT_RESPONSIBILITIES: Readonly<Record<RoleCategory, string>> = {
  'peer-specialist': 'Walks alongside the client from shared lived experience: hope, support, advocacy and links to resources.',
  psychiatrist: 'Diagnoses, prescribes and reviews medication, and leads on psychiatric care.',
  therapist: 'Provides talking therapy and counselling towards the goals the client sets.',
  'case-manager': 'Coordinates services, benefits, housing and appointments across the team.',
  'community-health-worker': 'Connects the client with community services and health information close to home.',
  nurse: 'Provides nursing care, monitors health and supports medication.',
  'primary-care': 'Looks after physical health and coordinates with the wider team.',
  supervisor: 'Guides, trains and supports team members in their role.',
  client: 'The person at the centre of the plan, who sets their own goals.',
  family: 'Supports the client as chosen by the client.',
  other: 'Contributes to the client’s care.',
};
