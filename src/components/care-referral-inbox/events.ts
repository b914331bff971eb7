import { CareEvent } from '../../events/care-event.js';
import type { ReferralChange } from '../../fhir/write/referral-action.js';
import type { Task } from '../../fhir/types.js';
import type { Referral } from '../../model/referral.js';

export interface CareReferralChangeRequestDetail {
  /** What the user chose, with its reason, outcome or peer. */
  change: ReferralChange;
  /** The Task as it will be written (with If-Match on `previous.meta.versionId`). */
  task: Task;
  /** The Task as the user saw it. */
  previous: Task;
  referral: Referral;
}

/**
 * Fired before the inbox writes a change to a referral (assign, accept, decline, start, hold,
 * resume, complete). Cancelable: `preventDefault()` means the host persists it itself; the inbox
 * then shows `task` as the new state (until the host's data says otherwise).
 */
export class CareReferralChangeRequestEvent extends CareEvent<CareReferralChangeRequestDetail> {
  static readonly type = 'care-referral-change-request';
  constructor(detail: CareReferralChangeRequestDetail) {
    super(CareReferralChangeRequestEvent.type, detail, { cancelable: true });
  }
}

export interface CareReferralChangedDetail {
  change: ReferralChange;
  /** The Task as saved (or as the host took it over). */
  task: Task;
}

/** Fired after a change was saved (or handed to the host). */
export class CareReferralChangedEvent extends CareEvent<CareReferralChangedDetail> {
  static readonly type = 'care-referral-changed';
  constructor(detail: CareReferralChangedDetail) {
    super(CareReferralChangedEvent.type, detail);
  }
}

export interface CareReferralConflictDetail {
  /** The change that was not written. */
  change: ReferralChange;
  /** The Task as it is now on the server. */
  current: Task;
}

/** Fired when someone else changed the referral first (412): the user's change was not written. */
export class CareReferralConflictEvent extends CareEvent<CareReferralConflictDetail> {
  static readonly type = 'care-referral-conflict';
  constructor(detail: CareReferralConflictDetail) {
    super(CareReferralConflictEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-referral-change-request': CareReferralChangeRequestEvent;
    'care-referral-changed': CareReferralChangedEvent;
    'care-referral-conflict': CareReferralConflictEvent;
  }
}
