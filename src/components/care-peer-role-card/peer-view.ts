/**
 * The card's view of a peer, decided once per input change: which does / does-not lists apply,
 * each credential's status, which contact points become links, whether the lived-experience
 * statement may appear. Pure functions, no DOM, no Lit.
 */
import { categoriseRole } from '../../fhir/categorise.js';
import { periodHasEnded } from '../../fhir/read/context.js';
import type { Telecom, TelecomSystem } from '../../model/common.js';
import { canShowLivedExperience, type Credential, type PeerRole } from '../../model/peer-role.js';
import type { RoleCategory } from '../../model/role-category.js';
import { mailtoUrl, telUrl } from '../../shared/safe-url.js';

export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];
export const CARD_AUDIENCES = ['team', 'client'] as const;
export type CardAudience = (typeof CARD_AUDIENCES)[number];

/** Where a does / does-not list came from: the `does`/`doesNot` property, the role's extension, or SAMHSA defaults. */
export type ScopeSource = 'property' | 'data' | 'default';
export interface ScopeList {
  /** Undefined for `default`: the localised defaults are used. */
  items?: string[];
  source: ScopeSource;
}

/** Precedence: property > extension (or `peer.does`) > defaults. An empty list counts as not given. */
export function scopeList(override: string[] | undefined, fromData: readonly string[]): ScopeList {
  if (override && override.length > 0) return { items: override, source: 'property' };
  if (fromData.length > 0) return { items: [...fromData], source: 'data' };
  return { source: 'default' };
}

export type CredentialStatus = 'valid' | 'expiring' | 'expired';
/** A credential ending within this time is flagged, so a supervisor can plan the renewal. */
const EXPIRING_MS = 60 * 86_400_000;

export function credentialStatus(credential: Credential, now: Date): CredentialStatus {
  if (periodHasEnded(credential.period, now)) return 'expired';
  return periodHasEnded(credential.period, new Date(now.getTime() + EXPIRING_MS)) ? 'expiring' : 'valid';
}

export interface ContactItem {
  method: TelecomSystem;
  value: string;
  /** Only phone (`tel:`) and e-mail (`mailto:`) become links; anything else stays text. */
  href?: string;
}

export function contactItems(telecom: readonly Telecom[]): ContactItem[] {
  return telecom
    .filter((point) => point.use !== 'old') // "old" means no longer in use: not a way to reach them
    .map((point) => {
      const href = point.system === 'phone' ? telUrl(point.value) : point.system === 'email' ? mailtoUrl(point.value) : undefined;
      return { method: point.system, value: point.value, ...(href ? { href } : {}) };
    });
}

/** One or two letters for the initials avatar: first and last word of the name before any comma. */
export function initials(name: string | undefined, locale?: string): string {
  const words = (name ?? '')
    .split(',')[0]
    .split(/\s+/)
    .map((word) => word.match(/\p{L}|\p{N}/u)?.[0])
    .filter(Boolean) as string[];
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.join('').toLocaleUpperCase(locale);
}

export interface CardModel {
  peer: PeerRole;
  category: RoleCategory;
  does: ScopeList;
  doesNot: ScopeList;
  credentials: (Credential & { status: CredentialStatus })[];
  contacts: ContactItem[];
  showLivedExperience: boolean;
  /** `PractitionerRole/<id>`, for events. */
  reference?: string;
}

export interface CardOptions {
  does?: string[] | undefined;
  doesNot?: string[] | undefined;
  now?: Date | undefined;
  audience?: string | undefined;
}

/**
 * The category of a role that is not a peer, from its label. isPeer already weighed the codes
 * (a known non-peer code wins over peer text), so the label alone must not badge it a peer.
 */
function labelCategory(label: string): RoleCategory {
  const category = categoriseRole({ text: label }, 'practitioner-role');
  return category === 'peer-specialist' ? 'other' : category;
}

export function buildCardModel(peer: PeerRole, options: CardOptions): CardModel {
  const now = options.now ?? new Date();
  const audience = CARD_AUDIENCES.find((a) => a === options.audience);
  return {
    peer,
    category: peer.isPeer ? 'peer-specialist' : labelCategory(peer.roleLabel),
    does: scopeList(options.does, peer.does),
    doesNot: scopeList(options.doesNot, peer.doesNot),
    credentials: peer.credentials.map((credential) => ({ ...credential, status: credentialStatus(credential, now) })),
    contacts: contactItems(peer.telecom),
    // No audience (or an unknown one) shows the statement to nobody: disclosure is opt-in on both sides.
    showLivedExperience: audience !== undefined && canShowLivedExperience(peer.livedExperience, audience),
    ...(peer.id ? { reference: `PractitionerRole/${peer.id}` } : {}),
  };
}
