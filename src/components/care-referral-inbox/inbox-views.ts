/**
 * The inbox's pure logic: who a referral is assigned to, which view it is in, filters, the order
 * (urgency, then the longest waiting first), counts, each peer's caseload against capacity,
 * matching hints and the actions each role may take. No DOM, no Lit.
 */
import type { InboxData, InboxItem, InboxPeer } from '../../fhir/read/referral-inbox.js';
import { isFinalReferralStatus, type ReferralStatus, type Urgency } from '../../model/referral.js';

export type InboxRole = 'supervisor' | 'peer';
/** `needs-assignment`, `mine`, `closed`, or `peer:<PractitionerRole reference>`. */
export type ViewKey = 'needs-assignment' | 'mine' | 'closed' | `peer:${string}`;
export type InboxAction = 'assign' | 'accept' | 'decline' | 'start' | 'hold' | 'resume' | 'complete';

export interface InboxFilters {
  status?: ReferralStatus | '';
  urgency?: Urgency | '';
}

export interface ViewContext {
  data: InboxData;
  /** The signed-in user's PractitionerRole reference. */
  user?: string | undefined;
}

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { urgent: 0, soon: 1, routine: 2 };

/**
 * Whom the referral is with. Task.owner counts once someone in the programme has acted on it
 * (status past `requested`, or a recorded last change: an assignment); while the clinician's own
 * request is untouched, an owner they named is only the peer asked for. The programme itself as
 * owner means nobody in particular.
 */
export function assigneeOf(item: InboxItem, programme: readonly string[]): string | undefined {
  const owner = item.referral.owner?.reference;
  if (!owner || programme.includes(owner)) return undefined;
  if (item.referral.status === 'requested' && !item.referral.lastChangedBy) return undefined;
  return owner;
}

export function isClosed(item: InboxItem): boolean {
  return isFinalReferralStatus(item.referral.status);
}

export function inView(item: InboxItem, view: ViewKey, { data, user }: ViewContext): boolean {
  if (view === 'closed') return isClosed(item);
  if (isClosed(item)) return false;
  const assignee = assigneeOf(item, data.programme);
  if (view === 'needs-assignment') return assignee === undefined;
  if (view === 'mine') return !!user && assignee === user;
  return assignee === view.slice('peer:'.length);
}

export function matchesFilters(item: InboxItem, { status, urgency }: InboxFilters): boolean {
  return (!status || item.referral.status === status) && (!urgency || item.referral.urgency === urgency);
}

const time = (value: string | undefined): number => {
  const parsed = value ? Date.parse(value) : NaN;
  return Number.isNaN(parsed) ? Number.MAX_SAFE_INTEGER : parsed;
};

/** Most urgent first; within one urgency, the referral waiting longest first; then by id, so the order is stable. */
export function compareItems(a: InboxItem, b: InboxItem): number {
  return (
    URGENCY_RANK[a.referral.urgency] - URGENCY_RANK[b.referral.urgency] ||
    time(a.referral.authoredOn) - time(b.referral.authoredOn) ||
    a.taskId.localeCompare(b.taskId)
  );
}

export function viewKeys(data: InboxData, role: InboxRole): ViewKey[] {
  const peers = role === 'supervisor' ? data.peers.map((peer) => `peer:${peer.reference}` as const) : [];
  return ['needs-assignment', 'mine', ...peers, 'closed'];
}

/** The items of a view, filtered and sorted. */
export function itemsInView(view: ViewKey, filters: InboxFilters, context: ViewContext): InboxItem[] {
  return context.data.items.filter((item) => inView(item, view, context) && matchesFilters(item, filters)).sort(compareItems);
}

/** How many referrals each view holds (before filters: the count says what is there). */
export function viewCounts(keys: readonly ViewKey[], context: ViewContext): Map<ViewKey, number> {
  return new Map(keys.map((key) => [key, context.data.items.filter((item) => inView(item, key, context)).length]));
}

export interface Caseload {
  peer: InboxPeer;
  /** Open referrals assigned to them. */
  open: number;
  capacity?: number;
  /** At or over capacity. */
  full: boolean;
}

export function caseloads(data: InboxData): Caseload[] {
  return data.peers.map((peer) => {
    const open = data.items.filter((item) => !isClosed(item) && assigneeOf(item, data.programme) === peer.reference).length;
    return {
      peer,
      open,
      ...(peer.capacity === undefined ? {} : { capacity: peer.capacity }),
      full: peer.capacity !== undefined && open >= peer.capacity,
    };
  });
}

/** The client's other peer-support referrals in the inbox, newest first. */
export function historyOf(item: InboxItem, data: InboxData): InboxItem[] {
  const client = item.client.reference;
  if (!client) return [];
  return data.items
    .filter((other) => other !== item && other.client.reference === client)
    .sort((a, b) => time(b.referral.authoredOn) - time(a.referral.authoredOn));
}

/**
 * What this role may do now (PEER-ROLE.md: the programme sets accepted, rejected, in-progress,
 * on-hold, completed). A supervisor assigns and may accept on the assigned peer's behalf; a peer
 * accepts for themself, and acts on what is theirs or nobody's yet.
 */
export function actionsFor(item: InboxItem, role: InboxRole, context: ViewContext): InboxAction[] {
  const { status } = item.referral;
  if (isClosed(item) || !context.user) return [];
  const assignee = assigneeOf(item, context.data.programme);
  const supervisor = role === 'supervisor';
  if (!supervisor && assignee && assignee !== context.user) return [];
  const assign: InboxAction[] = supervisor ? ['assign'] : [];
  if (status === 'requested' || status === 'received' || status === 'draft' || status === 'ready') {
    const accept: InboxAction[] = !supervisor || assignee ? ['accept'] : [];
    return [...accept, ...assign, 'decline'];
  }
  if (status === 'accepted') return ['start', 'hold', 'complete', ...assign];
  if (status === 'in-progress') return ['hold', 'complete', ...assign];
  if (status === 'on-hold') return ['resume', 'complete', ...assign];
  return assign;
}
