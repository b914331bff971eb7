/** Every visible string and accessible name of <care-referral-button> (namespace `referral`). */
import { SHARED_EXPERIENCES, type SharedExperience } from '../../fhir/write/referral.js';
import { defineMessages, type MessageValues } from '../../i18n/localize.js';

export const t = defineMessages('referral', {
  open: 'Refer to peer support',
  required: 'Fields marked * are required.',
  reason: 'Reason for the referral',
  hopes: 'What the client hopes for, in their words',
  preferences: 'Preferences',
  'preferences.summary': 'Preferences (optional):',
  'preferences.none': 'none chosen',
  'preferences.count': '{count} chosen',
  language: 'Language',
  noPreference: 'No preference',
  shared: 'Shared experience that matters',
  ...(Object.fromEntries(Object.entries(SHARED_EXPERIENCES).map(([code, label]) => [`shared.${code}`, label])) as Record<
    `shared.${SharedExperience}`,
    string
  >),
  gender: 'Gender of the peer',
  'gender.female': 'Female',
  'gender.male': 'Male',
  'gender.other': 'Other',
  urgency: 'How soon',
  'urgency.routine': 'Routine',
  'urgency.soon': 'Soon (within days)',
  'urgency.urgent': 'Urgent',
  recipient: 'Refer to',
  programme: 'The peer support programme',
  peerGroup: 'A specific peer',
  peers: 'the peer specialists',
  note: 'Note for the peer team',
  consent: 'The client agrees that their information may be shared with the peer support programme',
  submit: 'Send referral',
  sending: 'Sending…',
  close: 'Cancel',
  discard: 'Discard draft',
  'discard.question': 'Discard the typed referral?',
  'discard.confirm': 'Discard',
  'discard.keep': 'Keep editing',
  draftKept: 'Draft kept (not sent)',
  retry: 'Retry',
  fix: '{count} field(s) need attention.',
  'error.reason-required': 'Enter the reason for the referral.',
  'error.consent-required': 'The client’s consent is required.',
  'error.invalid': 'Check this value.',
  'error.recipient': 'Choose a peer: no peer support programme is known.',
  notSent: 'The referral was not sent.',
  'fail.network': 'The connection to the server was lost.',
  'fail.timeout': 'The server did not answer in time.',
  'fail.server': 'The server had a problem (error {status}).',
  'fail.validation': 'The server did not accept it: {detail}',
  'fail.conflict': 'It conflicts with a record on the server (error {status}); nothing was duplicated.',
  'fail.other': 'Something went wrong.',
  'fail.kept': 'It is kept as typed; Retry never duplicates it. To change it, discard it.',
  'fail.partial': 'Part of it was saved; Retry completes it.',
  what: 'the referral',
  form: 'the referral form',
  noPatient: 'Referral unavailable: no client selected.',
  label: 'Peer support referral',
  updates: 'Referral status updates',
  'duplicate.notice': 'An open referral to peer support exists: {status}.',
  'duplicate.title': 'This client already has an open referral',
  'duplicate.text': 'Their referral to peer support is open: {status}. Make another only if a second referral is really needed.',
  'duplicate.view': 'View the open referral',
  'duplicate.continue': 'Refer again anyway',
  checkNow: 'Check for updates',
  changed: 'Updated {when}',
  stale: 'The status may be out of date.',
  cancel: 'Cancel referral',
  cancelTitle: 'Cancel this referral?',
  cancelReason: 'Why is it being cancelled?',
  keep: 'Keep referral',
  'error.cancel-reason': 'Enter a reason.',
  cancelFailed: 'The cancellation was not completed.',
  cancelConflict: 'It changed meanwhile; the current status is shown.',
});

export type MessageKey = Parameters<typeof t>[0];
export type Msg = (key: MessageKey, values?: MessageValues) => string;

/** The translator bound to one locale, for a render pass. */
export const bind =
  (locale: string): Msg =>
  (key, values) =>
    t(key, values, locale);
