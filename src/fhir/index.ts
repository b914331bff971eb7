/**
 * FHIR R4 in and out: read mappers (unknown JSON → model + problems, never throwing), reference
 * resolution, write builders for referrals and care-plan updates, and every code used.
 * No side effects.
 */
export type * from './types.js';
export { EXT, SYSTEM, EXTENSION_BASE, CODE_SYSTEM_BASE, PRONOUNS_EXTENSION } from './extensions.js';
export * from './codes.js';
export { isPeerSpecialist } from './peer.js';
export { categoriseRole } from './categorise.js';
export {
  createResolver,
  parseReference,
  referenceKey,
  type ReferenceResolver,
  type ResolvedResource,
  type ResolverSource,
} from './references.js';

export { periodHasEnded, type ReadContext } from './read/context.js';
export { codeableConceptText, humanNameText } from './read/datatypes.js';
export { readCareTeam } from './read/care-team.js';
export { readPeerRole } from './read/practitioner-role.js';
export { readPractitioner } from './read/practitioner.js';
export { readPatient } from './read/patient.js';
export { readRelatedPerson } from './read/related-person.js';
export { readOrganization } from './read/organization.js';
export { readGoal } from './read/goal.js';
export { readCarePlan } from './read/care-plan.js';
export { readReferral, type ReferralResources } from './read/referral.js';

export {
  buildReferralResources,
  withServiceRequestReference,
  revokedServiceRequest,
  referralRecipients,
  sharedExperienceText,
  SHARED_EXPERIENCES,
  type SharedExperience,
  type ReferralRecipient,
  type ReferralContext,
  type ReferralResourceSet,
} from './write/referral.js';
export { buildReferralTransaction } from './write/transaction.js';
export { mintIdempotencyKey, ifNoneExistFor, conditionalReference, referralIdentifier } from './write/idempotency.js';
export { withTaskStatus } from './write/task-status.js';
export { withActivityStatus, withActivityNote, type ActivityNoteInput } from './write/care-plan.js';
