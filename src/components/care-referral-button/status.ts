/**
 * The referral's live status: loaded once by `referral-id` through the shared ConnectedData
 * controller, then kept current by the provider's referral feed (subscription or polling: see
 * src/data/referral-feed.ts) and by the requester's own cancellation. A change is announced once
 * per page, however many elements show the same referral.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { invalidDataView } from '../../shared/state-views.js';
import type { Msg } from './messages.js';
import { chipView } from './status-view.js';
import type { DataSource } from '../../data/data-source.js';
import type { ReferralFeed } from '../../data/referral-feed.js';
import { readReferral, withTaskStatus } from '../../fhir/index.js';
import type { Task } from '../../fhir/types.js';
import { isFinalReferralStatus, mayActorSetStatus, type Referral } from '../../model/referral.js';
import { claimAnnouncement } from '../../shared/announce-once.js';
import { ConnectedData, type ConnectedDataHost } from '../../shared/connected-data.js';
import { referralStatusText } from '../../shared/referral-status.js';
import { CareReferralCancelRequestEvent, CareReferralStatusChangedEvent } from './events.js';
import { saveCancellation } from '../../data/cancel-referral.js';
import { loadReferral, type LoadedReferral } from '../../data/load-referral.js';

export interface StatusOptions {
  dataSource: () => DataSource | undefined;
  feed: () => ReferralFeed | undefined;
  referralId: () => string | undefined;
  /** An explicit polling interval in ms (`poll-interval`), else the feed's cadence. */
  intervalMs: () => number | undefined;
  locale: () => string;
}

export class ReferralStatusController implements ReactiveController {
  /** The referral as last shown by this element (a write here, a feed update, the host's `task`): newer than the load. */
  private latest?: LoadedReferral | undefined;
  /** The last "Check now" failed: the status shown may be out of date. */
  stale = false;
  /** The cancellation met a newer version on the server (412/409). */
  conflict = false;
  /** What the live region says: the latest change, when this element was first on the page to claim it. */
  announcement = '';
  #unwatch?: (() => void) | undefined;
  #watched?: string | undefined;

  readonly data: ConnectedData<readonly [DataSource, string], LoadedReferral, Referral>;

  constructor(
    private readonly host: ConnectedDataHost,
    private readonly options: StatusOptions,
  ) {
    host.addController(this);
    this.data = new ConnectedData(host, {
      args: () => {
        const source = options.dataSource();
        const id = options.referralId();
        return source && id ? ([source, id] as const) : undefined;
      },
      load: ([source, id], signal) => loadReferral(source, id, { signal }),
      loadSource: ([, id]) => `Task/${id}`,
      inputs: () => [this.latest],
      map: (loaded) => {
        const current = this.latest ?? loaded;
        if (!current) return undefined;
        const { value, problems } = readReferral(current);
        return { value, problems, source: 'referral' };
      },
      focusAfterRetry: () => host.renderRoot.querySelector<HTMLElement>('.chip'),
    });
  }

  get loaded(): LoadedReferral | undefined {
    return this.latest ?? this.data.loaded;
  }

  get referral(): Referral | undefined {
    return this.data.value;
  }

  /**
   * Shows a newer state of the referral. A change of status is said in the live region (once per
   * page) and, unless the host set it (`fromHost`: no event for a programmatic set), fires
   * `care-referral-status-changed`.
   */
  show(loaded: LoadedReferral, { announce = true, fromHost = false } = {}): void {
    const previous = this.referral;
    this.latest = { ...this.loaded, ...loaded };
    this.host.requestUpdate();
    const { value } = readReferral(this.latest);
    const task = this.latest.task;
    if (!announce || !value || !task || !previous || previous.status === value.status) return;
    if (!fromHost)
      this.host.dispatchEvent(
        new CareReferralStatusChangedEvent({ status: value.status, previousStatus: previous.status, referral: value, task }),
      );
    if (
      claimAnnouncement(
        `Task/${task.id ?? ''}|${value.status}|${task.meta?.versionId ?? ''}|${task.meta?.lastUpdated ?? task.lastModified ?? ''}`,
      )
    ) {
      this.announcement = referralStatusText(value, this.options.locale()).sentence;
    }
  }

  /** Forgets the referral shown (e.g. `referral-id` removed or changed). */
  clear(): void {
    this.latest = undefined;
    this.announcement = '';
    this.stale = this.conflict = false;
  }

  /** Reads the referral now ("Check now"): through the feed, which tells every element following it. */
  async checkNow(): Promise<void> {
    const feed = this.options.feed();
    try {
      if (feed) await feed.checkNow();
      else await this.data.reload();
    } catch {
      // The feed told the watchers the status may be out of date.
    }
  }

  hostUpdated(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = this.#watched = undefined;
  }

  /** Follows the Task through the feed while the referral is open; stops at its end. */
  #follow(): void {
    const feed = this.options.feed();
    const task = this.loaded?.task;
    const referral = this.referral;
    const open = !!task?.id && !!referral && !isFinalReferralStatus(referral.status);
    const key = open && feed ? `${task.id}|${this.options.intervalMs() ?? ''}|${referral.urgency}` : undefined;
    if (key === this.#watched) return;
    this.#unwatch?.();
    this.#unwatch = this.#watched = undefined;
    if (!key || !feed || !task?.id || !referral) return;
    this.#watched = key;
    this.#unwatch = feed.watch({
      taskId: task.id,
      patient: referral.patient?.reference,
      urgent: referral.urgency === 'urgent',
      intervalMs: this.options.intervalMs(),
      onTask: (next: Task) => this.show({ task: next }),
      onStale: (stale) => {
        if (stale === this.stale) return;
        this.stale = stale;
        this.host.requestUpdate();
      },
    });
  }

  /** The chip (or the loading / error view, or what was wrong with the referral), and its actions. */
  render(
    m: Msg,
    locale: string,
    { disabled, requester, onCancel }: { disabled: boolean; requester: string | undefined; onCancel: () => void },
  ) {
    const { referral, stale, conflict, announcement } = this;
    const waiting = this.data.renderState({ what: m('what'), locale, empty: () => html`` });
    if (waiting || !referral) return waiting ?? nothing;
    const problems = this.data.problems;
    const canCancel = !disabled && this.cancellableBy(requester);
    const followed = !!this.options.feed() && !isFinalReferralStatus(referral.status) && !!this.loaded?.task?.id;
    const onCheck = followed ? () => void this.checkNow() : undefined;
    return html`${problems.length ? invalidDataView(m('what'), problems, locale) : nothing}${chipView({ m, locale, referral, stale, conflict, canCancel, announcement, onCancel, onCheck })}`;
  }

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

  /**
   * Cancels the referral with a reason (requester). Fires the cancelable
   * `care-referral-cancel-request`; unless the host takes it, saves it (saveCancellation: If-Match,
   * then the request revoked; a newer version on the server is shown instead and sets `conflict`).
   */
  async cancel(reason: string): Promise<void> {
    const current = this.loaded?.task;
    const task = withTaskStatus(current, 'cancelled', reason).value;
    if (!task) return;
    const request = new CareReferralCancelRequestEvent({ task, reason });
    this.host.dispatchEvent(request);
    const dataSource = this.options.dataSource();
    this.conflict = false;
    if (request.defaultPrevented || !dataSource) return this.show({ task });
    const outcome = await saveCancellation(dataSource, current, task, (saved) => this.show({ task: saved }));
    this.conflict = outcome.conflict;
    this.show({ task: outcome.task });
  }
}
