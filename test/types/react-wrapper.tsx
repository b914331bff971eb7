// care-team-elements/react: the @lit/react wrappers, their typed properties and event props.
import type { ReactElement } from 'react';
import type { CareDataErrorEvent, CareMemberSelectedEvent } from 'care-team-elements';
import { CarePlanPanel, CareReferralButton, CareTeamProvider, CareTeamRoster } from 'care-team-elements/react';
import { careTeamJson, carePlan } from './fixtures.js';

export const app: ReactElement = (
  <CareTeamProvider fhirBaseUrl="https://ehr.example.org/fhir" patient="Patient/1">
    <CareTeamRoster careTeam={careTeamJson} groupBy="organization" onCareMemberSelected={(event) => event.detail.member.name} />
    <CarePlanPanel carePlan={carePlan} onCarePlanNoteRequest={(event) => event.preventDefault()} />
    <CareReferralButton
      patient="Patient/1"
      onCareReferralRequest={(event) => event.detail.key}
      onCareDataError={(event) => event.detail.problems}
    />
  </CareTeamProvider>
);
export const handler = (event: CareMemberSelectedEvent) => event.detail.careTeamId;
export const withHandler = <CareTeamRoster onCareMemberSelected={handler} />;

// @ts-expect-error a misspelt event prop
export const misspelt = <CareTeamRoster onCareMemberSelectd={handler} />;
// @ts-expect-error the roster's selection detail has no task
export const wrongDetail = <CareTeamRoster onCareMemberSelected={(event) => event.detail.task} />;
// @ts-expect-error a handler for another event's class
export const otherEvent = <CareTeamRoster onCareMemberSelected={(event: CareDataErrorEvent) => event} />;
// @ts-expect-error groupBy takes role, organization or none
export const wrongValue = <CareTeamRoster groupBy="team" />;
// @ts-expect-error a string is not a CareTeam
export const wrongData = <CareTeamRoster careTeam="CareTeam/team-1" />;
