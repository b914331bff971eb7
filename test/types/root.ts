// The root types alone (no define module): every tag in HTMLElementTagNameMap, typed data properties
// that take real FHIR JSON, and the event classes an Angular or Vue handler names.
import {
  CareDataErrorEvent,
  CareMemberSelectedEvent,
  CarePeerContactRequestedEvent,
  CarePlanNoteRequestEvent,
  CareReferralChangeRequestEvent,
  CareReferralRequestEvent,
  type CareTeamResource,
} from 'care-team-elements';
import { bundleJson, careTeam, careTeamJson, carePlan, role } from './fixtures.js';

const roster = document.createElement('care-team-roster');
roster.careTeam = careTeamJson;
roster.careTeam = careTeam;
roster.resources = bundleJson;
roster.resources = [careTeamJson, role];
// @ts-expect-error a string is not a CareTeam
roster.careTeam = 'CareTeam/team-1';
// @ts-expect-error an object without resourceType is not a FHIR resource
roster.careTeam = { participant: [] };
export const typed: CareTeamResource | undefined =
  roster.careTeam?.resourceType === 'CareTeam' ? (roster.careTeam as CareTeamResource) : undefined;

document.querySelector('care-plan-panel')!.carePlan = carePlan;
document.querySelector('care-peer-role-card')!.practitionerRole = role;
document.querySelector('care-referral-button')!.disabled = true;
document.querySelector('care-referral-inbox')!.resources = bundleJson;
document.querySelector('care-referral-list')!.patient = 'Patient/1';
document.querySelector('care-team-provider')!.fhirBaseUrl = 'https://ehr.example.org/fhir';
// @ts-expect-error a misspelt property
document.querySelector('care-plan-panel')!.carePln = carePlan;

roster.addEventListener('care-member-selected', (event) => event.detail.member.key satisfies string);
roster.addEventListener('care-data-error', (event) => event.detail.problems.length satisfies number);
export const classes = [
  CareDataErrorEvent,
  CareMemberSelectedEvent,
  CarePeerContactRequestedEvent,
  CarePlanNoteRequestEvent,
  CareReferralChangeRequestEvent,
  CareReferralRequestEvent,
];
