import { CareEvent } from '../../events/care-event.js';
import type { TeamMember } from '../../model/team-member.js';

export interface CareMemberSelectedDetail {
  /** The member as the roster shows it (name, roles, category, organisation, references…). */
  member: TeamMember;
  /** The CareTeam's id, when the data has one. */
  careTeamId?: string;
}

/** The user selected a member in `<care-team-roster>` (click, Enter or Space). Not cancelable. */
export class CareMemberSelectedEvent extends CareEvent<CareMemberSelectedDetail> {
  static readonly type = 'care-member-selected';
  constructor(detail: CareMemberSelectedDetail) {
    super(CareMemberSelectedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-member-selected': CareMemberSelectedEvent;
  }
}
