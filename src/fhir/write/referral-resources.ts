/**
 * ReferralDraft → ServiceRequest + Task + Consent, after the HL7 SDOH Clinical Care referral
 * pattern (DESIGN.md "FHIR facts"). Pure: the same draft, context and key give the same resources.
 */
import type { ReferralDraft } from '../../model/schemas/referral-draft.js';
import { URGENCY_PRIORITY } from '../../model/referral.js';
import {
  CODE_SYSTEMS,
  CONSENT_ACTOR_RECIPIENT,
  CONSENT_CATEGORY_IDSCL,
  CONSENT_POLICY_OPT_IN,
  CONSENT_SCOPE_PRIVACY,
  HCPCS_PEER_SERVICES,
  SNOMED_PEER_SUPPORT_REFERRAL,
  SOCIAL_SERVICE_PROCEDURE,
  TASK_FULFILL,
  type CodingConstant,
} from '../codes.js';
import { EXT } from '../extensions.js';
import type { Consent, Extension, Reference, ServiceRequest, Task } from '../types.js';
import { conditionalReference, referralIdentifier } from './idempotency.js';

export interface ReferralContext {
  /** The idempotency key minted when the form opened (mintIdempotencyKey()). */
  key: string;
  patient: Reference;
  /** The referring clinician (Practitioner or PractitionerRole). */
  requester?: Reference;
  /** The shared care plan, when known: becomes ServiceRequest.basedOn. */
  carePlan?: Reference;
  /**
   * The peer programme (Organization or HealthcareService) the client consented to share with: a
   * Consent recipient beside the chosen peer, and the only one when the programme decides who.
   */
  programme?: Reference;
  now?: Date;
  /**
   * How the Task and Consent point at the ServiceRequest. Default: a conditional reference by its
   * identifier; buildReferralTransaction passes the request's `urn:uuid:` fullUrl.
   */
  serviceRequestReference?: string;
}

export interface ReferralResourceSet {
  serviceRequest: ServiceRequest;
  task: Task;
  consent: Consent;
}

const concept = (coding: CodingConstant, text?: string) => ({ coding: [{ ...coding }], ...(text ? { text } : {}) });

function preferencesExtension(draft: ReferralDraft): Extension | undefined {
  const preferences = draft.preferences;
  const parts: Extension[] = [
    ...(preferences?.language ? [{ url: 'language', valueCoding: { system: CODE_SYSTEMS.bcp47, code: preferences.language } }] : []),
    ...(preferences?.sharedExperience ?? [])
      .filter((s) => s.trim() !== '')
      .map((valueString) => ({ url: 'shared-experience', valueString })),
    ...(preferences?.peerGender ? [{ url: 'peer-gender', valueCode: preferences.peerGender }] : []),
  ];
  return parts.length > 0 ? { url: EXT.referralPreferences, extension: parts } : undefined;
}

function requestExtensions(draft: ReferralDraft): Extension[] {
  const preferences = preferencesExtension(draft);
  return [...(draft.clientHopes ? [{ url: EXT.clientHopes, valueString: draft.clientHopes }] : []), ...(preferences ? [preferences] : [])];
}

const performerOf = (draft: ReferralDraft): Reference | undefined =>
  draft.performer
    ? { reference: draft.performer.reference, ...(draft.performer.display ? { display: draft.performer.display } : {}) }
    : undefined;

function buildServiceRequest(draft: ReferralDraft, context: ReferralContext, authoredOn: string): ServiceRequest {
  const extension = requestExtensions(draft);
  const performer = performerOf(draft);
  return {
    resourceType: 'ServiceRequest',
    ...(extension.length > 0 ? { extension } : {}),
    identifier: [referralIdentifier(context.key)],
    ...(context.carePlan ? { basedOn: [context.carePlan] } : {}),
    status: 'active',
    intent: 'order',
    category: [concept(SOCIAL_SERVICE_PROCEDURE, 'Peer support')],
    priority: URGENCY_PRIORITY[draft.urgency],
    // SNOMED CT as the US Behavioral Health Profiles guide codes it, and HCPCS for billing.
    code: { coding: [{ ...SNOMED_PEER_SUPPORT_REFERRAL }, { ...HCPCS_PEER_SERVICES }], text: 'Peer support' },
    subject: context.patient,
    authoredOn,
    ...(context.requester ? { requester: context.requester } : {}),
    ...(performer ? { performer: [performer] } : {}),
    reasonCode: [{ text: draft.reason }],
    ...(draft.note ? { note: [{ text: draft.note, time: authoredOn }] } : {}),
  };
}

function buildTask(draft: ReferralDraft, context: ReferralContext, focus: string, authoredOn: string): Task {
  const owner = performerOf(draft);
  return {
    resourceType: 'Task',
    identifier: [referralIdentifier(context.key, 'task')],
    status: 'requested',
    intent: 'order',
    priority: URGENCY_PRIORITY[draft.urgency],
    code: concept(TASK_FULFILL),
    focus: { reference: focus },
    for: context.patient,
    authoredOn,
    lastModified: authoredOn,
    ...(context.requester ? { requester: context.requester } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** Who the client agreed to share with: the chosen peer or programme, and the programme. Never empty. */
function consentRecipients(draft: ReferralDraft, context: ReferralContext): Reference[] {
  const performer = performerOf(draft);
  const { programme } = context;
  const recipients = performer ? [performer] : [];
  if (programme && programme.reference !== performer?.reference) recipients.push(programme);
  // A permit without an actor would let anyone see the information.
  if (recipients.length === 0) throw new TypeError('A referral needs a recipient: draft.performer or context.programme.');
  return recipients;
}

/** The client's permission to share information about this referral with the peer programme. */
function buildConsent(draft: ReferralDraft, context: ReferralContext, focus: string, dateTime: string): Consent {
  return {
    resourceType: 'Consent',
    identifier: [referralIdentifier(context.key, 'consent')],
    status: 'active',
    scope: concept(CONSENT_SCOPE_PRIVACY),
    category: [concept(CONSENT_CATEGORY_IDSCL)],
    patient: context.patient,
    dateTime,
    performer: [context.patient],
    policyRule: concept(CONSENT_POLICY_OPT_IN),
    provision: {
      type: 'permit',
      actor: consentRecipients(draft, context).map((reference) => ({ role: concept(CONSENT_ACTOR_RECIPIENT), reference })),
      data: [{ meaning: 'related', reference: { reference: focus } }],
    },
  };
}

/**
 * Builds the three resources of a referral. Throws a TypeError when the draft does not record the
 * client's consent (nothing may be shared without it; the form's schema already requires it), or
 * names no recipient (neither a performer nor `context.programme`).
 */
export function buildReferralResources(draft: ReferralDraft, context: ReferralContext): ReferralResourceSet {
  if (draft.consentGiven !== true) throw new TypeError('A referral needs the client’s consent (draft.consentGiven).');
  const now = (context.now ?? new Date()).toISOString();
  const focus = context.serviceRequestReference ?? conditionalReference('ServiceRequest', referralIdentifier(context.key));
  return {
    serviceRequest: buildServiceRequest(draft, context, now),
    task: buildTask(draft, context, focus, now),
    consent: buildConsent(draft, context, focus, now),
  };
}

/**
 * The same resources with the Task's focus and the Consent's data pointing at the created
 * ServiceRequest (e.g. `ServiceRequest/123`), for servers that create them one by one and do not
 * resolve conditional references outside a transaction.
 */
export function withServiceRequestReference(resources: ReferralResourceSet, reference: string): ReferralResourceSet {
  const { task, consent } = resources;
  return {
    serviceRequest: resources.serviceRequest,
    task: { ...task, focus: { reference } },
    consent: {
      ...consent,
      provision: { ...consent.provision, data: [{ meaning: 'related', reference: { reference } }] },
    },
  };
}
