/**
 * Every string the referral inbox shows or announces (namespace `referralInbox`), including the
 * words for decline reasons, outcomes, statuses, urgencies, genders and capacity statuses.
 * Translate with `registerMessages(locale, { 'referralInbox.<key>': ... })`.
 */
import { SHARED_EXPERIENCES, type SharedExperience } from '../../fhir/write/referral.js';
import { defineMessages } from '../../i18n/localize.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const english = {
  what: 'the referral inbox',
  title: 'Peer support referrals',
  views: 'Views',
  'view.needs-assignment': 'Needs assignment',
  'view.mine': 'Mine',
  'view.closed': 'Closed',
  viewCount: '{label} ({count})',
  emptyView: 'No referrals here.',
  emptyNeeds: 'No referrals waiting.',
  filters: 'Filters',
  filterStatus: 'Status',
  filterUrgency: 'Urgency',
  any: 'Any',
  check: 'Check for new referrals',
  checked: 'Checked for new referrals: {count} open.',
  nowStatus: '{client}: now {status}.',
  caseload: 'Caseload',
  caseloadOf: '{open} of {capacity} open referrals',
  caseloadOpen: '{open} open referrals, capacity not set',
  full: 'full',
  programmeCapacity: 'Programme capacity',
  'capacity.capacity': 'Taking new referrals',
  'capacity.no-capacity': 'Not taking new referrals',
  'capacity.waitlist': 'Waitlist only',
  'capacity.additional-assessment-required': 'Assessment needed before taking referrals',
  'urgency.routine': 'Routine',
  'urgency.soon': 'Soon',
  'urgency.urgent': 'Urgent',
  'status.draft': 'Draft',
  'status.requested': 'New',
  'status.received': 'Received',
  'status.accepted': 'Accepted',
  'status.rejected': 'Declined',
  'status.ready': 'Ready',
  'status.cancelled': 'Cancelled by the clinic',
  'status.in-progress': 'In progress',
  'status.on-hold': 'On hold',
  'status.failed': 'Could not be completed',
  'status.completed': 'Completed',
  'status.entered-in-error': 'Entered in error',
  ...(Object.fromEntries(Object.entries(SHARED_EXPERIENCES).map(([code, label]) => [`shared.${code}`, label])) as Record<
    `shared.${SharedExperience}`,
    string
  >),
  'gender.male': 'a male peer',
  'gender.female': 'a female peer',
  'gender.other': 'a peer of another gender',
  clientUnnamed: 'Client (name not available)',
  prefersLanguage: 'prefers {language}',
  reason: 'Reason',
  hopes: 'The client hopes for',
  preferences: 'Preferences',
  prefLanguage: 'speaks {language}',
  prefShared: 'shared experience of {what}',
  prefGender: 'prefers {gender}',
  noPreferences: 'None given',
  urgency: 'Urgency',
  note: 'Note for the peer team',
  consent: 'Consent to share',
  consentActive: 'Given {date}',
  consentActiveUndated: 'Given',
  consentNot: 'Not active ({status})',
  // Consent.status, as the words in consentNot's {status}.
  'consentStatus.draft': 'a draft',
  'consentStatus.proposed': 'proposed, not yet given',
  'consentStatus.active': 'given',
  'consentStatus.rejected': 'refused',
  'consentStatus.inactive': 'withdrawn or expired',
  'consentStatus.entered-in-error': 'entered in error',
  consentMissing: 'Not recorded',
  referredBy: 'Referred by',
  sent: 'Sent',
  changed: 'last changed {when}',
  askedFor: 'Peer asked for',
  owner: 'With',
  nobody: 'Nobody yet',
  statusReason: 'Reason given',
  outcome: 'Outcome',
  history: 'Other peer-support referrals for this client',
  historyItem: '{date}: {status}',
  notGiven: 'Not given',
  actions: 'Actions for {name}',
  'action.assign': 'Assign…',
  'action.reassign': 'Reassign…',
  'action.accept': 'Accept',
  'action.decline': 'Decline…',
  'action.start': 'Start peer support',
  'action.hold': 'Put on hold…',
  'action.resume': 'Resume',
  'action.complete': 'Complete…',
  needWords: 'Please say why, in a few words.',
  needPeer: 'Choose a peer.',
  'done.assign': '{client}: assigned to {peer}.',
  'done.accept': '{client}: accepted by {peer}.',
  'done.decline': '{client}: declined.',
  'done.start': '{client}: peer support started.',
  'done.hold': '{client}: on hold.',
  'done.resume': '{client}: peer support resumed.',
  'done.complete': '{client}: completed.',
  conflict: '{name} changed this referral first. Your change was not saved. It is now: {status}.',
  conflictSomeone: 'Someone else',
  statusWith: '{status}, with {name}',
  saveFailed: 'Your change was not saved: {reason}',
  saveFailedUnknown: 'Your change was not saved.',
  loadingForm: 'Loading the form…',
  formFailed: 'The form could not be loaded. Choose the action again to retry.',
  cannotAct: 'Sign in as a programme member to act on referrals.',
};

export const t = defineMessages('referralInbox', english);

export type InboxMessageKey = Parameters<typeof t>[0];

/**
 * A stored shared-experience value in words: a known code, or a known code's English label as
 * another system may have stored it, in the locale; other text as it is.
 */
export function sharedExperienceWords(value: string, locale: string | undefined): string {
  const wanted = value.trim().toLowerCase();
  const code = (Object.keys(SHARED_EXPERIENCES) as SharedExperience[]).find(
    (known) => known === wanted || SHARED_EXPERIENCES[known].toLowerCase() === wanted,
  );
  return code ? t(`shared.${code}`, undefined, locale) : value;
}
