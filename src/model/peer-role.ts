/**
 * A peer specialist as the role card shows them. FHIR holds most of this on PractitionerRole and
 * Practitioner; what a peer does and does not do, competencies, values, supervision and the
 * lived-experience statement come from the project's extensions (src/fhir/extensions.ts).
 */
import type { Credential, Supervision, Availability, Unavailability, Language, LivedExperience, PeerRole } from './schemas/peer-role.js';

export type { Credential, Supervision, Availability, Unavailability, Language, LivedExperience, PeerRole };
export {
  DAYS_OF_WEEK,
  LIVED_EXPERIENCE_AUDIENCES,
  NAPS_VALUES,
  SAMHSA_COMPETENCIES,
  type CompetencyCode,
  type DayOfWeek,
  type LivedExperienceAudience,
  type NapsValueCode,
} from './code-lists.js';

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
