/**
 * A referral's status told truthfully, the same in every element that shows it (the chip, the
 * client's referral list): who has it, or who it was sent to while nobody has taken it; who
 * declined and why, in the programme's own word; how it ended. Pure: a referral in, words out.
 */
import { formatDate } from '../i18n/dates.js';
import { defineMessages } from '../i18n/localize.js';
import type { Party } from '../model/common.js';
import { statusNeedsReason, type Referral } from '../model/referral.js';
import type { DeclineReason, ReferralOutcome } from '../model/referral-loop.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const referralStatusEnglish = {
  'state.draft': 'Draft, not sent',
  'state.requested': 'Sent',
  'state.received': 'Received',
  'state.accepted': 'Accepted',
  'state.rejected': 'Declined',
  'state.ready': 'Ready',
  'state.cancelled': 'Cancelled',
  'state.in-progress': 'In progress',
  'state.on-hold': 'On hold',
  'state.failed': 'Could not be completed',
  'state.completed': 'Completed',
  'state.entered-in-error': 'Entered in error',
  sentTo: 'Sent to {name}',
  acceptedBy: 'Accepted by {name}',
  inProgressWith: 'In progress with {name}',
  declinedBy: 'Declined by {name}',
  theProgramme: 'the peer support programme',
  'declineReason.no-capacity': 'No capacity',
  'declineReason.could-not-reach-client': 'Could not reach the client',
  'declineReason.client-declined': 'The client declined',
  'declineReason.not-eligible': 'Not eligible',
  'declineReason.other': 'Other reason',
  'outcome.engaged': 'First meeting held, the client engaged',
  'outcome.client-chose-not-to-continue': 'The client chose not to continue',
  'outcome.could-not-reach-client': 'Could not reach the client',
  'outcome.referred-elsewhere': 'Referred elsewhere',
  sentence: 'Peer support referral: {headline}.',
  sentenceSent: 'Peer support referral sent {date}: {headline}.',
  because: '{words}.',
};

const t = defineMessages('referral-status', referralStatusEnglish);

/** A coded decline reason in words (the chart, the list and the inbox say it the same way). */
export const declineReasonText = (reason: DeclineReason, locale?: string): string => t(`declineReason.${reason}`, undefined, locale);

/** A coded outcome in words. */
export const outcomeText = (outcome: ReferralOutcome, locale?: string): string => t(`outcome.${outcome}`, undefined, locale);

export interface ReferralStatusText {
  /** What happened and who has it: "Sent to PeerBridge Peer Support Program", "Accepted by Rosa Delgado". */
  headline: string;
  /** Why, or how it ended: the coded reason or outcome and the programme's own words, joined. */
  detail?: string;
  /** The whole state in one sentence, for an accessible name and for announcing a change. */
  sentence: string;
}

const isProgramme = (party: Party | undefined): boolean => /^(Organization|HealthcareService)\//.test(party?.reference ?? '');

function headline(referral: Referral, locale: string | undefined): string {
  const { status, owner } = referral;
  const name = owner?.name;
  switch (status) {
    case 'requested':
    case 'received':
    case 'ready': {
      // Nobody has taken it yet: the owner (or the requested performer) is who it was sent to.
      const to = name ?? referral.performer?.name;
      return to ? t('sentTo', { name: to }, locale) : t(`state.${status}`, undefined, locale);
    }
    case 'accepted':
      return name ? t('acceptedBy', { name }, locale) : t('state.accepted', undefined, locale);
    case 'in-progress':
      return name ? t('inProgressWith', { name }, locale) : t('state.in-progress', undefined, locale);
    case 'rejected': {
      const by = referral.lastChangedBy?.name ?? (isProgramme(owner) ? name : undefined) ?? t('theProgramme', undefined, locale);
      return t('declinedBy', { name: by }, locale);
    }
    default:
      return t(`state.${status}`, undefined, locale);
  }
}

function detail(referral: Referral, locale: string | undefined): string | undefined {
  const coded =
    referral.outcome !== undefined
      ? outcomeText(referral.outcome, locale)
      : referral.status === 'rejected' && referral.declineReason !== undefined
        ? declineReasonText(referral.declineReason, locale)
        : undefined;
  // The programme's own words: the outcome's, else the reason a status that needs one was given for.
  const words = referral.outcomeText ?? (statusNeedsReason(referral.status) ? referral.statusReason : undefined);
  const parts = [coded, words].filter((part): part is string => !!part && part.trim() !== '');
  // The programme's words often repeat the coded label ("No capacity"): say it once.
  const unique = parts.filter(
    (part, index) => parts.findIndex((other) => other.trim().toLowerCase() === part.trim().toLowerCase()) === index,
  );
  return unique.length ? unique.join(': ') : undefined;
}

export function referralStatusText(referral: Referral, locale?: string): ReferralStatusText {
  const head = headline(referral, locale);
  const why = detail(referral, locale);
  // The day it was sent is enough in a sentence; the chip shows when it last changed.
  const date = formatDate(referral.authoredOn?.slice(0, 10), locale);
  const main = date ? t('sentenceSent', { date, headline: head }, locale) : t('sentence', { headline: head }, locale);
  return { headline: head, ...(why ? { detail: why } : {}), sentence: why ? `${main} ${t('because', { words: why }, locale)}` : main };
}
