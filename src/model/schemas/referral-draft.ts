/**
 * The draft the referral form produces, and its validation. Only the form needs it (a lazy chunk
 * in the CDN build), so it lives apart from the referral's statuses, which every page shows.
 */
import { z } from '../zod.js';
import { PEER_GENDERS, URGENCIES } from '../code-lists.js';

/** Messages are localisation keys: the form shows them next to the field named by the path. */
export const REFERRAL_DRAFT_ERRORS = {
  reasonRequired: 'referral.error.reason-required',
  consentRequired: 'referral.error.consent-required',
  invalid: 'referral.error.invalid',
} as const;

// `/* @__PURE__ */` on each `.check()` chain: a bundler cannot prove such a method call free of
// side effects, so without it this schema (and zod's checks) would be built on every page that
// imports the model, not only where the form is opened.
const optionalText = z.optional(/* @__PURE__ */ z.string(REFERRAL_DRAFT_ERRORS.invalid).check(z.trim()));

export const ReferralDraftSchema = z.object({
  reason: /* @__PURE__ */ z
    .string(REFERRAL_DRAFT_ERRORS.reasonRequired)
    .check(z.trim(), z.minLength(1, REFERRAL_DRAFT_ERRORS.reasonRequired)),
  clientHopes: optionalText,
  preferences: z.optional(
    z.object({
      language: optionalText,
      sharedExperience: z.optional(z.array(z.string(REFERRAL_DRAFT_ERRORS.invalid))),
      peerGender: z.optional(z.enum(PEER_GENDERS, REFERRAL_DRAFT_ERRORS.invalid)),
    }),
  ),
  urgency: z._default(z.enum(URGENCIES, REFERRAL_DRAFT_ERRORS.invalid), 'routine'),
  /** The peer, or the peer programme (Organization / HealthcareService), when one is chosen. */
  performer: z.optional(z.object({ reference: z.string(REFERRAL_DRAFT_ERRORS.invalid), display: z.optional(z.string()) })),
  note: optionalText,
  /** The client agreed to share information with the peer programme. Nothing is sent without it. */
  consentGiven: z.literal(true, REFERRAL_DRAFT_ERRORS.consentRequired),
});
export type ReferralDraft = z.infer<typeof ReferralDraftSchema>;
export type ReferralDraftInput = z.input<typeof ReferralDraftSchema>;

/** A draft field, or 'form' for a problem with the draft as a whole (e.g. not an object). */
export type DraftField = keyof ReferralDraft | 'form';

export type DraftValidation = { ok: true; draft: ReferralDraft } | { ok: false; fieldErrors: Partial<Record<DraftField, string>> };

function isDraftKey(field: unknown): field is keyof ReferralDraft {
  return typeof field === 'string' && Object.hasOwn(ReferralDraftSchema.def.shape, field);
}

/** Validates what the form holds; on failure, the first message key for each top-level field. */
export function validateReferralDraft(input: unknown): DraftValidation {
  const result = ReferralDraftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const fieldErrors: Partial<Record<DraftField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const key: DraftField = isDraftKey(field) ? field : 'form';
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
