/**
 * Describing whoever a reference points at (a member, performer, author, supervisor, owner):
 * kind, name, roles, organisation and contact, from the resolved resource where we have it and
 * from the reference's own `display` / `type` where we do not.
 */
import type { MemberKind, MemberRole } from '../../model/team-member.js';
import type { Party, Subject, Telecom } from '../../model/common.js';
import type { CodeableConcept, Coding, Reference } from '../types.js';
import { parseReference, type ReferenceResolver, type ResolvedResource } from '../references.js';
import { codeableConceptText, humanNameText, readCodeableConcepts, readHumanNames, readReferenceAt, readTelecom } from './datatypes.js';
import { compact, readString, type Json } from './fields.js';
import { at, reportUnresolved, type ProblemLog, type Path } from './problems.js';

const KIND_BY_TYPE: Readonly<Record<string, MemberKind>> = {
  Practitioner: 'practitioner',
  PractitionerRole: 'practitioner-role',
  RelatedPerson: 'related-person',
  Patient: 'patient',
  Organization: 'organization',
  CareTeam: 'care-team',
};

export function kindOfType(type: string | undefined): MemberKind {
  return (type !== undefined && Object.hasOwn(KIND_BY_TYPE, type) ? KIND_BY_TYPE[type] : undefined) ?? 'unknown';
}

/** The type a reference claims: its resolved resource, its `type`, or its `Type/id` text. */
export function referencedType(reference: Reference, resolved: ResolvedResource | undefined): string | undefined {
  const claimed = typeof reference.type === 'string' ? reference.type : undefined;
  return resolved?.resource.resourceType ?? claimed ?? parseReference(reference.reference)?.type;
}

/** The display name of any resource we know how to name. */
export function resourceName(resource: Json, path: Path, log: ProblemLog): string | undefined {
  switch (resource.resourceType) {
    case 'Practitioner':
    case 'Patient':
    case 'RelatedPerson':
      return humanNameText(readHumanNames(resource, 'name', path, log));
    case 'Organization':
    case 'CareTeam':
    case 'HealthcareService':
    case 'Location':
      return readString(resource, 'name', path, log);
    default:
      return undefined;
  }
}

/** Work contact points only: a home phone on a Practitioner is not the team's number to call. */
export function workTelecom(resource: Json, path: Path, log: ProblemLog): Telecom[] {
  const telecom = readTelecom(resource, 'telecom', path, log);
  return telecom.some((t) => t.use === 'home') ? telecom.filter((t) => t.use !== 'home') : telecom;
}

export interface PartyDescription {
  kind: MemberKind;
  name?: string;
  /** The person or organisation; for a PractitionerRole, its Practitioner. */
  reference?: string;
  practitionerRoleReference?: string;
  /** Role concepts carried by the target (PractitionerRole.code + specialty, RelatedPerson.relationship). */
  roleConcepts: CodeableConcept[];
  organization?: Party;
  telecom: Telecom[];
  /** The PractitionerRole (if any) for reading its extensions. */
  practitionerRole?: Json;
  unresolved: boolean;
}

/**
 * Parties already named in one read, by reference string. A large team's thousands of members
 * share a dozen organisations: each is named once and its Party shared (model values are never
 * changed), so a problem in that organisation's own data is reported once, at the first member.
 */
export type PartyCache = Map<string, Party>;

/**
 * Name of whoever a reference points at (resolved resource, else display), with the reference.
 * For secondary parties (organisations, requester, owner): an unresolved one is not a problem.
 */
export function namedParty(
  reference: Reference | undefined,
  resolver: ReferenceResolver,
  path: Path,
  log: ProblemLog,
  cache?: PartyCache,
): Party | undefined {
  if (!reference) return undefined;
  const ref = reference.reference;
  const cached = ref === undefined ? undefined : cache?.get(ref);
  if (cached) return cached;
  const resolved = resolver.resolve(reference);
  const resourceNamed = resolved ? resourceName(resolved.resource, path, log) : undefined;
  const name = resourceNamed ?? reference.display;
  // Built directly, not through compact(): every member of a large team has an organisation.
  if (name === undefined) return ref === undefined ? undefined : { reference: ref };
  if (ref === undefined) return { name };
  const party = { name, reference: ref };
  // Only a name from the resource itself holds for every reference to it; `#id` (the resolver
  // trims first) depends on the resource that contains it.
  if (cache && resourceNamed !== undefined && !ref.trimStart().startsWith('#')) cache.set(ref, party);
  return party;
}

function describePractitionerRole(
  role: Json,
  roleReference: Reference,
  resolver: ReferenceResolver,
  path: Path,
  log: ProblemLog,
  parties: PartyCache | undefined,
): PartyDescription {
  const roleResolver = resolver.withOwner(role);
  const practitionerRef = readReferenceAt(role, 'practitioner', path, log);
  const practitioner = practitionerRef ? roleResolver.resolve(practitionerRef) : undefined;
  const practitionerName = practitioner ? resourceName(practitioner.resource, at(path, 'practitioner'), log) : undefined;
  const ownTelecom = workTelecom(role, path, log);
  return {
    kind: 'practitioner-role',
    name: practitionerName ?? practitionerRef?.display ?? roleReference.display,
    reference: practitionerRef?.reference,
    practitionerRoleReference: roleReference.reference,
    roleConcepts: readCodeableConcepts(role, 'specialty', path, log, readCodeableConcepts(role, 'code', path, log)),
    organization: namedParty(readReferenceAt(role, 'organization', path, log), roleResolver, at(path, 'organization'), log, parties),
    telecom: ownTelecom.length > 0 || !practitioner ? ownTelecom : workTelecom(practitioner.resource, at(path, 'practitioner'), log),
    practitionerRole: role,
    unresolved: false,
  };
}

/**
 * Everything we can say about the target of `reference`. An unresolvable reference is reported
 * only when nothing names it: with a `display` the UI still has what it needs.
 */
export function describeParty(
  reference: Reference,
  resolver: ReferenceResolver,
  path: Path,
  log: ProblemLog,
  parties?: PartyCache,
): PartyDescription {
  const resolved = resolver.resolve(reference);
  const kind = kindOfType(referencedType(reference, resolved));
  if (resolved && kind === 'practitioner-role') return describePractitionerRole(resolved.resource, reference, resolver, path, log, parties);
  const unresolved = reference.reference !== undefined && !resolved;
  if (unresolved && !reference.display) reportUnresolved(log, at(path, 'reference'), reference.reference);
  const target = resolved?.resource;
  return {
    kind,
    name: (target ? resourceName(target, path, log) : undefined) ?? reference.display,
    reference: kind === 'practitioner-role' ? undefined : reference.reference,
    practitionerRoleReference: kind === 'practitioner-role' ? reference.reference : undefined,
    roleConcepts: target && kind === 'related-person' ? readCodeableConcepts(target, 'relationship', path, log) : [],
    telecom: target && kind !== 'patient' ? workTelecom(target, path, log) : [],
    unresolved,
  };
}

/** Already listed, ignoring case; the usual exact match allocates nothing. */
function hasRole(roles: readonly MemberRole[], display: string): boolean {
  for (const { display: listed } of roles) if (listed === display || listed.toLowerCase() === display.toLowerCase()) return true;
  return false;
}

const hasCode = (coding: Coding): boolean => !!coding.code;

/** Role concepts as the model's MemberRole list (display text required, duplicates dropped). */
export function toMemberRoles(concepts: readonly CodeableConcept[]): MemberRole[] {
  const roles: MemberRole[] = [];
  for (const concept of concepts) {
    const display = codeableConceptText(concept);
    if (!display || hasRole(roles, display)) continue;
    const coding = concept.coding?.find(hasCode);
    const role: MemberRole = { display };
    if (coding?.code) role.code = coding.code;
    if (coding?.system) role.system = coding.system;
    roles.push(role);
  }
  return roles;
}

/** The subject as shown: its display, else the resolved Patient's name. */
export function readSubject(
  resource: Json,
  key: string,
  resolver: ReferenceResolver,
  path: Path,
  log: ProblemLog,
  required = false,
): Subject | undefined {
  const subject = readReferenceAt(resource, key, path, log, required);
  if (!subject) return undefined;
  const resolved = resolver.resolve(subject);
  const display = subject.display ?? (resolved ? resourceName(resolved.resource, at(path, key), log) : undefined);
  return compact({ reference: subject.reference, display });
}
