/**
 * Follows a changing set of referral Tasks through the provider's referral feed (subscription, or
 * polling at the SDOHCC cadence): each Task asked for is watched once, one no longer asked for is
 * let go, and a new feed (the provider reconnected) starts over. What an element with a list of
 * open referrals (the client's list, the programme's inbox) needs.
 */
import type { ReferralFeed } from './referral-feed.js';
import type { Task } from '../fhir/types.js';

export interface FollowedTask {
  taskId: string;
  /** `Patient/<id>`: the subscription follows that client's Tasks. */
  patient?: string | undefined;
  urgent: boolean;
}

export class TaskFollower {
  private readonly watches = new Map<string, () => void>();
  private feed?: ReferralFeed | undefined;

  constructor(
    private readonly onTask: (task: Task) => void,
    private readonly onStale?: (stale: boolean) => void,
  ) {}

  follow(feed: ReferralFeed | undefined, tasks: readonly FollowedTask[]): void {
    if (feed !== this.feed) this.stop();
    this.feed = feed;
    const wanted = new Map(feed ? tasks.map((task) => [task.taskId, task] as const) : []);
    for (const [id, stop] of this.watches) {
      if (wanted.has(id)) continue;
      stop();
      this.watches.delete(id);
    }
    for (const [id, task] of wanted) {
      if (this.watches.has(id) || !feed) continue;
      const watch = { ...task, onTask: this.onTask, ...(this.onStale ? { onStale: this.onStale } : {}) };
      this.watches.set(id, feed.watch(watch));
    }
  }

  stop(): void {
    for (const stop of this.watches.values()) stop();
    this.watches.clear();
  }
}
