/**
 * The complete English catalogue, `{ 'namespace.key': text }`, assembled from the English each
 * module declares with `defineMessages` (nothing is written twice). English needs no registering:
 * it is every lookup's fallback. What this module is for is its types: `MessageKey` is every key
 * the elements look up, and `Catalogue` is what a complete translation must be, so a catalogue an
 * integrator writes as `const fr: Catalogue = { ... }` fails to compile when a key is missing or
 * misspelt. See src/locales/es.ts for one.
 */
import { english as peerCard, competencyEnglish, peerEnglish, valueEnglish } from '../components/care-peer-role-card/messages.js';
import { english as carePlan } from '../components/care-plan-panel/messages.js';
import { english as referral } from '../components/care-referral-button/messages.js';
import { formEnglish as referralInboxForms } from '../components/care-referral-inbox/form-messages.js';
import { english as referralInbox } from '../components/care-referral-inbox/messages.js';
import { english as referralList } from '../components/care-referral-list/messages.js';
import { english as roster } from '../components/care-team-roster/messages.js';
import { longTextEnglish } from '../shared/long-text.js';
import { referralStatusEnglish } from '../shared/referral-status.js';
import { roleEnglish } from '../shared/role-badge.js';
import { commonEnglish } from '../shared/state-views.js';

type Namespaced<N extends string, R> = { [K in keyof R & string as `${N}.${K}`]: R[K] };

/** One namespace's English under its `namespace.` prefix, as the lookups see it. */
function namespaced<N extends string, R extends Record<string, string>>(namespace: N, english: R): Namespaced<N, R> {
  return Object.fromEntries(Object.entries(english).map(([key, text]) => [`${namespace}.${key}`, text])) as Namespaced<N, R>;
}

export const en = {
  ...namespaced('common', commonEnglish),
  ...namespaced('longText', longTextEnglish),
  ...namespaced('role', roleEnglish),
  ...namespaced('referral-status', referralStatusEnglish),
  ...namespaced('peer-card', peerCard),
  ...namespaced('peer', peerEnglish),
  ...namespaced('peer-competency', competencyEnglish),
  ...namespaced('peer-value', valueEnglish),
  ...namespaced('roster', roster),
  ...namespaced('carePlan', carePlan),
  ...namespaced('referral', referral),
  ...namespaced('referral-list', referralList),
  ...namespaced('referralInbox', { ...referralInbox, ...referralInboxForms }),
} as const;

/** Every key the elements look up, `'namespace.key'`. */
export type MessageKey = keyof typeof en;

/**
 * A complete translation: every key, no others. Keep each `{placeholder}` as it is, and each
 * plural's `{count, plural, ...}` frame with `other` (and `#`, the number); the cases inside are
 * the language's own (`Intl.PluralRules` categories: Spanish has `one` and `other`).
 */
export type Catalogue = Record<MessageKey, string>;
