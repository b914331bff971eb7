/** The events <care-referral-button> fires: intent (cancelable `-request`) and what happened. */
import { CareEvent } from '../../events/care-event.js';
import type { ReferralResourceSet } from '../../fhir/write/referral.js';
import type { Task } from '../../fhir/types.js';
import type { Referral, ReferralStatus } from '../../model/referral.js';
import type { ReferralDraft } from '../../model/schemas/referral-draft.js';

export interface CareReferralRequestDetail extends ReferralResourceSet {
  draft: ReferralDraft;
  /** The idempotency key (identifier value) minted when the form opened. */
  key: string;
}

/**
 * The clinician sent the form. Cancelable: `preventDefault()` means the host persists the three
 * resources itself (the Task and Consent point at the ServiceRequest by a conditional reference,
 * `ServiceRequest?identifier=...`, which a transaction resolves).
 */
export class CareReferralRequestEvent extends CareEvent<CareReferralRequestDetail> {
  constructor(detail: CareReferralRequestDetail) {
    super('care-referral-request', detail, { cancelable: true });
  }
}

/** The element created the referral on the server; the detail holds the server's copies. */
export class CareReferralCreatedEvent extends CareEvent<ReferralResourceSet> {
  constructor(detail: ReferralResourceSet) {
    super('care-referral-created', detail);
  }
}

export interface CareReferralFailedDetail {
  /**
   * What was being written: the referral's resources, the cancellation, or `withdraw`: undoing,
   * on Discard, what a send that failed part-way had saved (the draft stays until that succeeds).
   */
  step: 'ServiceRequest' | 'Task' | 'Consent' | 'cancel' | 'withdraw';
  /** DataSourceError kind ('network', 'timeout', 'http', 'validation', 'conflict', …), else 'unknown'. */
  kind: string;
  status?: number;
  /** The plain-words message the user was shown. */
  message: string;
  retryable: boolean;
  error: unknown;
}

export class CareReferralFailedEvent extends CareEvent<CareReferralFailedDetail> {
  constructor(detail: CareReferralFailedDetail) {
    super('care-referral-failed', detail);
  }
}

export interface CareReferralStatusChangedDetail {
  status: ReferralStatus;
  previousStatus: ReferralStatus;
  referral: Referral;
  task: Task;
}

/** The referral's status changed: seen by polling, or the requester cancelled it here. */
export class CareReferralStatusChangedEvent extends CareEvent<CareReferralStatusChangedDetail> {
  constructor(detail: CareReferralStatusChangedDetail) {
    super('care-referral-status-changed', detail);
  }
}

export interface CareReferralCancelRequestDetail {
  /** The Task with status `cancelled` and the reason, ready to PUT with If-Match. */
  task: Task;
  reason: string;
}

/**
 * The requester confirmed a cancellation. Cancelable: `preventDefault()` means the host saves it:
 * the Task, and its ServiceRequest (`Task.focus`) with status `revoked`.
 */
export class CareReferralCancelRequestEvent extends CareEvent<CareReferralCancelRequestDetail> {
  constructor(detail: CareReferralCancelRequestDetail) {
    super('care-referral-cancel-request', detail, { cancelable: true });
  }
}

export interface CareReferralViewRequestDetail {
  /** The open referral's Task. */
  task: Task;
}

/**
 * The clinician asked to see the client's open referral instead of making a second one. The host
 * shows it (e.g. scrolls its `<care-referral-list>` item into view). Cancelable, as every request.
 */
export class CareReferralViewRequestEvent extends CareEvent<CareReferralViewRequestDetail> {
  constructor(detail: CareReferralViewRequestDetail) {
    super('care-referral-view-request', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-referral-view-request': CareReferralViewRequestEvent;
    'care-referral-request': CareReferralRequestEvent;
    'care-referral-created': CareReferralCreatedEvent;
    'care-referral-failed': CareReferralFailedEvent;
    'care-referral-status-changed': CareReferralStatusChangedEvent;
    'care-referral-cancel-request': CareReferralCancelRequestEvent;
  }
}
