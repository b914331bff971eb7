/**
 * The panel's write-back: per-activity edit state (typed note, chosen status, saving, failure,
 * conflict) and the path from a user's change to a saved plan, kept off the element so it
 * stays about rendering (the writer only asks it to re-render). Saves run one at a time: two quick changes never race each other.
 * Edit state is kept by activity (see activityKey), not position, and every change carries the
 * version it was made on, so both follow their activity when others insert or remove activities.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Reference, Resource } from '../../fhir/types.js';
import type { ActivityStatus } from '../../model/care-plan.js';
import { CareActivityStatusRequestEvent, CarePlanNoteRequestEvent, CarePlanUpdatedEvent } from './events.js';
import { activityKey, applyChange, type PlanChange } from '../../fhir/write/care-plan-change.js';
import { SaveQueue, type PlanEdit as Job, type QueuedOutcome, type SaveContext } from '../../data/save-care-plan-change.js';
import type { ActivityActions, ActivityEdit } from './activity-edit.js';

/** What the writer needs from the element (kept off the element's public API). */
export interface WriterBridge extends SaveContext {
  /** The FHIR CarePlan on screen (undefined when there is none or it is not a CarePlan). */
  shownPlan(): Resource | undefined;
  noteAuthor(): Reference | string | undefined;
  /** Puts a newer version of the plan on screen. */
  showPlan(plan: Resource): void;
  /** Says something in the panel's polite live region. */
  announce(change: PlanChange, reloaded: boolean): void;
}

const IDLE: ActivityEdit = { note: '' };

export class PlanWriter implements ActivityActions {
  private edits = new Map<string, ActivityEdit>();
  private readonly saves = new SaveQueue();
  /** A change that could not be placed: someone else changed or removed its activity meanwhile. */
  lost?: PlanChange | undefined;

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    private readonly bridge: WriterBridge,
  ) {}

  edit(index: number): ActivityEdit {
    return this.edits.get(activityKey(this.bridge.shownPlan(), index)) ?? IDLE;
  }

  /** Updates the edit state of the activity at `index` of `plan` (by default the shown one). */
  set(index: number, patch: Partial<ActivityEdit>, plan = this.bridge.shownPlan()): void {
    const key = activityKey(plan, index);
    this.edits.set(key, { ...(this.edits.get(key) ?? IDLE), ...patch });
    this.element.requestUpdate();
  }

  type(index: number, note: string): void {
    this.set(index, { note, noteEmpty: false });
  }

  choose(index: number, status: ActivityStatus): void {
    this.set(index, { choice: status });
  }

  /** Forget every edit (another plan is shown); saves still under way are no longer shown. */
  reset(): void {
    this.edits.clear();
    this.lost = undefined;
    this.saves.reset();
  }

  submitNote(index: number): void {
    const edit = this.edit(index);
    const text = edit.note.trim();
    if (!text) return this.set(index, { noteEmpty: true });
    // Pressing "Add note" again after a failure re-sends the same note (same time), so a save whose
    // answer was lost is recognised on the server and not duplicated.
    const failed = edit.failed;
    if (failed?.change.kind === 'note' && failed.change.note.text === text) return this.save(failed);
    const author = this.bridge.noteAuthor();
    this.request({ kind: 'note', index, note: { text, time: this.bridge.clock().toISOString(), ...(author ? { author } : {}) } });
  }

  submitStatus(index: number, from: ActivityStatus): void {
    const status = this.edit(index).choice;
    if (status && status !== from) this.request({ kind: 'status', index, status, from });
  }

  retry(index: number): void {
    const failed = this.edit(index).failed;
    if (failed) this.save(failed);
  }

  /** Resolves a status conflict: keep the other client's status, or save the user's on top of it. */
  keep(index: number, which: 'mine' | 'theirs'): void {
    const conflict = this.edit(index).conflict;
    if (!conflict) return;
    if (which === 'theirs') return this.set(index, { conflict: undefined, choice: undefined });
    this.save({ base: conflict.plan, change: { ...conflict.change, from: conflict.theirs } });
  }

  /** Dismisses the notice about a change that could not be placed. */
  drop(): void {
    this.lost = undefined;
    this.element.requestUpdate();
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
        : new CareActivityStatusRequestEvent({
            activityIndex: change.index,
            status: change.status,
            previousStatus: change.from,
            carePlan: draft,
          });
    this.element.dispatchEvent(event);
    // Prevented: the host persists it and sets the plan when it has; the field is handed over.
    if (event.defaultPrevented) return this.set(change.index, cleared(change));
    if (!this.bridge.writeSource() || !plan.id) {
      this.bridge.showPlan(draft);
      return this.finish({ change, base: plan }, draft, change, false, false);
    }
    this.save({ change, base: plan });
  }

  private save(job: Job): void {
    this.set(job.change.index, { busy: true, failed: undefined, conflict: undefined, noteEmpty: false }, job.base);
    this.saves.add(job, this.bridge, (outcome) => this.landed(job, outcome));
  }

  /** The answer to a save of the plan still shown. */
  private landed(job: Job, outcome: QueuedOutcome): void {
    if (outcome.kind === 'failed')
      return this.set(job.change.index, { busy: false, failed: { ...job, reason: outcome.reason, error: outcome.error } }, job.base);
    const { plan } = outcome;
    this.bridge.showPlan(plan);
    if (outcome.kind === 'saved') return this.finish(job, plan, outcome.change, true, outcome.reloaded);
    if (outcome.kind === 'conflict') return this.land(job, plan, outcome.change.index, { busy: false, conflict: outcome });
    this.edits.delete(activityKey(job.base, job.change.index));
    this.lost = job.change;
    this.element.requestUpdate();
  }

  /** Moves the activity's edit state from where the change was made to where it landed, and updates it. */
  private land(job: Job, plan: Resource, index: number, patch: Partial<ActivityEdit>): void {
    const from = activityKey(job.base, job.change.index);
    const edit = this.edits.get(from);
    this.edits.delete(from);
    if (edit) this.edits.set(activityKey(plan, index), edit);
    this.set(index, patch, plan);
  }

  private finish(job: Job, plan: Resource, change: PlanChange, saved: boolean, reloaded: boolean): void {
    this.land(job, plan, change.index, { busy: false, failed: undefined, conflict: undefined, ...cleared(change) });
    this.element.dispatchEvent(new CarePlanUpdatedEvent({ carePlan: plan, activityIndex: change.index, change: change.kind, saved }));
    this.bridge.announce(change, reloaded);
  }
}

function cleared(change: PlanChange): Partial<ActivityEdit> {
  return change.kind === 'note' ? { note: '', noteEmpty: false } : { choice: undefined };
}
