/** One participant of a care team, resolved as far as the data allows. */
import type { MemberRole, TeamMember, ParticipantRef } from './schemas/team-member.js';

export type { MemberRole, TeamMember, ParticipantRef };

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

