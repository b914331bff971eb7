/**
 * Every code system and code this package reads or writes, in one module, plus the tables that
 * recognise a team member's role category from NUCC / SNOMED CT codes and from free text.
 */
import type { RoleCategory } from '../model/role-category.js';

export const CODE_SYSTEMS = {
  nucc: 'http://nucc.org/provider-taxonomy',
  /** NUCC's OID form, seen in data converted from CDA. */
  nuccOid: 'urn:oid:2.16.840.1.113883.6.101',
  snomed: 'http://snomed.info/sct',
  hcpcs: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  v3ActCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  v3ParticipationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  v3ParticipationFunction: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationFunction',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  taskCode: 'http://hl7.org/fhir/CodeSystem/task-code',
  bcp47: 'urn:ietf:bcp:47',
} as const;

export interface CodingConstant {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

export const PEER_SPECIALIST: CodingConstant = { system: CODE_SYSTEMS.nucc, code: '175T00000X', display: 'Peer Specialist' };
export const HCPCS_PEER_SERVICES: CodingConstant = {
  system: CODE_SYSTEMS.hcpcs,
  code: 'H0038',
  display: 'Self-help/peer services, per 15 minutes',
};
export const CONSENT_CATEGORY_IDSCL: CodingConstant = {
  system: CODE_SYSTEMS.v3ActCode,
  code: 'IDSCL',
  display: 'information disclosure',
};
export const CONSENT_POLICY_OPT_IN: CodingConstant = { system: CODE_SYSTEMS.v3ActCode, code: 'OPTIN', display: 'opt-in' };
export const CONSENT_SCOPE_PRIVACY: CodingConstant = {
  system: CODE_SYSTEMS.consentScope,
  code: 'patient-privacy',
  display: 'Privacy Consent',
};
export const CONSENT_ACTOR_RECIPIENT: CodingConstant = {
  system: CODE_SYSTEMS.v3ParticipationType,
  code: 'IRCP',
  display: 'information recipient',
};
export const TASK_FULFILL: CodingConstant = {
  system: CODE_SYSTEMS.taskCode,
  code: 'fulfill',
  display: 'Fulfill the focal request',
};
/** ServiceRequest.category, as US Core's own social-care referral examples code it. */
export const SOCIAL_SERVICE_PROCEDURE: CodingConstant = {
  system: CODE_SYSTEMS.snomed,
  code: '410606002',
  display: 'Social service procedure',
};

/** R4 ServiceRequest.status / Task.intent / ServiceRequest.intent / priority / Consent.status. */
export const SERVICE_REQUEST_STATUSES = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'] as const;
export const REQUEST_INTENTS = [
  'proposal',
  'plan',
  'directive',
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'option',
] as const;
export const TASK_INTENTS = [
  'unknown',
  'proposal',
  'plan',
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'option',
] as const;
export const REQUEST_PRIORITIES = ['routine', 'urgent', 'asap', 'stat'] as const;
export const CONSENT_STATUSES = ['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error'] as const;

interface CodeRow {
  readonly systems: readonly string[];
  readonly codes: readonly string[];
  readonly category: RoleCategory;
}

const NUCC = [CODE_SYSTEMS.nucc, CODE_SYSTEMS.nuccOid];
const SNOMED = [CODE_SYSTEMS.snomed];

/** Codes that name a role category outright. The peer code comes first and always wins. */
export const ROLE_CODE_TABLE: readonly CodeRow[] = [
  { systems: NUCC, codes: ['175T00000X'], category: 'peer-specialist' },
  { systems: NUCC, codes: ['2084P0800X', '2084P0802X', '2084P0804X', '2084P0805X', '2084F0202X'], category: 'psychiatrist' },
  {
    systems: SNOMED,
    codes: ['80584001', '309361002', '309362009', '309363004', '309366007', '21450003'],
    category: 'psychiatrist',
  },
  {
    systems: NUCC,
    codes: ['101Y00000X', '101YM0800X', '101YA0400X', '101YP2500X', '103T00000X', '103TC0700X', '1041C0700X', '106H00000X'],
    category: 'therapist',
  },
  {
    systems: SNOMED,
    codes: ['59944000', '310191001', '224588003', '224583007', '224595007', '310190000', '224598009', '304291006'],
    category: 'therapist',
  },
  { systems: NUCC, codes: ['171M00000X'], category: 'case-manager' },
  { systems: SNOMED, codes: ['445451001', '3981000175106', '999480451000087102'], category: 'case-manager' },
  { systems: NUCC, codes: ['172V00000X'], category: 'community-health-worker' },
  {
    systems: NUCC,
    codes: ['163W00000X', '163WP0808X', '363L00000X', '363LP0808X', '364S00000X', '364SP0808X'],
    category: 'nurse',
  },
  { systems: SNOMED, codes: ['106292003', '224535009', '224563006', '224564000', '224571005', '224570006'], category: 'nurse' },
  {
    systems: NUCC,
    codes: ['207Q00000X', '207R00000X', '208D00000X', '208000000X', '261QP2300X', '363LF0000X', '363LP2300X'],
    category: 'primary-care',
  },
  { systems: SNOMED, codes: ['453231000124104', '446050000', '62247001', '59058001'], category: 'primary-care' },
  { systems: [CODE_SYSTEMS.v3ParticipationFunction], codes: ['PCP'], category: 'primary-care' },
  { systems: SNOMED, codes: ['116154003'], category: 'client' },
  { systems: SNOMED, codes: ['133932002'], category: 'family' },
];

interface TextRow {
  readonly pattern: RegExp;
  readonly category: RoleCategory;
}

/**
 * Free-text role names other than peer, tried in order on CodeableConcept.text and coding
 * displays. Peers are not here: isPeerSpecialist() (peer.ts) is the one peer recogniser and
 * categoriseRole asks it first, so "peer support supervisor" reaches the supervisor row. Therapy
 * that is not talking therapy (physical, occupational, ...) is excluded from "therapist".
 */
export const ROLE_TEXT_TABLE: readonly TextRow[] = [
  { pattern: /\bsupervis/i, category: 'supervisor' },
  { pattern: /\bpsychiatr(ist|y)\b/i, category: 'psychiatrist' },
  { pattern: /\bcase[\s-]+manag|\bcare[\s-]+(coordinat|manag)/i, category: 'case-manager' },
  { pattern: /\bcommunity[\s-]+health[\s-]+worker|\bCHW\b|\bpromotor[ae]?\b/i, category: 'community-health-worker' },
  { pattern: /\bnurse\b|\bnursing\b|\bRN\b|\bLPN\b/i, category: 'nurse' },
  {
    pattern:
      /^(?!.*\b(physical|occupational|respiratory|speech|radiation)\b).*(\btherap|\bcounsel|\bpsycholog|clinical social worker|\bLCSW\b|\bLMFT\b|\bLPC\b)/i,
    category: 'therapist',
  },
  {
    pattern: /\bprimary[\s-]+care|\bgeneral[\s-]+practi|\bfamily[\s-]+(medicine|physician|doctor)|\bGP\b|\bPCP\b/i,
    category: 'primary-care',
  },
];

/** Text that names the client or family; only used when the member's kind does not already say. */
export const PERSON_TEXT_TABLE: readonly TextRow[] = [
  { pattern: /\bpatient\b|\bclient\b/i, category: 'client' },
  {
    pattern: /\bcare ?giver\b|\bcarer\b|\bfamily\b|\bparent\b|\bspouse\b|\bpartner\b|\bguardian\b|\bfriend\b/i,
    category: 'family',
  },
];

/** The project's own code systems for the referral loop (values: src/model/referral-loop.ts). */
const PROJECT_CODE_SYSTEMS = 'https://care-team-elements.org/fhir/CodeSystem/';
export const REFERRAL_LOOP_SYSTEMS = {
  /** Task.statusReason coding when the programme declines. */
  declineReason: `${PROJECT_CODE_SYSTEMS}peer-referral-decline-reason`,
  /** Task.output.valueCodeableConcept: how the referral ended. */
  outcome: `${PROJECT_CODE_SYSTEMS}peer-referral-outcome`,
  /** Task.output.type of that outcome. */
  outputType: `${PROJECT_CODE_SYSTEMS}peer-referral-output-type`,
} as const;

/** Task.output.type of the referral's outcome. */
export const REFERRAL_OUTCOME_OUTPUT: CodingConstant = {
  system: REFERRAL_LOOP_SYSTEMS.outputType,
  code: 'outcome',
  display: 'Peer support referral outcome',
};

/** ServiceRequest.code as the HL7 US Behavioral Health Profiles guide codes a referral to peer support. */
export const SNOMED_PEER_SUPPORT_REFERRAL: CodingConstant = {
  system: CODE_SYSTEMS.snomed,
  code: '461481000124109',
  display: 'Referral to peer support (procedure)',
};
