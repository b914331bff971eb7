// care-team-elements/vue: the tags as Vue GlobalComponents (what vue-tsc checks templates against):
// props, handler props and emits.
import type { GlobalComponents } from 'vue';
import type {} from 'care-team-elements/vue';
import type { CareDataErrorEvent, CareMemberSelectedEvent } from 'care-team-elements';
import { careTeamJson } from './fixtures.js';

type Roster = InstanceType<GlobalComponents['care-team-roster']>;
declare const roster: Roster;
declare const selected: CareMemberSelectedEvent;
declare const dataError: CareDataErrorEvent;

export const props: Roster['$props'] = {
  careTeam: careTeamJson,
  groupBy: 'organization',
  onCareMemberSelected: (event) => event.detail.member.name,
  onCareDataError: (event) => event.detail.problems,
};
roster.$emit('care-member-selected', selected);
roster.$emit('care-data-error', dataError);

// @ts-expect-error a misspelt event
roster.$emit('care-member-selectd', selected);
// @ts-expect-error another event's class for the event
roster.$emit('care-member-selected', dataError);
// @ts-expect-error a misspelt property
export const misspelt: Roster['$props'] = { careTeem: careTeamJson };
// @ts-expect-error the roster's selection detail has no task
export const wrongDetail: Roster['$props'] = { onCareMemberSelected: (event) => event.detail.task };
// @ts-expect-error groupBy takes role, organization or none
export const wrongValue: Roster['$props'] = { groupBy: 'team' };
