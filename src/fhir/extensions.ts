/**
 * The project's FHIR extensions, under one canonical base URL.
 *
 * FHIR R4 has no elements for what a peer specialist does and does not do, their competencies,
 * supervision or a consented lived-experience statement, nor for a referral's preferences, so these
 * live here. The README documents each one; the mappers and builders use only these constants.
 */

export const EXTENSION_BASE = 'https://care-team-elements.org/fhir/StructureDefinition/';
export const CODE_SYSTEM_BASE = 'https://care-team-elements.org/fhir/CodeSystem/';

export const EXT = {
  /** PractitionerRole. Complex: `does` (valueString, 0..*), `does-not` (valueString, 0..*). */
  roleScope: `${EXTENSION_BASE}peer-role-scope`,
  /** PractitionerRole, 0..*. valueCoding from `SYSTEM.competency` (SAMHSA categories "1".."12"). */
  competency: `${EXTENSION_BASE}peer-competency`,
  /** PractitionerRole, 0..*. valueCoding from `SYSTEM.peerValue` (N.A.P.S. values). */
  peerValue: `${EXTENSION_BASE}peer-value`,
  /**
   * PractitionerRole. Complex: `supervisor` (valueReference to a PractitionerRole or Practitioner,
   * with display), `supervisor-name` (valueString, when there is no resource), `cadence`
   * (valueString, e.g. "Weekly, 1 hour"), `supervisor-has-peer-experience` (valueBoolean).
   */
  supervision: `${EXTENSION_BASE}peer-supervision`,
  /**
   * PractitionerRole. Complex: `statement` (valueString, the peer's own words), `audience`
   * (valueCode: team | client | both), `consent-date` (valueDateTime), `revoked` (valueDateTime;
   * present means the consent was withdrawn and the statement must not be shown).
   */
  livedExperience: `${EXTENSION_BASE}lived-experience`,
  /** PractitionerRole or CareTeam.participant. valueString: what this member does in this team. */
  responsibility: `${EXTENSION_BASE}team-responsibility`,
  /** ServiceRequest. valueString: what the client hopes for, in the client's own words. */
  clientHopes: `${EXTENSION_BASE}referral-client-hopes`,
  /**
   * ServiceRequest. Complex: `language` (valueCoding, BCP-47 in urn:ietf:bcp:47),
   * `shared-experience` (valueString, 0..*), `peer-gender` (valueCode from administrative-gender).
   */
  referralPreferences: `${EXTENSION_BASE}referral-preferences`,
  /**
   * Task. valueReference (PractitionerRole, Practitioner or Organization, with display): who made
   * the Task's latest change (a decline, an acceptance). R4's Task has no element for it, and the
   * chart names who declined from it; without it the chart names the programme.
   */
  taskLastChangedBy: `${EXTENSION_BASE}task-last-changed-by`,
  /** PractitionerRole. valueInteger: how many open referrals this peer can hold (their caseload capacity). */
  caseloadCapacity: `${EXTENSION_BASE}peer-caseload-capacity`,
} as const;

/** Standard HL7 extension for pronouns (R5 cross-version, used in R4 data in the wild). */
export const PRONOUNS_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/individual-pronouns';

export const SYSTEM = {
  competency: `${CODE_SYSTEM_BASE}samhsa-peer-competency`,
  peerValue: `${CODE_SYSTEM_BASE}naps-peer-value`,
  /** Identifier system of the idempotency key minted when a referral form opens. */
  referralKey: 'urn:care-team-elements:referral-key',
} as const;
