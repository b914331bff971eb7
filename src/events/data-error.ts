import type { DataProblem } from '../model/problems.js';
import { CareEvent } from './care-event.js';

export interface CareDataErrorDetail {
  /** What went wrong: the data was invalid (`validation`) or could not be loaded (`load`). */
  kind: 'validation' | 'load';
  /** Which input the problems are about, e.g. "careTeam" or "CareTeam/123". */
  source: string;
  /** Paths and messages; they describe structure, never the patient's data. */
  problems: DataProblem[];
}

/** Fired when an element was given data it cannot show in full, or could not load it. */
export class CareDataErrorEvent extends CareEvent<CareDataErrorDetail> {
  static readonly type = 'care-data-error';
  constructor(detail: CareDataErrorDetail) {
    super(CareDataErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-data-error': CareDataErrorEvent;
  }
}
