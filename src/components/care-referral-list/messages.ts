/** Every visible string and accessible name of <care-referral-list> (namespace `referral-list`). */
import { bindMessages, defineMessages, type Msg } from '../../i18n/localize.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const english = {
  title: 'Referrals to peer support',
  what: 'the referrals to peer support',
  empty: 'No referrals to peer support yet.',
  closed: 'Closed referrals ({count})',
  sent: 'Sent {date}',
  notSent: 'Not sent yet',
  to: 'To {name}',
  toProgramme: 'To the peer support programme',
  reason: 'Reason',
  hopes: 'What the client hopes for',
  urgency: 'How soon',
  'urgency.routine': 'Routine',
  'urgency.soon': 'Soon (within days)',
  'urgency.urgent': 'Urgent',
  note: 'Note for the peer team',
  requester: 'Referred by',
  changed: 'Last changed',
  details: 'Details',
  detailsFor: 'Details of the referral sent {date}',
  updates: 'Referral status updates',
  checkNow: 'Check for updates',
  stale: 'The statuses may be out of date.',
};

export const t = defineMessages('referral-list', english);

export type ListMessage = Parameters<typeof t>[0];

/** The list's messages bound to one locale: templates read `ctx.m('key')`. */
export const bind = (locale: string): Msg<ListMessage> => bindMessages(t, locale);
