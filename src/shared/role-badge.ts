/**
 * Role labels, default responsibilities and the role badge, shared by every element so a peer
 * specialist looks and reads the same in the card, the roster and the care plan.
 */
import { css, html, type TemplateResult } from 'lit';
import { defineMessages } from '../i18n/localize.js';
import { DEFAULT_RESPONSIBILITIES, ROLE_CATEGORY_LABELS, ROLE_CATEGORIES, type RoleCategory } from '../model/role-category.js';

type RoleKey = `${RoleCategory}.label` | `${RoleCategory}.responsibility`;

/** The role categories' English (namespace `role`), from src/model. */
export const roleEnglish = Object.fromEntries(
  ROLE_CATEGORIES.flatMap((category) => [
    [`${category}.label`, ROLE_CATEGORY_LABELS[category]],
    [`${category}.responsibility`, DEFAULT_RESPONSIBILITIES[category]],
  ]),
) as Record<RoleKey, string>;

const t = defineMessages<RoleKey>('role', roleEnglish);

/** "Peer specialist", "Psychiatrist", … in the given locale (keys `role.<category>.label`). */
export function roleLabel(category: RoleCategory, locale?: string): string {
  return t(`${category}.label`, undefined, locale);
}

/**
 * A role as its data words it, in the locale when those words are a category's English label
 * ("Case manager" from an English-language EHR); other words are the data's own, shown as they are.
 */
export function roleWords(text: string, locale?: string): string {
  const wanted = text.trim().toLowerCase();
  const category = ROLE_CATEGORIES.find((known) => ROLE_CATEGORY_LABELS[known].toLowerCase() === wanted);
  return category ? roleLabel(category, locale) : text;
}

/** The default one-line responsibility of a role (keys `role.<category>.responsibility`). */
export function roleResponsibility(category: RoleCategory, locale?: string): string {
  return t(`${category}.responsibility`, undefined, locale);
}

/**
 * A role badge. The peer badge is distinct in colour *and* shape (an outlined star glyph), so it
 * is unmistakable without colour too; the glyph is decorative, the text carries the meaning.
 */
export function roleBadge(category: RoleCategory, locale?: string, label = roleLabel(category, locale)): TemplateResult {
  const peer = category === 'peer-specialist';
  return html`<span class="badge ${peer ? 'peer' : ''}" part="badge${peer ? ' peer-badge' : ''}" data-category=${category}
    >${peer ? html`<span class="glyph" aria-hidden="true">★</span>` : ''}${label}</span
  >`;
}

export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_sys-border);
    background: var(--_sys-surface-raised);
    color: var(--_sys-text);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }

  .badge.peer {
    border: 2px solid var(--care-peer-badge-color, var(--_sys-peer));
    background: var(--care-peer-badge-surface, var(--_sys-peer-surface));
    color: var(--care-peer-badge-color, var(--_sys-peer));
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .badge.peer {
      border: 3px double CanvasText;
    }
  }
`;
