/**
 * The referral's live status: the first load (by `referral-id`), polling of the Task while the
 * page is visible, and the requester's cancellation. A controller, so the element keeps only the form.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task as AsyncTask } from '@lit/task';
import type { DataSource } from '../../data/data-source.js';
import { ConflictError } from '../../data/index.js';
import { readReferral, withTaskStatus } from '../../fhir/index.js';
import type { DataProblem } from '../../model/problems.js';
import { isFinalReferralStatus, mayActorSetStatus, type Referral } from '../../model/referral.js';
import { CareReferralCancelRequestEvent, CareReferralStatusChangedEvent } from './events.js';
import { loadReferral, revokeRequest, type LoadedReferral } from './persist.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface StatusOptions {
  dataSource: () => DataSource | undefined;
  referralId: () => string | undefined;
  intervalMs: () => number;
}

export class ReferralStatusController implements ReactiveController {
  loaded?: LoadedReferral;
  referral?: Referral;
  problems: DataProblem[] = [];
  /** The last poll failed: the status shown may be out of date. */
  stale = false;
  /** The cancellation met a newer version on the server (412/409). */
  conflict = false;
  readonly load: AsyncTask<readonly [DataSource | undefined, string | undefined], LoadedReferral | undefined>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  /** Bumped by every non-poll change, so a poll that started earlier cannot undo it. */
  #generation = 0;
  #polling = false;
  /** The data source polling last saw: one that arrives later (a provider connecting) starts it. */
  #source?: DataSource | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: StatusOptions,
  ) {
    host.addController(this);
    this.load = new AsyncTask(host, {
      args: () => [options.dataSource(), options.referralId()] as const,
      task: ([dataSource, id], { signal }) => (dataSource && id ? loadReferral(dataSource, id, { signal }) : Promise.resolve(undefined)),
      onComplete: (loaded) => loaded && this.show(loaded),
    });
  }

  /** Shows a referral; `announce` fires `care-referral-status-changed` when its status changed. */
  show(loaded: LoadedReferral, announce = false): void {
    const previous = this.referral?.status;
    const { value, problems } = readReferral(loaded);
    this.loaded = loaded;
    this.referral = value;
    this.problems = problems;
    this.#generation += 1;
    this.host.requestUpdate();
    if (announce && value && loaded.task && previous && previous !== value.status) {
      this.host.dispatchEvent(
        new CareReferralStatusChangedEvent({ status: value.status, previousStatus: previous, referral: value, task: loaded.task }),
      );
    }
    this.#schedule();
  }

  /** Forgets the referral shown (e.g. `referral-id` removed or changed); a poll under way is ignored. */
  clear(): void {
    this.loaded = this.referral = undefined;
    this.problems = [];
    this.stale = this.conflict = false;
    this.#generation += 1;
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    const source = this.options.dataSource();
    if (source !== this.#source) {
      this.#source = source;
      this.#schedule();
    }
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  /** The Task to poll: none for a host-persisted draft (no id yet) or a referral that is over. */
  #target(): string | undefined {
    return isFinalReferralStatus(this.referral?.status) ? undefined : this.loaded?.task?.id;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#connected || document.visibilityState === 'hidden' || !this.options.dataSource() || !this.#target()) return;
    this.#timer = setTimeout(() => void this.poll(), this.options.intervalMs());
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') clearTimeout(this.#timer);
    else void this.poll();
  };

  /** The requester may cancel an open referral (PEER-ROLE.md); when either side's identity is unknown, the host decides. */
  cancellableBy(requester: string | undefined): boolean {
    const { referral, loaded } = this;
    const owner = referral?.requester?.reference;
    return (
      !!loaded?.task &&
      !!referral &&
      !isFinalReferralStatus(referral.status) &&
      mayActorSetStatus('requester', 'cancelled') &&
      (!requester || !owner || owner === requester)
    );
  }

  /** Reads the Task now; a change of status is announced. Failures mark the status stale. */
  async poll(): Promise<void> {
    const dataSource = this.options.dataSource();
    const target = this.#target();
    if (this.#polling || !dataSource || !target) return;
    this.#polling = true;
    const generation = this.#generation;
    try {
      const next = await loadReferral(dataSource, target);
      this.stale = false;
      if (generation === this.#generation) this.show(next, true);
    } catch {
      this.stale = true;
      this.host.requestUpdate();
      this.#schedule();
    } finally {
      this.#polling = false;
    }
  }

  /**
   * Cancels the referral with a reason (requester). Fires the cancelable
   * `care-referral-cancel-request`; unless the host takes it, PUTs the Task with If-Match, then
   * revokes its ServiceRequest (If-Match) so the order is not left active. A stale version
   * (412/409) of either reloads the Task and sets `conflict`; other failures are thrown, and a
   * second attempt after the Task was saved only revokes the request.
   */
  async cancel(reason: string): Promise<void> {
    const current = this.loaded?.task;
    const task = withTaskStatus(current, 'cancelled', reason).value;
    if (!task) return;
    const request = new CareReferralCancelRequestEvent({ task, reason });
    this.host.dispatchEvent(request);
    const dataSource = this.options.dataSource();
    this.conflict = false;
    if (request.defaultPrevented || !dataSource) return this.show({ ...this.loaded, task }, true);
    try {
      const saved = current?.status === 'cancelled' ? current : await dataSource.update(task);
      this.show({ ...this.loaded, task: saved }, true);
      await revokeRequest(dataSource, saved);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      this.conflict = true;
      this.show(await loadReferral(dataSource, task.id ?? ''), true);
    }
  }
}
