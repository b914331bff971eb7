/** ServiceRequest → the request side of a Referral (reason, hopes, preferences, urgency, parties). */
import { PEER_GENDERS, type Referral, type ReferralPreferences, type Urgency } from '../../model/referral.js';
import { EXT, SYSTEM } from '../extensions.js';
import { REQUEST_INTENTS, REQUEST_PRIORITIES, SERVICE_REQUEST_STATUSES } from '../codes.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readAnnotations, readCodeableConcepts, readReferenceAt, readReferences } from './datatypes.js';
import { extensionText, extensionsOf, subExtensions, subExtensionTexts } from './extension-reader.js';
import { compact, isObject, readArray, readCode, readDateTime, readObject, readString, type Json } from './fields.js';
import { namedParty, readSubject } from './party.js';
import { at, type ProblemLog, type Path } from './problems.js';

export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

const URGENCY_BY_PRIORITY: Readonly<Record<(typeof REQUEST_PRIORITIES)[number], Urgency>> = {
  routine: 'routine',
  urgent: 'soon',
  asap: 'urgent',
  stat: 'urgent',
};

export function urgencyOf(resource: Json, path: Path, log: ProblemLog): Urgency | undefined {
  const priority = readCode(resource, 'priority', path, log, REQUEST_PRIORITIES);
  return priority ? URGENCY_BY_PRIORITY[priority] : undefined;
}

function readPreferences(request: Json, log: ProblemLog): ReferralPreferences {
  const [entry] = extensionsOf(request, EXT.referralPreferences, '', log);
  if (!entry) return { sharedExperience: [] };
  const [language] = subExtensions(entry, 'language', log);
  const coding = language ? readObject(language.extension, 'valueCoding', language.path, log) : undefined;
  const [gender] = subExtensions(entry, 'peer-gender', log);
  return compact<ReferralPreferences>({
    language: coding && language ? readString(coding, 'code', at(language.path, 'valueCoding'), log) : undefined,
    sharedExperience: subExtensionTexts(entry, 'shared-experience', log),
    peerGender: gender ? readCode(gender.extension, 'valueCode', gender.path, log, PEER_GENDERS) : undefined,
  });
}

/** The idempotency key minted when the referral form opened (identifier of SYSTEM.referralKey). */
export function referralKeyOf(resource: Json, log: ProblemLog): string | undefined {
  const identifier = readArray(resource, 'identifier', '', log)
    .filter(isObject)
    .find((item) => item.system === SYSTEM.referralKey);
  return identifier && typeof identifier.value === 'string' ? identifier.value : undefined;
}

export type ServiceRequestPart = Omit<Referral, 'status' | 'urgency'> & {
  urgency?: Urgency;
  requestStatus?: ServiceRequestStatus;
};

export function mapServiceRequest(request: Json, resolver: ReferenceResolver, log: ProblemLog): ServiceRequestPart {
  const requester = readReferenceAt(request, 'requester', '', log);
  const [performer] = readReferences(request, 'performer', '', log);
  const [hopes] = extensionsOf(request, EXT.clientHopes, '', log);
  readCode(request, 'intent', '', log, REQUEST_INTENTS, { required: true });
  const reasons = readCodeableConcepts(request, 'reasonCode', '', log).flatMap((concept) => codeableConceptText(concept) ?? []);
  const reasonRefs = readReferences(request, 'reasonReference', '', log).flatMap(({ reference }) => reference.display ?? []);
  const notes = readAnnotations(request, 'note', '', log).map((note) => note.text);
  return compact<ServiceRequestPart>({
    serviceRequestId: readString(request, 'id', '', log),
    requestStatus: readCode(request, 'status', '', log, SERVICE_REQUEST_STATUSES, { required: true }),
    authoredOn: readDateTime(request, 'authoredOn', '', log),
    reason: [...reasons, ...reasonRefs].join('; ') || undefined,
    clientHopes: hopes ? extensionText(hopes, log) : undefined,
    preferences: readPreferences(request, log),
    urgency: urgencyOf(request, '', log),
    note: notes.join('\n\n') || undefined,
    patient: readSubject(request, 'subject', resolver, '', log, true),
    requester: namedParty(requester, resolver, 'requester', log),
    performer: performer ? namedParty(performer.reference, resolver, performer.path, log) : undefined,
    identifierKey: referralKeyOf(request, log),
  });
}
