/**
 * The panel's write-back: per-activity edit state (typed note, chosen status, saving, failure,
 * conflict) and the path from a user's change to a saved plan. A reactive controller, so the
 * element stays about rendering. Saves run one at a time: two quick changes never race each other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataSource } from '../../data/data-source.js';
import { isDataSourceError } from '../../data/errors.js';
import type { Reference, Resource } from '../../fhir/types.js';
import type { ActivityStatus } from '../../model/care-plan.js';
import { CareActivityStatusRequestEvent, CarePlanNoteRequestEvent, CarePlanUpdatedEvent } from './events.js';
import { applyChange, type PlanChange, type StatusChange } from '../../fhir/write/care-plan-change.js';
import { saveChange, type SaveOutcome } from '../../data/save-care-plan-change.js';
import type { ActivityActions } from './render-activity.js';

export interface ActivityEdit {
  /** The note being typed; kept through failures until it is saved. */
  note: string;
  /** The note was submitted empty. */
  noteEmpty?: boolean;
  /** A status chosen in the select and not saved yet. */
  choice?: ActivityStatus | undefined;
  busy?: boolean;
  /**
   * The save failed (network, server): Retry re-sends `change` as it was. `gone`: someone else
   * changed or removed the activity, so the change could not be placed (no retry).
   */
  failed?: { change: PlanChange; reason: string; gone?: boolean } | undefined;
  /** Someone else changed this activity's status meanwhile: the user picks one. */
  conflict?: { change: StatusChange; theirs: ActivityStatus } | undefined;
}

/** What the writer needs from the element (kept off the element's public API). */
export interface WriterBridge {
  /** The FHIR CarePlan on screen (undefined when there is none or it is not a CarePlan). */
  shownPlan(): Resource | undefined;
  writeSource(): DataSource | undefined;
  noteAuthor(): Reference | string | undefined;
  clock(): Date;
  /** Puts a newer version of the plan on screen. */
  showPlan(plan: Resource): void;
  /** Says something in the panel's polite live region. */
  announce(change: PlanChange, reloaded: boolean): void;
}

const IDLE: ActivityEdit = { note: '' };

export class PlanWriter implements ReactiveController, ActivityActions {
  private edits = new Map<number, ActivityEdit>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    private readonly bridge: WriterBridge,
  ) {
    element.addController(this);
  }

  hostConnected(): void {}

  edit(index: number): ActivityEdit {
    return this.edits.get(index) ?? IDLE;
  }

  set(index: number, patch: Partial<ActivityEdit>): void {
    this.edits.set(index, { ...this.edit(index), ...patch });
    this.element.requestUpdate();
  }

  type(index: number, note: string): void {
    this.set(index, { note, noteEmpty: false });
  }

  choose(index: number, status: ActivityStatus): void {
    this.set(index, { choice: status });
  }

  /** Forget every edit (another plan is shown). */
  reset(): void {
    this.edits.clear();
  }

  submitNote(index: number): void {
    const edit = this.edit(index);
    const text = edit.note.trim();
    if (!text) return this.set(index, { noteEmpty: true });
    // Pressing "Add note" again after a failure re-sends the same note (same time), so a save whose
    // answer was lost is recognised on the server and not duplicated.
    const failed = edit.failed?.change;
    if (failed?.kind === 'note' && failed.note.text === text && !edit.failed?.gone) return this.save(failed);
    const author = this.bridge.noteAuthor();
    this.request({ kind: 'note', index, note: { text, time: this.bridge.clock().toISOString(), ...(author ? { author } : {}) } });
  }

  submitStatus(index: number, from: ActivityStatus): void {
    const status = this.edit(index).choice;
    if (status && status !== from) this.request({ kind: 'status', index, status, from });
  }

  retry(index: number): void {
    const failed = this.edit(index).failed;
    if (failed && !failed.gone) this.save(failed.change);
  }

  /** Resolves a status conflict: keep the other client's status, or save the user's on top of it. */
  keep(index: number, which: 'mine' | 'theirs'): void {
    const conflict = this.edit(index).conflict;
    if (!conflict) return;
    if (which === 'theirs') return this.set(index, { conflict: undefined, choice: undefined });
    this.save({ ...conflict.change, from: conflict.theirs });
  }

  dismiss(index: number): void {
    this.set(index, { failed: undefined });
  }

  private request(change: PlanChange): void {
    const plan = this.bridge.shownPlan();
    const draft = plan ? applyChange(plan, change, this.bridge.clock()).value : undefined;
    if (!plan || !draft) return;
    const event =
      change.kind === 'note'
        ? new CarePlanNoteRequestEvent({ activityIndex: change.index, note: change.note, carePlan: draft })
        : new CareActivityStatusRequestEvent({ activityIndex: change.index, status: change.status, previousStatus: change.from, carePlan: draft });
    this.element.dispatchEvent(event);
    // Prevented: the host persists it and sets the plan when it has; the field is handed over.
    if (event.defaultPrevented) return this.set(change.index, cleared(change));
    if (!this.bridge.writeSource() || !plan.id) {
      this.bridge.showPlan(draft);
      return this.finish(change, draft, false, false);
    }
    this.save(change);
  }

  private save(change: PlanChange): void {
    this.set(change.index, { busy: true, failed: undefined, conflict: undefined, noteEmpty: false });
    this.queue = this.queue.then(() => this.run(change));
  }

  private async run(change: PlanChange): Promise<void> {
    const plan = this.bridge.shownPlan();
    const source = this.bridge.writeSource();
    if (!plan || !source) return this.set(change.index, { busy: false });
    let outcome: SaveOutcome;
    try {
      outcome = await saveChange(source, plan, change, this.bridge.clock());
    } catch (error) {
      const reason = isDataSourceError(error) ? error.message : '';
      return this.set(change.index, { busy: false, failed: { change, reason } });
    }
    if (outcome.kind === 'invalid') {
      return this.set(change.index, { busy: false, failed: { change, reason: outcome.messages.join(' ') } });
    }
    this.bridge.showPlan(outcome.plan);
    if (outcome.kind === 'saved') return this.finish(outcome.change, outcome.plan, true, outcome.reloaded, change.index);
    if (outcome.kind === 'missing') return this.set(change.index, { busy: false, failed: { change, reason: '', gone: true } });
    this.move(change.index, outcome.change.index);
    this.set(outcome.change.index, { busy: false, conflict: { change: outcome.change, theirs: outcome.theirs } });
  }

  private finish(change: PlanChange, plan: Resource, saved: boolean, reloaded: boolean, from = change.index): void {
    this.move(from, change.index);
    this.set(change.index, { busy: false, failed: undefined, conflict: undefined, ...cleared(change) });
    this.element.dispatchEvent(new CarePlanUpdatedEvent({ carePlan: plan, activityIndex: change.index, change: change.kind, saved }));
    this.bridge.announce(change, reloaded);
  }

  /** Someone else's save moved the activity: its edit state moves with it. */
  private move(from: number, to: number): void {
    if (from === to) return;
    const edit = this.edits.get(from);
    this.edits.delete(from);
    if (edit) this.edits.set(to, edit);
  }
}

function cleared(change: PlanChange): Partial<ActivityEdit> {
  return change.kind === 'note' ? { note: '', noteEmpty: false } : { choice: undefined };
}
