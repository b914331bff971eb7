/**
 * Base class for every event the package fires: an `Event` with a typed `detail`, bubbling and
 * composed so it leaves shadow roots and reaches the integrator's listeners on any ancestor.
 */
export class CareEvent<D> extends Event {
  readonly detail: D;

  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}
