/** A care team: its members, the peer specialist among them. */
import { z } from './zod.js';
import { DateRangeSchema, PartySchema, SubjectSchema } from './common.js';
import { TeamMemberSchema, type TeamMember } from './team-member.js';

/** R4 CareTeam.status. */
export const CARE_TEAM_STATUSES = ['proposed', 'active', 'suspended', 'inactive', 'entered-in-error'] as const;
export type CareTeamStatus = (typeof CARE_TEAM_STATUSES)[number];

export const CareTeamSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  status: z.optional(z.enum(CARE_TEAM_STATUSES)),
  period: z.optional(DateRangeSchema),
  subject: z.optional(SubjectSchema),
  managingOrganization: z.optional(PartySchema),
  members: z.array(TeamMemberSchema),
});
export type CareTeam = z.infer<typeof CareTeamSchema>;

/** The team's peer specialists, current ones first. */
export function peerMembers(team: Pick<CareTeam, 'members'>): TeamMember[] {
  const peers = team.members.filter((member) => member.isPeer);
  return [...peers.filter((m) => m.active), ...peers.filter((m) => !m.active)];
}

/** True when a current member is a peer specialist (the roster's empty state depends on it). */
export function hasActivePeer(team: Pick<CareTeam, 'members'>): boolean {
  return team.members.some((member) => member.isPeer && member.active);
}
