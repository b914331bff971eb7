/**
 * Every string the care plan panel shows or announces (namespace `carePlan`), and the labels of
 * FHIR codes it displays. Translate with `registerMessages(locale, { 'carePlan.<key>': ... })`.
 */
import { defineMessages, bindMessages, type Msg } from '../../i18n/localize.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const english = {
  what: 'the care plan',
  whatEmpty: 'care plan',
  whatActive: 'active care plan',
  untitled: 'Care plan',
  'code.draft': 'Draft',
  'code.active': 'Active',
  'code.on-hold': 'On hold',
  'code.revoked': 'Revoked',
  'code.completed': 'Completed',
  'code.entered-in-error': 'Entered in error',
  'code.unknown': 'Status unknown',
  'code.not-started': 'Not started',
  'code.scheduled': 'Scheduled',
  'code.in-progress': 'In progress',
  'code.cancelled': 'Cancelled',
  'code.stopped': 'Stopped',
  'code.proposed': 'Proposed',
  'code.planned': 'Planned',
  'code.accepted': 'Accepted',
  'code.rejected': 'Rejected',
  'code.improving': 'Improving',
  'code.worsening': 'Worsening',
  'code.no-change': 'No change',
  'code.achieved': 'Achieved',
  'code.sustaining': 'Sustaining',
  'code.not-achieved': 'Not achieved',
  'code.no-progress': 'No progress',
  'code.not-attainable': 'Not attainable',
  planStatus: 'Plan status',
  period: 'Period',
  between: '{start} – {end}',
  since: 'since {date}',
  until: 'until {date}',
  author: 'Author',
  contributors: 'Contributors',
  careTeam: 'Care team',
  former: 'former',
  unknownPerson: 'Unnamed team member',
  view: 'View',
  byGoal: 'By goal',
  byMember: 'By team member',
  peerOnly: 'Peer support only',
  showing: 'Showing {shown} of {total} activities',
  noPeer: 'No activity in this plan is led by a peer specialist.',
  noActivities: 'This plan has no goals or activities yet.',
  ownWords: 'In {name}’s own words',
  expressedBy: 'Expressed by {name}',
  goalStatus: 'Goal status',
  achievement: 'Progress',
  targets: 'Targets',
  due: 'due',
  goalUnavailable: 'A goal that could not be loaded',
  otherActivities: 'Activities not linked to a goal',
  unassigned: 'Not assigned to anyone',
  nothingYet: 'No activities for this goal yet.',
  detailsUnder: 'details under “{group}”',
  who: 'Who',
  when: 'When',
  serves: 'Serves',
  unnamedActivity: 'Unnamed activity',
  progress: 'Progress notes ({count})',
  statusOf: 'Status of “{what}”',
  linkedStatus: 'Status is kept in the linked record.',
  saveStatus: 'Save status',
  noteFor: 'Progress note for “{what}”',
  addNote: 'Add note',
  emptyNote: 'Write the note before adding it.',
  saving: 'Saving…',
  noteSaved: 'Note added to “{what}”.',
  statusSaved: 'Status of “{what}” set to {status}.',
  reloaded: 'Someone else saved first; your change was added to the latest version.',
  saveFailed: 'Not saved. {reason}',
  noteKept: 'Your note is still in the box.',
  retry: 'Retry',
  dismiss: 'Dismiss',
  gone: 'Not saved: someone else changed or removed that activity, or added one just like it, so it could not be told apart. Check the plan and add it where it belongs.',
  conflictTitle: 'Someone else changed this status',
  conflictBody: 'While you were choosing “{mine}”, someone else saved “{theirs}”. Which should stay?',
  keepMine: 'Keep mine: {status}',
  keepTheirs: 'Keep theirs: {status}',
  choosePlan: 'Care plan',
  planOption: '{title}, from {date}',
};

export const t = defineMessages('carePlan', english);

export type PanelMessage = Parameters<typeof t>[0];

/**
 * The label of a FHIR code the panel shows (plan, goal and activity statuses, goal achievement;
 * one list, as they share most codes). Text the data gave instead of a code is shown as it is.
 */
/** The panel's messages bound to one locale: templates read `ctx.m('key')`. */
export const bind = (locale: string): Msg<PanelMessage> => bindMessages(t, locale);

export function codeLabel(code: string, locale: string): string {
  const key = `code.${code}` as PanelMessage;
  return t(key, undefined, locale) ?? code;
}
