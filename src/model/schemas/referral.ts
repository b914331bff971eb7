/** The zod schemas of referral.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { PEER_GENDERS, REFERRAL_STATUSES, URGENCIES } from '../code-lists.js';
import { PartySchema, SubjectSchema } from './common.js';
import { DECLINE_REASONS, REFERRAL_OUTCOMES } from '../referral-loop.js';

export const ReferralPreferencesSchema = z.object({
  /** BCP-47 code. */
  language: z.optional(z.string()),
  sharedExperience: z.array(z.string()),
  peerGender: z.optional(z.enum(PEER_GENDERS)),
});
export type ReferralPreferences = z.infer<typeof ReferralPreferencesSchema>;

export const ReferralSchema = z.object({
  serviceRequestId: z.optional(z.string()),
  taskId: z.optional(z.string()),
  consentId: z.optional(z.string()),
  /** Consent.status and dateTime when the Consent was given to the mapper. */
  consentStatus: z.optional(z.string()),
  consentDate: z.optional(z.string()),
  status: z.enum(REFERRAL_STATUSES),
  statusReason: z.optional(z.string()),
  owner: z.optional(PartySchema),
  lastModified: z.optional(z.string()),
  authoredOn: z.optional(z.string()),
  reason: z.optional(z.string()),
  clientHopes: z.optional(z.string()),
  preferences: ReferralPreferencesSchema,
  urgency: z.enum(URGENCIES),
  note: z.optional(z.string()),
  patient: z.optional(SubjectSchema),
  requester: z.optional(PartySchema),
  performer: z.optional(PartySchema),
  /** The idempotency key (ServiceRequest.identifier of SYSTEM.referralKey). */
  identifierKey: z.optional(z.string()),
  /** Why the programme declined, when it coded it (Task.statusReason). */
  declineReason: z.optional(z.enum(DECLINE_REASONS)),
  /** How the referral ended (Task.output), and the programme's own words for it. */
  outcome: z.optional(z.enum(REFERRAL_OUTCOMES)),
  outcomeText: z.optional(z.string()),
  /** Who made the Task's latest change, where the Task says. */
  lastChangedBy: z.optional(PartySchema),
});
export type Referral = z.infer<typeof ReferralSchema>;
