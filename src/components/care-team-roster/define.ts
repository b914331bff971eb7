import { defineElement } from '../../shared/define.js';
import { CareTeamRoster } from './care-team-roster.js';
// The roster renders a compact <care-peer-role-card> for the selected peer, so its tag comes too.
import '../care-peer-role-card/define.js';

defineElement('care-team-roster', CareTeamRoster);

declare global {
  interface HTMLElementTagNameMap {
    'care-team-roster': CareTeamRoster;
  }
}

export { CareTeamRoster };
export { CareMemberSelectedEvent, type CareMemberSelectedDetail } from './events.js';
