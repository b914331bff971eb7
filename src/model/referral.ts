/**
 * A referral to peer support (HL7 SDOH Clinical Care pattern: ServiceRequest + Task + Consent)
 * and the draft the referral form produces.
 */
import type { ReferralStatus, Urgency } from './code-lists.js';
import type { ReferralPreferences, Referral } from './schemas/referral.js';

export type { ReferralPreferences, Referral };
export { PEER_GENDERS, REFERRAL_STATUSES, URGENCIES, type ReferralStatus, type Urgency } from './code-lists.js';

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
export const REQUESTER_STATUSES = ['draft', 'requested', 'entered-in-error', 'cancelled'] as const satisfies readonly ReferralStatus[];
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

export const URGENCY_PRIORITY = { routine: 'routine', soon: 'urgent', urgent: 'asap' } as const satisfies Record<Urgency, string>;
