/**
 * Keyboard movement in the roster's rows: one tab stop (roving tabindex), arrows, Home / End and
 * type-ahead by name. Pure decisions here; the element moves focus.
 */
import type { TeamMember } from '../../model/team-member.js';
import { findByTypeahead } from './roster-model.js';

export const TYPEAHEAD_RESET_MS = 700;

export interface KeyDecision {
  /** The row index to focus, or undefined when the key is not the roster's. */
  target?: number;
  /** The type-ahead buffer after this key. */
  buffer: string;
}

function isPrintable(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * What a key does on the row at `index`. Space starts no search (it activates the row), but
 * continues one ("Ana T"), as in the ARIA practices' type-ahead.
 */
export function decideKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  index: number,
  order: readonly TeamMember[],
  buffer: string,
): KeyDecision {
  const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: order.length - 1 };
  const move = moves[event.key];
  if (move !== undefined) return { target: Math.max(0, Math.min(move, order.length - 1)), buffer: '' };
  if (!isPrintable(event) || (event.key === ' ' && buffer === '')) return { buffer };
  const next = buffer + event.key;
  // One letter (or the same letter again and again) moves on to the next match; a longer query
  // may stay on the current row.
  const query = [...next].every((char) => char === next[0]) ? next.charAt(0) : next;
  const found = findByTypeahead(order, query, query.length === 1 ? index + 1 : index);
  return found >= 0 ? { target: found, buffer: next } : { buffer: next };
}
