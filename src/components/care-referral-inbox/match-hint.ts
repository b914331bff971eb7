/** Matching hints for the assign form (in the actions chunk): language and consented shared experience. Pure. */
import type { InboxItem, InboxPeer } from '../../fhir/read/referral-inbox.js';

const primary = (code: string): string => code.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** Word stems long enough to mean something ("hospitalisation" and "hospitalised" share "hospit"). */
const stems = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 5)
      .map((word) => word.slice(0, 6)),
  );

export interface MatchHint {
  /** The peer speaks the language the client prefers (or asked for). */
  language: boolean;
  /** The client's shared-experience wishes that the peer's consented statement speaks to. */
  sharedExperience: string[];
}

/** A hint for the supervisor, never a filter: every peer stays assignable whatever it says. */
export function matchHint(item: InboxItem, peer: InboxPeer): MatchHint {
  const wanted = [item.referral.preferences.language, item.client.language].flatMap((code) => (code ? [primary(code)] : []));
  const spoken = peer.languages.flatMap((language) => [language.code, language.display]).flatMap((code) => (code ? [primary(code)] : []));
  const statement = peer.sharedExperience ? stems(peer.sharedExperience) : new Set<string>();
  return {
    language: wanted.some((code) => spoken.includes(code)),
    sharedExperience: item.referral.preferences.sharedExperience.filter((wish) => [...stems(wish)].some((stem) => statement.has(stem))),
  };
}
