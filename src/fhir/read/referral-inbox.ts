/**
 * The peer programme's referrals, read from one set of resources (a Bundle or an array: the Tasks,
 * their ServiceRequests and Consents, and the people they reference): each referral resolved to
 * names and words, the programme's peers with their languages, consented lived experience and
 * caseload capacity, and the programme's capacity status. Pure: resources in, { value, problems } out.
 */
import type { Language } from '../../model/peer-role.js';
import type { MapResult } from '../../model/problems.js';
import type { Referral } from '../../model/referral.js';
import { isPeerSpecialist } from '../peer.js';
import { createResolver, parseReference, type ReferenceResolver } from '../references.js';
import type { Resource } from '../types.js';
import { isObject, isResource, resourcesOf } from '../json.js';
import { describeParty } from './party.js';
import { readPeerRole } from './practitioner-role.js';
import { readCaseloadCapacity, readProgrammeCapacity, type ProgrammeCapacity } from './programme-capacity.js';
import { isPeerSupportReferral } from './peer-support-referral.js';
import { readReferral } from './referral.js';
import { codeableConceptText } from './datatypes.js';
import { createLog, prefixedLog, type ProblemLog } from './problems.js';

export interface InboxPeer {
  /** `PractitionerRole/<id>`: what Task.owner becomes when the referral is assigned to them. */
  reference: string;
  name: string;
  languages: Language[];
  /** Open referrals they can hold; undefined when the role does not say. */
  capacity?: number;
  /** Their lived-experience statement, only when consented for the team and not revoked. */
  sharedExperience?: string;
}

export interface InboxClient {
  name?: string;
  reference?: string;
  /** The client's preferred language (Patient.communication), BCP-47 code or text. */
  language?: string;
}

export interface InboxReferrer {
  name?: string;
  role?: string;
  organization?: string;
}

export interface InboxItem {
  taskId: string;
  /** The Task as read: the base of every change (its meta.versionId is the If-Match). */
  task: Resource;
  referral: Referral;
  client: InboxClient;
  referrer: InboxReferrer;
  /** The peer the clinician asked for (ServiceRequest.performer, when it is a person), kept apart from the owner. */
  askedFor?: { reference?: string; name?: string };
}

export interface InboxData {
  items: InboxItem[];
  peers: InboxPeer[];
  /** Everyone in the programme with a role (peers and supervisors), by PractitionerRole reference: who is acting. */
  staff: { reference: string; name: string }[];
  capacity?: ProgrammeCapacity;
  /** The references that stand for the programme itself (its Organization and HealthcareService). */
  programme: string[];
}

/**
 * Every resource in the input, Bundles opened; a later resource with the same `Type/id` replaces an
 * earlier one (so a host, or the inbox after a save, can lay a newer Task over the list).
 */
function flatten(input: unknown, log: ProblemLog): Resource[] {
  const out = new Map<string, Resource>();
  let anonymous = 0;
  const visit = (value: unknown): void => {
    if (isResource(value, 'Bundle')) {
      const entries = (value as { entry?: unknown }).entry;
      if (Array.isArray(entries)) for (const entry of entries) if (isObject(entry)) visit(entry.resource);
    } else if (isResource(value)) {
      const key = typeof value.id === 'string' ? keyOf(value) : `#${(anonymous += 1)}`;
      out.delete(key);
      out.set(key, value);
    }
  };
  (resourcesOf(input) ?? []).forEach((value, index) => {
    if (isResource(value)) visit(value);
    else log.add(`[${index}]`, 'wrong-type', 'expected a FHIR resource');
  });
  return [...out.values()];
}

/** A FHIR dateTime as text for sorting; anything not a string sorts as undated. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const keyOf = (resource: Resource): string => `${resource.resourceType}/${String(resource.id)}`;
const refOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.reference === 'string' ? value.reference : undefined;

/** The programme's own references: the given one, and its HealthcareService's provider (or the Organization's services). */
function programmeReferences(programme: string | undefined, all: Resource[]): string[] {
  if (!programme) return [];
  const parsed = parseReference(programme);
  const refs = new Set([programme]);
  for (const resource of all.filter((r) => r.resourceType === 'HealthcareService')) {
    const providedBy = refOf(resource.providedBy);
    if (keyOf(resource) === programme && providedBy) refs.add(providedBy);
    if (parsed?.type === 'Organization' && providedBy === programme) refs.add(keyOf(resource));
  }
  return [...refs];
}

function readPeers(roles: Resource[], resolver: ReferenceResolver, log: ProblemLog): InboxPeer[] {
  return roles.flatMap((role) => {
    if (!isPeerSpecialist(role.code) || role.active === false) return [];
    const path = `PractitionerRole/${String(role.id)}`;
    const { value, problems } = readPeerRole(role, { resolver });
    for (const problem of problems) log.add(`${path}.${problem.path}`, problem.code, problem.message);
    if (!value) return [];
    const lived = value.livedExperience;
    const shared = lived && !lived.revoked && (lived.audience === 'team' || lived.audience === 'both') ? lived.statement : undefined;
    const capacity = readCaseloadCapacity(role, prefixedLog(log, path));
    return [
      {
        reference: keyOf(role),
        name: value.name ?? value.roleLabel,
        languages: value.languages,
        ...(capacity === undefined ? {} : { capacity }),
        ...(shared ? { sharedExperience: shared } : {}),
      },
    ];
  });
}

function preferredLanguage(patient: Resource | undefined): string | undefined {
  const communication = Array.isArray(patient?.communication) ? patient.communication.filter(isObject) : [];
  const chosen = communication.find((c) => c.preferred === true) ?? communication[0];
  if (!chosen || !isObject(chosen.language)) return undefined;
  const coding = Array.isArray(chosen.language.coding) ? chosen.language.coding.find(isObject) : undefined;
  return (typeof coding?.code === 'string' ? coding.code : undefined) ?? codeableConceptText(chosen.language);
}

interface ItemContext {
  resolver: ReferenceResolver;
  consents: Resource[];
  mine: Set<string>;
  log: ProblemLog;
}

/**
 * The client's consent to share with the programme: the Consent whose provision.data names this
 * ServiceRequest; else the latest active one of the same client naming the programme or a peer as
 * recipient (consents recorded before the referral existed do not point at it).
 */
function consentFor(request: Resource, consents: Resource[], mine: Set<string>): Resource | undefined {
  const provision = (c: Resource): Record<string, unknown> => (isObject(c.provision) ? c.provision : {});
  const dataOf = (c: Resource): string[] =>
    Array.isArray(provision(c).data)
      ? (provision(c).data as unknown[]).flatMap((d) => (isObject(d) ? (refOf(d.reference) ?? []) : []))
      : [];
  const linked = consents.find((c) => dataOf(c).includes(keyOf(request)));
  if (linked) return linked;
  const client = refOf(request.subject);
  const sent = typeof request.authoredOn === 'string' ? Date.parse(request.authoredOn) : NaN;
  // Not one given for another referral, nor one given after this referral was sent.
  const unlinked = (c: Resource): boolean => dataOf(c).length === 0 && !(typeof c.dateTime === 'string' && Date.parse(c.dateTime) > sent);
  const names = (c: Resource): boolean =>
    mine.size === 0 ||
    (Array.isArray(provision(c).actor) && (provision(c).actor as unknown[]).some((a) => isObject(a) && mine.has(refOf(a.reference) ?? '')));
  return consents
    .filter((c) => client !== undefined && refOf(c.patient) === client && names(c) && unlinked(c))
    .sort((a, b) => textOf(b.dateTime).localeCompare(textOf(a.dateTime)))[0];
}

/** Is this referral the programme's: owned by it or one of its peers, or asked of them. */
function belongs(task: Resource, request: Resource | undefined, mine: Set<string>): boolean {
  if (mine.size === 0) return true;
  const performers = Array.isArray(request?.performer) ? request.performer.map(refOf) : [];
  return [refOf(task.owner), ...performers].some((ref) => ref !== undefined && mine.has(ref));
}

function readItem(task: Resource, { resolver, consents, mine, log }: ItemContext): InboxItem | undefined {
  const request = resolver.resolve(task.focus)?.resource;
  if (!request || !isPeerSupportReferral(request) || !belongs(task, request, mine)) return undefined;
  const consent = consentFor(request, consents, mine);
  const itemLog = prefixedLog(log, `Task/${String(task.id)}`);
  const { value: referral, problems } = readReferral({ serviceRequest: request, task, consent }, { resolver });
  for (const problem of problems) itemLog.add(problem.path, problem.code, problem.message);
  if (!referral || typeof task.id !== 'string') return undefined;
  const patient = referral.patient?.reference ? resolver.resolve({ reference: referral.patient.reference })?.resource : undefined;
  const requester = isObject(request.requester) ? describeParty(request.requester, resolver, 'requester', itemLog) : undefined;
  const performer = Array.isArray(request.performer) ? request.performer.find(isObject) : undefined;
  const askedRef = refOf(performer);
  const askedType = askedRef ? parseReference(askedRef)?.type : undefined;
  const askedFor =
    performer && askedType && askedType !== 'Organization' && askedType !== 'HealthcareService'
      ? { reference: askedRef, name: describeParty(performer, resolver, 'performer', itemLog).name ?? referral.performer?.name }
      : undefined;
  return {
    taskId: task.id,
    task,
    referral,
    client: { name: referral.patient?.display, reference: referral.patient?.reference, language: preferredLanguage(patient) },
    referrer: {
      name: requester?.name ?? referral.requester?.name,
      role: codeableConceptText(requester?.roleConcepts[0]),
      organization: requester?.organization?.name,
    },
    ...(askedFor ? { askedFor } : {}),
  };
}

/**
 * Reads the inbox. `programme` (an Organization or HealthcareService reference) limits it to the
 * referrals owned by, or asked of, the programme or one of its peers; without it every peer-support
 * referral in the input is the programme's. Peers are the programme's active peer-specialist roles.
 */
export function readReferralInbox(input: unknown, programme?: string): MapResult<InboxData> {
  const log = createLog();
  const all = flatten(input, log);
  if (resourcesOf(input) === undefined && input !== undefined) log.add('', 'wrong-type', 'expected a Bundle or an array of resources');
  const resolver = createResolver({ resources: all });
  const refs = programmeReferences(programme, all);
  const organizations = refs.filter((ref) => ref.startsWith('Organization/'));
  const roles = all.filter(
    (r) => r.resourceType === 'PractitionerRole' && (!organizations.length || organizations.includes(refOf(r.organization) ?? '')),
  );
  const peers = readPeers(roles, resolver, log);
  const staff = roles.flatMap((role) => {
    const name = describeParty({ reference: keyOf(role) }, resolver, '', createLog()).name;
    return name ? [{ reference: keyOf(role), name }] : [];
  });
  const mine = new Set(programme ? [...refs, ...peers.map((p) => p.reference)] : []);
  const consents = all.filter((r) => r.resourceType === 'Consent');
  const items = all.filter((r) => r.resourceType === 'Task').flatMap((task) => readItem(task, { resolver, consents, mine, log }) ?? []);
  const service = all.find((r) => r.resourceType === 'HealthcareService' && (refs.includes(keyOf(r)) || !programme));
  const capacity = service ? readProgrammeCapacity(service, prefixedLog(log, keyOf(service))) : undefined;
  return { value: { items, peers, staff, programme: refs, ...(capacity ? { capacity } : {}) }, problems: log.problems };
}
