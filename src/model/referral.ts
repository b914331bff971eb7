/**
 * A referral to peer support (HL7 SDOH Clinical Care pattern: ServiceRequest + Task + Consent)
 * and the draft the referral form produces.
 */
import type { ReferralPreferences, Referral } from './schemas/referral.js';

export type { ReferralPreferences, Referral };

/** R4 Task.status: the referral's status is its Task's status. */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The statuses the referral button shows (DESIGN.md); `received` and `ready` are not used here. */
export const SHOWN_REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'cancelled',
  'entered-in-error',
] as const satisfies readonly ReferralStatus[];

/** Task.statusReason.text is required (and shown) for these. */
export const STATUS_NEEDS_REASON = ['rejected', 'cancelled', 'on-hold', 'failed'] as const satisfies readonly ReferralStatus[];

/** Who may set each status (PEER-ROLE.md). `cancelled` is open to either side. */
export const REQUESTER_STATUSES = [
  'draft',
  'requested',
  'entered-in-error',
  'cancelled',
] as const satisfies readonly ReferralStatus[];
export const PROGRAMME_STATUSES = [
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'cancelled',
] as const satisfies readonly ReferralStatus[];

/** The ends of the Task state machine: nothing more happens to the referral (no cancel, no polling). */
export const FINAL_REFERRAL_STATUSES = [
  'completed',
  'cancelled',
  'rejected',
  'failed',
  'entered-in-error',
] as const satisfies readonly ReferralStatus[];

export function isFinalReferralStatus(status: ReferralStatus | undefined): boolean {
  return (FINAL_REFERRAL_STATUSES as readonly (string | undefined)[]).includes(status);
}

export type ReferralActor = 'requester' | 'programme';

export function statusNeedsReason(status: ReferralStatus): boolean {
  return (STATUS_NEEDS_REASON as readonly string[]).includes(status);
}

export function mayActorSetStatus(actor: ReferralActor, status: ReferralStatus): boolean {
  const allowed: readonly string[] = actor === 'requester' ? REQUESTER_STATUSES : PROGRAMME_STATUSES;
  return allowed.includes(status);
}

/** How soon the client should be contacted. Maps to ServiceRequest.priority (see URGENCY_PRIORITY). */
export const URGENCIES = ['routine', 'soon', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_PRIORITY = { routine: 'routine', soon: 'urgent', urgent: 'asap' } as const satisfies Record<Urgency, string>;

/** administrative-gender, for a preferred peer's gender. */
export const PEER_GENDERS = ['male', 'female', 'other', 'unknown'] as const;

