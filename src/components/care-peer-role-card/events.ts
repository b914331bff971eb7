import { CareEvent } from '../../events/care-event.js';
import type { TelecomSystem } from '../../model/common.js';

export interface CarePeerContactRequestedDetail {
  /** The contact point's system: `phone`, `email`, … */
  method: TelecomSystem;
  /** The number or address as recorded. */
  value: string;
  /** The link the browser will follow (`tel:…`, `mailto:…`) unless the event is cancelled. */
  href: string;
  /** The peer as a reference, `PractitionerRole/<id>`, when the data has an id. */
  peer?: string;
}

/**
 * Fired when the user activates one of the peer's contact links. Cancelable: `preventDefault()`
 * stops the browser following the `tel:` / `mailto:` link, so a host can open its own secure
 * messaging or telephony instead (e-mail is often not an approved channel for clinical content).
 */
export class CarePeerContactRequestedEvent extends CareEvent<CarePeerContactRequestedDetail> {
  static readonly type = 'care-peer-contact-requested';
  constructor(detail: CarePeerContactRequestedDetail) {
    super(CarePeerContactRequestedEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-peer-contact-requested': CarePeerContactRequestedEvent;
  }
}
