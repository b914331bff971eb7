/**
 * How every element on the page learns that a referral's Task changed, through one feed the
 * provider owns: by subscription where the server offers the R4 Subscriptions Backport over a
 * websocket (one socket per client followed, whatever the number of chips), otherwise by polling
 * at the HL7 SDOH Clinical Care cadence: not more often than every 15 minutes while the page is
 * visible (5 for urgent referrals), once when the page becomes visible again, and on "Check now".
 * Every check reads all the Tasks followed in one search. Nothing is stored outside memory.
 */
import { idFromReference } from '../fhir/references.js';
import type { Task } from '../fhir/types.js';
import type { DataSource } from './data-source.js';
import { subscriptionSupport } from './subscriptions/backport.js';
import { TaskChannel } from './subscriptions/task-channel.js';

export const ROUTINE_POLL_MS = 15 * 60_000;
export const URGENT_POLL_MS = 5 * 60_000;

export interface FeedWatch {
  /** The Task's id. */
  taskId: string;
  /** `Patient/<id>` the Task is for: the subscription follows that client's Tasks. */
  patient?: string | undefined;
  /** Urgent referrals are polled every 5 minutes instead of 15. */
  urgent?: boolean;
  /** An explicit polling interval (an element's `poll-interval`), overriding the cadence. */
  intervalMs?: number | undefined;
  /** Called with the Task whenever a newer version is read. */
  onTask: (task: Task) => void;
  /** Told when a check failed (the status shown may be out of date) and when one succeeds again. */
  onStale?: (stale: boolean) => void;
}

export type FeedMode = 'starting' | 'subscription' | 'polling';

const versionOf = (task: Task): string => `${task.meta?.versionId ?? ''}|${task.meta?.lastUpdated ?? ''}|${task.status}`;

export class ReferralFeed {
  readonly #watches = new Set<FeedWatch>();
  readonly #seen = new Map<string, string>();
  readonly #channels = new Map<string, TaskChannel>();
  #mode: FeedMode = 'starting';
  #support?: Promise<string | undefined>;
  #timer?: ReturnType<typeof setTimeout>;
  #disposed = false;

  constructor(
    private readonly dataSource: DataSource,
    /** Test seam for the clock; `document` for visibility. */
    private readonly visibility: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> = document,
  ) {
    visibility.addEventListener('visibilitychange', this.#onVisibility);
  }

  get mode(): FeedMode {
    return this.#mode;
  }

  /** Follows a Task until the returned function is called. */
  watch(watch: FeedWatch): () => void {
    this.#watches.add(watch);
    void this.#start(watch);
    this.#schedule();
    return () => {
      this.#watches.delete(watch);
      this.#schedule();
    };
  }

  /** Reads every Task followed now (one search) and tells their watchers of what changed. */
  async checkNow(): Promise<void> {
    const ids = [...new Set([...this.#watches].map((watch) => watch.taskId))];
    if (ids.length === 0 || this.#disposed) return;
    const watches = [...this.#watches];
    try {
      const { resources } = await this.dataSource.search<Task>('Task', { _id: ids.join(',') });
      for (const watch of watches) watch.onStale?.(false);
      for (const task of resources) this.#deliver(task);
    } catch (error) {
      for (const watch of watches) watch.onStale?.(true);
      throw error;
    } finally {
      this.#schedule();
    }
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    for (const channel of this.#channels.values()) channel.stop();
    this.#channels.clear();
    this.visibility.removeEventListener('visibilitychange', this.#onVisibility);
  }

  async #start(watch: FeedWatch): Promise<void> {
    const topic = await (this.#support ??= this.#findTopic());
    if (this.#disposed || !topic || this.#mode === 'polling' || !watch.patient) {
      if (!topic || !watch.patient) this.#usePolling();
      return;
    }
    this.#mode = 'subscription';
    const filter = `Task?patient=${watch.patient}`;
    if (this.#channels.has(filter)) return;
    const channel = new TaskChannel({
      dataSource: this.dataSource,
      topic,
      filter,
      onChanged: (references) => void this.#readChanged(references),
      onConnected: () => void this.checkNow().catch(() => undefined),
      onUnavailable: () => this.#usePolling(),
    });
    this.#channels.set(filter, channel);
    channel.start();
  }

  async #findTopic(): Promise<string | undefined> {
    if (!this.dataSource.capabilities || !this.dataSource.operation) return undefined;
    try {
      return subscriptionSupport(await this.dataSource.capabilities())?.topic;
    } catch {
      return undefined;
    }
  }

  #usePolling(): void {
    if (this.#disposed) return;
    this.#mode = 'polling';
    for (const channel of this.#channels.values()) channel.stop();
    this.#channels.clear();
    this.#schedule();
  }

  async #readChanged(references: string[]): Promise<void> {
    const followed = new Set([...this.#watches].map((watch) => watch.taskId));
    const ids = references
      .map((reference) => idFromReference('Task', reference))
      .filter((id): id is string => id !== undefined && followed.has(id));
    await Promise.all(
      ids.map((id) =>
        this.dataSource.read<Task>('Task', id, { fresh: true }).then(
          (task) => this.#deliver(task),
          () => undefined,
        ),
      ),
    );
  }

  #deliver(task: Task): void {
    if (!task.id) return;
    const version = versionOf(task);
    if (this.#seen.get(task.id) === version) return;
    this.#seen.set(task.id, version);
    for (const watch of this.#watches) if (watch.taskId === task.id) watch.onTask(task);
  }

  /** The next poll: only when polling, while the page is visible, at the shortest interval asked for. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#disposed || this.#mode !== 'polling' || this.#watches.size === 0 || this.visibility.visibilityState === 'hidden') return;
    const interval = Math.min(...[...this.#watches].map((watch) => watch.intervalMs ?? (watch.urgent ? URGENT_POLL_MS : ROUTINE_POLL_MS)));
    this.#timer = setTimeout(() => void this.checkNow().catch(() => undefined), interval);
  }

  readonly #onVisibility = (): void => {
    if (this.visibility.visibilityState === 'hidden') clearTimeout(this.#timer);
    else void this.checkNow().catch(() => undefined);
  };
}
