/**
 * What an activity's controls show and do while someone edits it: the shape shared by the writer
 * (which keeps the state) and the templates (which show it), so neither imports the other.
 */
import type { DataSourceError } from '../../data/errors.js';
import type { PlanEdit as Job, SaveOutcome } from '../../data/save-care-plan-change.js';
import type { ActivityStatus } from '../../model/care-plan.js';

export interface ActivityEdit {
  /** The note being typed; kept through failures until it is saved. */
  note: string;
  /** The note was submitted empty. */
  noteEmpty?: boolean;
  /** A status chosen in the select and not saved yet. */
  choice?: ActivityStatus | undefined;
  busy?: boolean;
  /** The save failed (network, server): Retry re-sends the change as it was. */
  failed?: (Job & { reason: string; error?: DataSourceError | undefined }) | undefined;
  /** Someone else changed this activity's status (to `theirs`, in `plan`) meanwhile: the user picks one. */
  conflict?: Extract<SaveOutcome, { kind: 'conflict' }> | undefined;
}

export interface ActivityActions {
  edit(index: number): ActivityEdit;
  type(index: number, note: string): void;
  submitNote(index: number): void;
  choose(index: number, status: ActivityStatus): void;
  submitStatus(index: number, from: ActivityStatus): void;
  retry(index: number): void;
  dismiss(index: number): void;
  keep(index: number, which: 'mine' | 'theirs'): void;
}
