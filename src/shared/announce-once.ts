/**
 * One announcement per change per page: when the same referral is on the page twice (a chip and
 * the referral list), both update, but only the first to claim a change speaks it in its live
 * region. Kept in memory for the page's life; nothing is stored.
 */
const claimed = new Set<string>();
const MAX_REMEMBERED = 500;

/** True for the first element to claim this change (e.g. `Task/1|accepted|3`), false for every later one. */
export function claimAnnouncement(change: string): boolean {
  if (claimed.has(change)) return false;
  if (claimed.size >= MAX_REMEMBERED) claimed.clear();
  claimed.add(change);
  return true;
}
