/**
 * Every string the card shows. Namespaces: `peer-card.*` (the card's own text), `peer.does.N` /
 * `peer.does-not.N` (the default lists; the English is in src/model, the keys here), `peer-competency.N` (SAMHSA
 * categories 1..12) and `peer-value.<code>` (N.A.P.S. values).
 */
import { defineMessages, type MessageValues, bindMessages } from '../../i18n/localize.js';
import {
  DEFAULT_PEER_DOES,
  DEFAULT_PEER_DOES_NOT,
  NAPS_VALUES,
  SAMHSA_COMPETENCIES,
  type CompetencyCode,
  type NapsValueCode,
} from '../../model/peer-role.js';

/** The translation keys of the default lists (same index as the English in src/model): `peer.does.N`, `peer.does-not.N`. */
export const DEFAULT_PEER_DOES_KEYS = DEFAULT_PEER_DOES.map((_, index) => `peer.does.${index + 1}`);
export const DEFAULT_PEER_DOES_NOT_KEYS = DEFAULT_PEER_DOES_NOT.map((_, index) => `peer.does-not.${index + 1}`);

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const english = {
  what: 'the peer specialist’s details',
  emptyWhat: 'peer specialist',
  unnamed: 'Name not recorded',
  pronouns: '({pronouns})',
  photoOf: 'Photo of {name}',
  activeSince: 'Active since {date}',
  active: 'Active',
  ended: 'Role ended',
  endedOn: 'Role ended on {date}',
  notPeer: 'This role is not recorded as peer support.',
  does: 'What a peer specialist does',
  doesNot: 'What a peer specialist does not do',
  scopeDefault: 'The general peer role (after SAMHSA); the programme has not described its own.',
  credentials: 'Credential',
  noCredential: 'No credential recorded.',
  issuedBy: 'Issued by {issuer}',
  identifier: 'Number {identifier}',
  validRange: 'Valid {start} to {end}',
  validFrom: 'Valid from {start}',
  validUntil: 'Valid until {end}',
  expired: 'Expired',
  expiring: 'Expires soon',
  competencies: 'SAMHSA core competencies',
  values: 'Values',
  supervision: 'Supervision',
  supervisor: 'Supervisor',
  cadence: 'How often',
  peerExperience: 'Supervisor has peer experience',
  yes: 'Yes',
  no: 'No',
  availability: 'Availability',
  availabilityLabel: 'Availability:',
  allDay: 'all day',
  timeRange: '{start}–{end}',
  unavailable: 'Not available: {what}',
  languages: 'Languages',
  contact: 'Contact',
  'method.phone': 'Phone',
  'method.email': 'Email',
  'method.fax': 'Fax',
  'method.pager': 'Pager',
  'method.url': 'Web',
  'method.sms': 'Text message',
  'method.other': 'Other',
  livedExperience: 'In their own words',
  consented: 'Shared by the peer specialist, with consent, on {date}.',
  incomplete: 'Some details could not be shown',
  about: 'About peer support',
  about1:
    'A peer specialist is a trained member of the team with lived experience of mental-health or substance-use challenges and of recovery, who uses it to build trust and hope.',
  about2:
    'Peer support follows the recovery model: voluntary, person-centred, strengths-based. The person sets their own goals; the peer walks alongside, not ahead, and helps the team see recovery from the person’s side.',
};

export const t = defineMessages('peer-card', english);

export type MessageKey = Parameters<typeof t>[0];
export type Tr = (key: MessageKey, values?: MessageValues) => string;

/** What every template needs: the locale (for Intl) and the messages bound to it. */
export interface Ctx {
  locale: string;
  t: Tr;
}

/** The card's messages bound to one locale: templates read `ctx.t('key')`. */
export const bind = (locale: string | undefined): Tr => bindMessages(t, locale);

/** '1' … 'n' for a fixed-length list, so each item's key is typed: `peer.does.1` … `peer.does.7`. */
type OneBased<T extends readonly unknown[]> = Exclude<keyof [unknown, ...T], keyof unknown[] | '0'> & string;

function numbered<P extends string, T extends readonly string[]>(prefix: P, list: T): Record<`${P}.${OneBased<T>}`, string> {
  return Object.fromEntries(list.map((text, index) => [`${prefix}.${index + 1}`, text])) as Record<`${P}.${OneBased<T>}`, string>;
}

/** The default lists' English (namespace `peer`), from src/model. */
export const peerEnglish = { ...numbered('does', DEFAULT_PEER_DOES), ...numbered('does-not', DEFAULT_PEER_DOES_NOT) };
const peerText = defineMessages<string>('peer', peerEnglish);

/** The default "does" / "does not" lists in the given locale. */
export function defaultScope(which: 'does' | 'doesNot', locale: string | undefined): string[] {
  const keys = which === 'does' ? DEFAULT_PEER_DOES_KEYS : DEFAULT_PEER_DOES_NOT_KEYS;
  return keys.map((key) => peerText(key.slice(5), undefined, locale));
}

/** The SAMHSA competencies' English (namespace `peer-competency`, keyed by SAMHSA's number), from src/model. */
export const competencyEnglish = Object.fromEntries(SAMHSA_COMPETENCIES.map((c) => [String(c.code), c.label])) as Record<
  `${CompetencyCode}`,
  string
>;
export const competencyText = defineMessages<string>('peer-competency', competencyEnglish);

/** The N.A.P.S. values' English (namespace `peer-value`, keyed by code), from src/model. */
export const valueEnglish = Object.fromEntries(NAPS_VALUES.map((v) => [v.code, v.label])) as Record<NapsValueCode, string>;
export const valueText = defineMessages<string>('peer-value', valueEnglish);
