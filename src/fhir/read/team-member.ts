/** CareTeam.participant → TeamMember, and plain references → ParticipantRef. */
import type { ParticipantRef, TeamMember } from '../../model/team-member.js';
import { EXT } from '../extensions.js';
import type { Reference } from '../types.js';
import type { ReferenceResolver } from '../references.js';
import { categoriseRole } from '../categorise.js';
import { readCodeableConcepts, readPeriod, readReferenceAt } from './datatypes.js';
import { extensionsOf } from './extension-reader.js';
import { compact, isObject, readString, type Json } from './fields.js';
import { namedParty, describeParty, toMemberRoles, type PartyCache, type PartyDescription } from './party.js';
import { at, reportWrongType, type ProblemLog, type Path } from './problems.js';
import { periodHasEnded } from './context.js';

export interface MemberContext {
  resolver: ReferenceResolver;
  now: Date;
  /** Keys already handed out in this team, so a member listed twice still gets a unique key. */
  usedKeys: Set<string>;
  /** Organisations already named in this team. */
  parties: PartyCache;
}

const EMPTY_PARTY: PartyDescription = { kind: 'unknown', roleConcepts: [], telecom: [], unresolved: false };

function uniqueKey(wanted: string, used: Set<string>): string {
  let key = wanted;
  for (let n = 2; used.has(key); n += 1) key = `${wanted}~${n}`;
  used.add(key);
  return key;
}

function responsibilityOf(owner: Json | undefined, path: Path, log: ProblemLog): string | undefined {
  const [entry] = owner ? extensionsOf(owner, EXT.responsibility, path, log) : [];
  return entry ? readString(entry.extension, 'valueString', entry.path, log) : undefined;
}

/** ctm-1: onBehalfOf is only allowed when the member is a Practitioner. */
function onBehalfOf(participant: Json, party: PartyDescription, context: MemberContext, path: Path, log: ProblemLog) {
  const reference = readReferenceAt(participant, 'onBehalfOf', path, log);
  if (!reference) return undefined;
  if (party.kind !== 'practitioner' && party.kind !== 'unknown') {
    log.add(at(path, 'onBehalfOf'), 'invariant', 'ctm-1: onBehalfOf is only allowed when the member is a Practitioner');
    return undefined;
  }
  return namedParty(reference, context.resolver, at(path, 'onBehalfOf'), log, context.parties);
}

export function readParticipant(
  value: unknown,
  index: number,
  context: MemberContext,
  path: Path,
  log: ProblemLog,
): TeamMember | undefined {
  if (!isObject(value)) {
    reportWrongType(log, path, 'a participant object');
    return undefined;
  }
  // The participant's roles, then the ones its target carries (PractitionerRole.code, ...).
  const concepts = readCodeableConcepts(value, 'role', path, log);
  const member = readReferenceAt(value, 'member', path, log);
  const memberPath = at(path, 'member');
  const party = member ? describeParty(member, context.resolver, memberPath, log, context.parties) : EMPTY_PARTY;
  concepts.push(...party.roleConcepts);
  const category = categoriseRole(concepts, party.kind);
  const period = readPeriod(value, 'period', path, log);
  const elementId = readString(value, 'id', path, log);
  const roleInactive = party.practitionerRole?.active === false;
  const organization = onBehalfOf(value, party, context, path, log) ?? party.organization;
  const responsibility = responsibilityOf(value, path, log) ?? responsibilityOf(party.practitionerRole, memberPath, log);
  // One literal plus named stores rather than compact(): this runs once per member of a team.
  const teamMember: TeamMember = {
    key: uniqueKey(elementId ?? member?.reference ?? `participant-${index}`, context.usedKeys),
    kind: party.kind,
    roles: toMemberRoles(concepts),
    category,
    isPeer: category === 'peer-specialist',
    active: !periodHasEnded(period, context.now) && !roleInactive,
    telecom: party.telecom,
    unresolved: party.unresolved,
  };
  if (party.name !== undefined) teamMember.name = party.name;
  if (organization !== undefined) teamMember.organization = organization;
  if (period !== undefined) teamMember.period = period;
  if (party.reference !== undefined) teamMember.reference = party.reference;
  if (party.practitionerRoleReference !== undefined) teamMember.practitionerRoleReference = party.practitionerRoleReference;
  if (responsibility !== undefined) teamMember.responsibility = responsibility;
  return teamMember;
}

/** A reference to someone outside a participant list (author, performer, contributor), categorised. */
export function readParticipantRef(reference: Reference, resolver: ReferenceResolver, path: Path, log: ProblemLog): ParticipantRef {
  const party = describeParty(reference, resolver, path, log);
  const category = categoriseRole(party.roleConcepts, party.kind);
  return compact<ParticipantRef>({
    name: party.name,
    reference: party.practitionerRoleReference ?? party.reference,
    kind: party.kind,
    category,
    isPeer: category === 'peer-specialist',
    unresolved: party.unresolved,
  });
}
