import { defineElement } from '../../shared/define.js';
import { CareTeamRoster } from './care-team-roster.js';

defineElement('care-team-roster', CareTeamRoster);

declare global {
  interface HTMLElementTagNameMap {
    'care-team-roster': CareTeamRoster;
  }
}

export { CareTeamRoster };
export { CareMemberSelectedEvent, type CareMemberSelectedDetail } from './events.js';
