/**
 * Everything the open referral form needs and the button, the chip and the cancellation do not:
 * the form, reading and validating the draft (zod), building the FHIR resources, creating them,
 * and loading who the referral can go to. Loaded the first time it is needed (workflow-loader.ts),
 * so a page that only shows the button or a referral's status never downloads it.
 */
export { formView } from './form-view.js';
export { draftFromForm, isDirty } from './draft.js';
export { validateReferralDraft } from '../../model/schemas/referral-draft.js';
export { buildReferralResources } from '../../fhir/write/referral-resources.js';
export { mintIdempotencyKey } from '../../fhir/write/idempotency.js';
export { createReferral } from '../../data/create-referral.js';
export { withdrawReferralDraft } from '../../data/withdraw-referral-draft.js';
export { loadRecipients } from '../../data/load-recipients.js';
