/**
 * What the peer programme sends back along the referral loop (HL7 SDOH Clinical Care STU 3: the
 * Task's statusReason and output): why a referral was declined and how it ended. Plain lists, no
 * wording: the words are in the translations, the FHIR codings in src/fhir/codes.ts.
 */

/** Why the programme declined (Task.statusReason when status is `rejected`); `other` needs words. */
export const DECLINE_REASONS = ['no-capacity', 'could-not-reach-client', 'client-declined', 'not-eligible', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** How a referral ended (Task.output, with `completed` or `failed`). */
export const REFERRAL_OUTCOMES = ['engaged', 'client-chose-not-to-continue', 'could-not-reach-client', 'referred-elsewhere'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const isDeclineReason = (value: unknown): value is DeclineReason => (DECLINE_REASONS as readonly unknown[]).includes(value);
export const isReferralOutcome = (value: unknown): value is ReferralOutcome => (REFERRAL_OUTCOMES as readonly unknown[]).includes(value);
