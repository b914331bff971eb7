/** One participant of a care team, resolved as far as the data allows, and a person read on its own. */
import type { MemberRole, TeamMember, ParticipantRef, Person } from './schemas/team-member.js';

export type { MemberRole, TeamMember, ParticipantRef, Person };
export { MEMBER_KINDS, type MemberKind } from './code-lists.js';
