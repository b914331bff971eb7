/** CareTeam → CareTeam with its members. */
import { CARE_TEAM_STATUSES, type CareTeam } from '../../model/care-team.js';
import type { MapResult } from '../../model/problems.js';
import type { TeamMember } from '../../model/team-member.js';
import type { ReferenceResolver } from '../references.js';
import { readPeriod, readReferences } from './datatypes.js';
import { compact, expectResource, readArray, readCode, readString, type Json } from './fields.js';
import { namedParty, readSubject } from './party.js';
import { at, createLog, type ProblemLog, type Path } from './problems.js';
import { resolverFor, type ReadContext } from './context.js';
import { readParticipant, type MemberContext } from './team-member.js';

/**
 * Maps a CareTeam already known to be one. `resolver` must already own the right `contained`
 * (the team itself, or the CarePlan that contains it). Paths are prefixed with `path`.
 */
export function mapCareTeam(team: Json, resolver: ReferenceResolver, now: Date, path: Path, log: ProblemLog): CareTeam {
  const context: MemberContext = { resolver, now, usedKeys: new Set(), parties: new Map() };
  const participants = readArray(team, 'participant', path, log);
  const members: TeamMember[] = [];
  for (let index = 0; index < participants.length; index += 1) {
    const member = readParticipant(participants[index], index, context, at(path, 'participant', index), log);
    if (member) members.push(member);
  }
  const [managing] = readReferences(team, 'managingOrganization', path, log);
  return compact<CareTeam>({
    id: readString(team, 'id', path, log),
    name: readString(team, 'name', path, log),
    status: readCode(team, 'status', path, log, CARE_TEAM_STATUSES),
    period: readPeriod(team, 'period', path, log),
    subject: readSubject(team, 'subject', resolver, path, log),
    managingOrganization: managing ? namedParty(managing.reference, resolver, managing.path, log) : undefined,
    members,
  });
}

/**
 * Reads a FHIR R4 CareTeam. Members are resolved through the team's `contained` and the
 * context's Bundle / resources; what cannot be resolved falls back to the reference's display.
 */
export function readCareTeam(input: unknown, context: ReadContext = {}): MapResult<CareTeam> {
  const log = createLog();
  const team = expectResource(input, 'CareTeam', log);
  if (!team) return { value: undefined, problems: log.problems };
  const value = mapCareTeam(team, resolverFor(team, context), context.now ?? new Date(), '', log);
  return { value, problems: log.problems };
}
