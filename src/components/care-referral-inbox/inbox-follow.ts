/**
 * Live updates for the referrals on screen, through the provider's referral feed (by subscription
 * where the server offers it, else polled at the SDOHCC cadence): every open referral is followed,
 * one that closed or left the inbox is let go. New referrals still arrive by "Check for new
 * referrals" and on the page becoming visible: the feed follows Tasks it knows of.
 */
import type { ReferralFeed } from '../../data/referral-feed.js';
import type { InboxItem } from '../../fhir/read/referral-inbox.js';
import type { Task } from '../../fhir/types.js';

export class InboxFollow {
  private readonly unwatch = new Map<string, () => void>();
  private feed?: ReferralFeed | undefined;

  constructor(private readonly onTask: (task: Task) => void) {}

  follow(feed: ReferralFeed | undefined, open: readonly InboxItem[]): void {
    if (feed !== this.feed) this.stop();
    this.feed = feed;
    const wanted = new Map(feed ? open.map((item) => [item.taskId, item] as const) : []);
    for (const [id, stop] of this.unwatch) {
      if (wanted.has(id)) continue;
      stop();
      this.unwatch.delete(id);
    }
    for (const [id, item] of wanted) {
      if (this.unwatch.has(id) || !feed) continue;
      const patient = item.client.reference;
      this.unwatch.set(id, feed.watch({ taskId: id, patient, urgent: item.referral.urgency === 'urgent', onTask: this.onTask }));
    }
  }

  stop(): void {
    for (const stop of this.unwatch.values()) stop();
    this.unwatch.clear();
  }
}
