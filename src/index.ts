// The public API, without side effects: importing this registers no custom element
// (import `care-team-elements/define.js` for that).
export { CareTeamProvider } from './components/care-team-provider/care-team-provider.js';
export { CarePeerRoleCard } from './components/care-peer-role-card/care-peer-role-card.js';
export { CARD_VARIANTS, CARD_AUDIENCES, type CardVariant, type CardAudience } from './components/care-peer-role-card/peer-view.js';
export * from './components/care-peer-role-card/events.js';
export { CareTeamRoster } from './components/care-team-roster/care-team-roster.js';
export * from './components/care-team-roster/events.js';
export { CareReferralButton } from './components/care-referral-button/care-referral-button.js';
export * from './components/care-referral-button/events.js';
export { CarePlanPanel } from './components/care-plan-panel/care-plan-panel.js';
export * from './components/care-plan-panel/events.js';
export { CareReferralInbox } from './components/care-referral-inbox/care-referral-inbox.js';
export { CareReferralList } from './components/care-referral-list/care-referral-list.js';
export * from './components/care-referral-inbox/events.js';
export type { InboxRole, ViewKey as InboxViewKey, InboxAction } from './components/care-referral-inbox/inbox-views.js';
export { readReferralInbox, type InboxData, type InboxItem, type InboxPeer } from './fhir/read/referral-inbox.js';
export {
  readProgrammeCapacity,
  readCaseloadCapacity,
  CAPACITY_STATUSES,
  SDOHCC_CAPACITY_STATUS_EXTENSION,
  type CapacityStatus,
  type ProgrammeCapacity,
} from './fhir/read/programme-capacity.js';
export { applyReferralChange, type ReferralChange } from './fhir/write/referral-action.js';

export * from './model/index.js';
export * from './fhir/index.js';
export * from './data/index.js';

export { dataSourceContext, patientContext, userContext, localeContext } from './context/keys.js';
export { asReference, idFromReference } from './fhir/references.js';
export { CareEvent } from './events/care-event.js';
export { CareDataErrorEvent, type CareDataErrorDetail } from './events/data-error.js';
export { registerMessages, defineMessages, type MessageValues, type Translator } from './i18n/localize.js';
export { formatDate, formatRelative, parseFhirDate } from './i18n/dates.js';
/** What a complete translation must be (keys from `care-team-elements/locales/en.js`); see README, Languages. */
export type { Catalogue, MessageKey } from './locales/en.js';
export * from './theme/index.js';
export { safeUrl } from './shared/safe-url.js';
export { defineElement } from './shared/define.js';

// Every tag's class for `document.querySelector('care-team-roster')`, `createElement` and framework
// type checkers, from the root types alone: no define module (and no registration) needed. The
// define modules declare the same.
declare global {
  interface HTMLElementTagNameMap {
    'care-team-provider': import('./components/care-team-provider/care-team-provider.js').CareTeamProvider;
    'care-team-roster': import('./components/care-team-roster/care-team-roster.js').CareTeamRoster;
    'care-peer-role-card': import('./components/care-peer-role-card/care-peer-role-card.js').CarePeerRoleCard;
    'care-referral-button': import('./components/care-referral-button/care-referral-button.js').CareReferralButton;
    'care-plan-panel': import('./components/care-plan-panel/care-plan-panel.js').CarePlanPanel;
    'care-referral-inbox': import('./components/care-referral-inbox/care-referral-inbox.js').CareReferralInbox;
    'care-referral-list': import('./components/care-referral-list/care-referral-list.js').CareReferralList;
  }
}
