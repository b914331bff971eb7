/** A care team: its members, the peer specialist among them. */
import type { CareTeam } from './schemas/care-team.js';
import type { TeamMember } from './team-member.js';

export type { CareTeam };
export { CARE_TEAM_STATUSES, type CareTeamStatus } from './code-lists.js';

/** The team's peer specialists, current ones first. */
export function peerMembers(team: Pick<CareTeam, 'members'>): TeamMember[] {
  const peers = team.members.filter((member) => member.isPeer);
  return [...peers.filter((m) => m.active), ...peers.filter((m) => !m.active)];
}

/** True when a current member is a peer specialist (the roster's empty state depends on it). */
export function hasActivePeer(team: Pick<CareTeam, 'members'>): boolean {
  return team.members.some((member) => member.isPeer && member.active);
}
