/** PractitionerRole (+ its Practitioner) → PeerRole, for the peer role card. */
import type { Availability, PeerRole, Unavailability } from '../../model/peer-role.js';
import { DAYS_OF_WEEK } from '../../model/peer-role.js';
import type { MapResult } from '../../model/problems.js';
import type { ReferenceResolver } from '../references.js';
import { PEER_SPECIALIST, isPeerSpecialist } from '../peer.js';
import { codeableConceptText, readCodeableConcepts, readPeriod, readReferenceAt } from './datatypes.js';
import { compact, expectResource, isObject, readArray, readBoolean, readString, type Json } from './fields.js';
import { namedParty, resourceName, workTelecom } from './party.js';
import { TIME_OF_DAY } from '../../model/time-of-day.js';
import { readPhotoUrl, readPronouns } from './person.js';
import { readCredentials, readLanguages } from './practitioner.js';
import { readCompetencies, readLivedExperience, readPeerValues, readRoleScope, readSupervision } from './peer-extensions.js';
import { at, createLog, reportUnresolved, reportWrongType, type ProblemLog, type Path } from './problems.js';
import { periodHasEnded, resolverFor, type ReadContext } from './context.js';

function readAvailableTime(value: unknown, path: Path, log: ProblemLog): Availability | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'an availableTime object');
  const days = readArray(value, 'daysOfWeek', path, log).flatMap((day, index) => {
    const known = DAYS_OF_WEEK.find((d) => d === day);
    if (!known) log.add(at(path, 'daysOfWeek', index), 'unknown-code', `is not one of ${DAYS_OF_WEEK.join(', ')}`);
    return known ? [known] : [];
  });
  const time = (key: string): string | undefined => {
    const text = readString(value, key, path, log);
    return text === undefined || TIME_OF_DAY.test(text) ? text : reportWrongType(log, at(path, key), 'a time hh:mm:ss');
  };
  return compact<Availability>({
    daysOfWeek: days,
    allDay: readBoolean(value, 'allDay', path, log),
    start: time('availableStartTime'),
    end: time('availableEndTime'),
  });
}

function readNotAvailable(value: unknown, path: Path, log: ProblemLog): Unavailability | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a notAvailable object');
  const description = readString(value, 'description', path, log, { required: true });
  return description ? compact<Unavailability>({ description, during: readPeriod(value, 'during', path, log) }) : undefined;
}

function readList<T>(
  role: Json,
  key: string,
  path: Path,
  log: ProblemLog,
  read: (v: unknown, p: Path, l: ProblemLog) => T | undefined,
): T[] {
  return readArray(role, key, path, log).flatMap((item, index) => read(item, at(path, key, index), log) ?? []);
}

/** The Practitioner behind the role, or a problem when it is referenced, unresolvable and unnamed. */
function practitionerOf(role: Json, resolver: ReferenceResolver, log: ProblemLog): { practitioner?: Json; display?: string } {
  const reference = readReferenceAt(role, 'practitioner', '', log);
  if (!reference) return {};
  const resolved = resolver.resolve(reference);
  if (!resolved && reference.reference && !reference.display) reportUnresolved(log, 'practitioner.reference', reference.reference);
  const practitioner = resolved?.resource.resourceType === 'Practitioner' ? resolved.resource : undefined;
  return { practitioner, display: reference.display };
}

function mapPeerRole(role: Json, resolver: ReferenceResolver, now: Date | undefined, log: ProblemLog): PeerRole {
  const { practitioner, display } = practitionerOf(role, resolver, log);
  const codes = readCodeableConcepts(role, 'code', '', log);
  const isPeer = isPeerSpecialist(codes);
  const peerCode = codes.find((code) => isPeerSpecialist(code));
  const period = readPeriod(role, 'period', '', log);
  const roleTelecom = workTelecom(role, '', log);
  const person = practitioner ?? {};
  const practitionerResolver = practitioner ? resolver.withOwner(practitioner) : resolver;
  return compact<PeerRole>({
    id: readString(role, 'id', '', log),
    name: (practitioner ? resourceName(practitioner, 'practitioner', log) : undefined) ?? display,
    pronouns: readPronouns(person, 'practitioner', log) ?? readPronouns(role, '', log),
    photoUrl: readPhotoUrl(person, 'practitioner', log),
    // Only a role recognised as peer support may default to "Peer Specialist": a role with no
    // code must not read (or be categorised) as a peer.
    roleLabel: codeableConceptText(peerCode ?? codes[0]) ?? (isPeer ? PEER_SPECIALIST.display : ''),
    isPeer,
    organization: namedParty(readReferenceAt(role, 'organization', '', log), resolver, 'organization', log),
    active: readBoolean(role, 'active', '', log) !== false && !periodHasEnded(period, now),
    period,
    credentials: readCredentials(person, practitionerResolver, 'practitioner', log),
    ...readRoleScope(role, '', log),
    competencies: readCompetencies(role, '', log),
    values: readPeerValues(role, '', log),
    supervision: readSupervision(role, resolver, '', log),
    availability: readList(role, 'availableTime', '', log, readAvailableTime),
    unavailable: readList(role, 'notAvailable', '', log, readNotAvailable),
    availabilityNote: readString(role, 'availabilityExceptions', '', log),
    languages: readLanguages(person, 'practitioner', log),
    telecom: roleTelecom.length > 0 ? roleTelecom : workTelecom(person, 'practitioner', log),
    livedExperience: readLivedExperience(role, '', log),
  });
}

/**
 * Reads a PractitionerRole as a PeerRole. The Practitioner (name, pronouns, photo, credentials,
 * languages) is found through `contained`, the context's Bundle or resources; without it the
 * card still has the reference's display. Problems inside the Practitioner are under `practitioner.`.
 */
export function readPeerRole(input: unknown, context: ReadContext = {}): MapResult<PeerRole> {
  const log = createLog();
  const role = expectResource(input, 'PractitionerRole', log);
  if (!role) return { value: undefined, problems: log.problems };
  return { value: mapPeerRole(role, resolverFor(role, context), context.now, log), problems: log.problems };
}
