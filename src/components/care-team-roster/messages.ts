/** The roster's English strings (namespace `roster`); translations via `registerMessages`. */
import { bindMessages, defineMessages, type Msg } from '../../i18n/localize.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const english = {
  what: 'the care team',
  whatNoun: 'care team',
  title: 'Care team',
  members: 'Team members',
  count: 'Members: {count}',
  showing: 'Showing {shown} of {total} members',
  groupBy: 'Group by',
  // Option labels, keyed by the values of GROUP_BY and SORT_BY.
  role: 'Role',
  organization: 'Organisation',
  none: 'No grouping',
  name: 'Name',
  filter: 'Show',
  allRoles: 'All roles ({count})',
  labelCount: '{label} ({count})',
  sort: 'Sort by',
  past: 'Past members ({count})',
  unknownMember: 'Unknown member',
  noOrganization: 'No organisation',
  peerHere: 'What a peer does here:',
  since: 'Since {date}',
  until: 'Until {date}',
  range: '{start} – {end}',
  empty: 'This care team has no members yet.',
  noMatch: 'No members match this filter.',
  noTeam: 'active care team for this client',
  noPeerTitle: 'No peer specialist on this team',
  noPeerBody: 'A peer specialist brings lived experience of recovery: hope, practical support and advocacy alongside the clinical team.',
};

const t = defineMessages('roster', english);

export type MessageKey = Parameters<typeof t>[0];

/** The roster's messages bound to one locale: `bind(locale)('key')`. */
export const bind = (locale: string | undefined): Msg<MessageKey> => bindMessages(t, locale);
