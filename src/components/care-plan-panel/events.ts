/**
 * The care plan panel's events. Requests are cancelable and fire before anything is saved:
 * `preventDefault()` means "the host persists this change itself". `care-plan-updated` fires
 * after a change was saved (or, with no data source, applied to the shown plan).
 */
import { CareEvent } from '../../events/care-event.js';
import type { ActivityNoteInput } from '../../fhir/write/care-plan.js';
import type { Resource } from '../../fhir/types.js';
import type { ActivityStatus } from '../../model/care-plan.js';

interface ActivityRequestDetail {
  /** Position of the activity in `CarePlan.activity`. */
  activityIndex: number;
  /** The whole CarePlan with the change applied (not yet saved), built on the shown version. */
  carePlan: Resource;
}

export interface CarePlanNoteRequestDetail extends ActivityRequestDetail {
  /** The progress note to append: text, author (when known) and time. */
  note: ActivityNoteInput & { time: string };
}

export interface CareActivityStatusRequestDetail extends ActivityRequestDetail {
  status: ActivityStatus;
  /** The status shown when the user chose the new one. */
  previousStatus: ActivityStatus;
}

export interface CarePlanUpdatedDetail {
  /** The plan as saved (with the server's new `meta.versionId`), or as applied locally. */
  carePlan: Resource;
  activityIndex: number;
  change: 'note' | 'status';
  /** False when there was no data source and the change was only applied to the shown plan. */
  saved: boolean;
}

/** A user asks to add a progress note to an activity. Cancelable. */
export class CarePlanNoteRequestEvent extends CareEvent<CarePlanNoteRequestDetail> {
  static readonly type = 'care-plan-note-request';
  constructor(detail: CarePlanNoteRequestDetail) {
    super(CarePlanNoteRequestEvent.type, detail, { cancelable: true });
  }
}

/** A user asks to change an activity's status. Cancelable. */
export class CareActivityStatusRequestEvent extends CareEvent<CareActivityStatusRequestDetail> {
  static readonly type = 'care-activity-status-request';
  constructor(detail: CareActivityStatusRequestDetail) {
    super(CareActivityStatusRequestEvent.type, detail, { cancelable: true });
  }
}

/** A note or status change was saved (or applied locally when there is no data source). */
export class CarePlanUpdatedEvent extends CareEvent<CarePlanUpdatedDetail> {
  static readonly type = 'care-plan-updated';
  constructor(detail: CarePlanUpdatedDetail) {
    super(CarePlanUpdatedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-plan-note-request': CarePlanNoteRequestEvent;
    'care-activity-status-request': CareActivityStatusRequestEvent;
    'care-plan-updated': CarePlanUpdatedEvent;
  }
}
