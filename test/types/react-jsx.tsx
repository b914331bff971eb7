// care-team-elements/react-jsx: the tags in React 19 JSX, properties and `on<event-name>` props.
import type {} from 'care-team-elements/react-jsx';
import type { CareDataErrorEvent } from 'care-team-elements';
import { careTeamJson, role } from './fixtures.js';

export const page = (
  <care-team-provider fhir-base-url="https://ehr.example.org/fhir" patient="Patient/1">
    <care-team-roster
      careTeam={careTeamJson}
      group-by="role"
      heading-level={3}
      oncare-member-selected={(event) => event.detail.member.name}
    />
    <care-peer-role-card practitionerRole={role} variant="compact" oncare-peer-contact-requested={(event) => event.preventDefault()} />
    <care-referral-button patient="Patient/1" oncare-referral-request={(event) => event.detail.draft} />
    <care-referral-inbox programme="Organization/peer-programme" oncare-referral-changed={(event) => event.detail.task.status} />
  </care-team-provider>
);

// @ts-expect-error the roster's selection detail has no task
export const wrongDetail = <care-team-roster oncare-member-selected={(event) => event.detail.task} />;
// @ts-expect-error a handler for another event's class
export const otherEvent = <care-team-roster oncare-member-selected={(event: CareDataErrorEvent) => event} />;
// @ts-expect-error a misspelt property
export const misspelt = <care-team-roster careTeem={careTeamJson} />;
// @ts-expect-error variant takes the card's variants
export const wrongValue = <care-peer-role-card variant="huge" />;
// @ts-expect-error not one of the package's tags
export const unknownTag = <care-team-rooster />;
