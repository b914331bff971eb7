/**
 * A peer specialist as the role card shows them. FHIR holds most of this on PractitionerRole and
 * Practitioner; what a peer does and does not do, competencies, values, supervision and the
 * lived-experience statement come from the project's extensions (src/fhir/extensions.ts).
 */
import type { Credential, Supervision, Availability, Unavailability, Language, LivedExperience, PeerRole } from './schemas/peer-role.js';

export type { Credential, Supervision, Availability, Unavailability, Language, LivedExperience, PeerRole };

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

/** What a peer does, after the SAMHSA 2012 expert-panel chart. Used when the data says nothing. */
export const DEFAULT_PEER_DOES = [
  'Shares lived experience of recovery',
  'Acts as a role model',
  'Sees the whole person',
  'Advocates for the person, inside and outside the programme',
  'Helps the person find and get resources',
  'Encourages, supports and praises',
  'Helps set personal goals',
] as const;

/** What a peer does not do; the other column of the same chart. */
export const DEFAULT_PEER_DOES_NOT = [
  'Give professional advice',
  'Act as an expert or authority figure',
  'See the person as a case or a diagnosis',
  'Represent the programme’s view',
  'Provide case management',
  'Diagnose, assess, treat, prescribe or provide therapy',
  'Mandate tasks or behaviour',
] as const;

/** Localisation keys parallel to the two lists above (same index, same meaning). */
export const DEFAULT_PEER_DOES_KEYS = DEFAULT_PEER_DOES.map((_, index) => `peer.does.${index + 1}`);
export const DEFAULT_PEER_DOES_NOT_KEYS = DEFAULT_PEER_DOES_NOT.map((_, index) => `peer.does-not.${index + 1}`);

export const LIVED_EXPERIENCE_AUDIENCES = ['team', 'client', 'both'] as const;
export type LivedExperienceAudience = (typeof LIVED_EXPERIENCE_AUDIENCES)[number];

export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

export type Viewer = 'team' | 'client';

/**
 * Whether the lived-experience statement may be shown to this viewer: the peer wrote it, gave a
 * consent date, has not revoked it, and chose an audience that includes the viewer.
 */
export function canShowLivedExperience(experience: LivedExperience | undefined, viewer: Viewer): boolean {
  if (!experience || experience.revoked || !experience.consentDate) return false;
  if (experience.statement.trim() === '') return false;
  return experience.audience === 'both' || experience.audience === viewer;
}
