// Entry of the self-registering CDN bundle: every tag defined, and what a page around the tags
// uses: the element classes and their events, translations, theming, and the FHIR read mappers and
// data source the elements are built on (the elements carry most of that code anyway; the
// Practitioner / Patient / RelatedPerson / Organization readers add about 0.25 KB gzip). FHIR write
// builders and the zod schemas are npm-only (`care-team-elements`): no page that only shows the
// elements should load them.
import './define-elements.js';

export { CareTeamProvider } from './components/care-team-provider/care-team-provider.js';
export { CarePeerRoleCard } from './components/care-peer-role-card/care-peer-role-card.js';
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
export { CareEvent } from './events/care-event.js';
export { CareDataErrorEvent } from './events/data-error.js';
export { registerMessages } from './i18n/localize.js';
export * from './theme/index.js';
export { isPeerSpecialist } from './fhir/peer.js';
export { createResolver } from './fhir/references.js';
export { readCareTeam } from './fhir/read/care-team.js';
export { readPeerRole } from './fhir/read/practitioner-role.js';
export { readPractitioner } from './fhir/read/practitioner.js';
export { readPatient } from './fhir/read/patient.js';
export { readRelatedPerson } from './fhir/read/related-person.js';
export { readOrganization } from './fhir/read/organization.js';
export { readGoal } from './fhir/read/goal.js';
export { readCarePlan } from './fhir/read/care-plan.js';
export { readReferral } from './fhir/read/referral.js';
export { createFhirDataSource } from './data/fhir-rest-data-source.js';
export { safeUrl } from './shared/safe-url.js';
