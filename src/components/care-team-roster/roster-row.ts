/** The template of one member row, shared by the plain and the virtualized lists. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriod } from '../../i18n/dates.js';
import type { TeamMember } from '../../model/team-member.js';
import { roleBadge, roleLabel, roleResponsibility, roleWords } from '../../shared/role-badge.js';
import { bind } from './messages.js';

export interface RowState {
  /** Position in keyboard order: ids and `data-nav`. */
  index: number;
  /** 1-based position in its list, and the list's length (virtualized lists need both). */
  position: number;
  size: number;
  tabbable: boolean;
  selected: boolean;
  /** undefined when the row does not expand (only peers do, with `expand-peers`). */
  expanded: boolean | undefined;
  locale: string | undefined;
  /** The expanded peer card, rendered under the row. */
  card?: TemplateResult | undefined;
}

/** "Since 2 Mar 2026", "Until 10 Apr 2026", "2 Mar 2026 – 10 Apr 2026", or undefined. */
export function periodText(member: TeamMember, locale: string | undefined): string | undefined {
  const { start, end } = formatPeriod(member.period, locale);
  if (start && end) return bind(locale)('range', { start, end });
  if (end) return bind(locale)('until', { date: end });
  return start ? bind(locale)('since', { date: start }) : undefined;
}

/** The badge says the category; for "other" the member's own role text says more than "Team member". */
export function badgeLabel(member: TeamMember, locale: string | undefined): string {
  const own = member.roles[0]?.display;
  return member.category === 'other' && own ? own : roleLabel(member.category, locale);
}

/** The member's role texts that the badge does not already say (a category's English label says what the badge says). */
export function extraRoles(member: TeamMember, badge: string, locale?: string): string[] {
  const seen = new Set([badge.trim().toLowerCase()]);
  return member.roles.flatMap(({ display }) => {
    const words = roleWords(display, locale);
    const key = words.trim().toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [words];
  });
}

export function responsibilityOf(member: TeamMember, locale: string | undefined): string {
  return member.responsibility ?? roleResponsibility(member.category, locale);
}

/**
 * A list item. Its button holds the name and the role(s) (the badge says "Peer specialist"), so
 * that is what a screen reader hears, label in name; responsibility, organisation and period
 * are the button's description. The button's ::after covers the whole row box, so a click
 * anywhere on the row selects; an expanded peer card sits below the box, outside it.
 */
export function renderMember(member: TeamMember, state: RowState): TemplateResult {
  const { index, locale, expanded } = state;
  const id = `m${index}`;
  const badge = badgeLabel(member, locale);
  const organization = member.organization?.name;
  const period = periodText(member, locale);
  const peer = member.isPeer;
  return html`<div class=${peer ? 'member peer' : 'member'} part="item" role="listitem" aria-posinset=${state.position} aria-setsize=${state.size}>
    <div class="box">
      <button
        type="button"
        class="row"
        part="member"
        data-nav=${index}
        tabindex=${state.tabbable ? 0 : -1}
        aria-current=${state.selected ? 'true' : nothing}
        aria-expanded=${expanded === undefined ? nothing : expanded ? 'true' : 'false'}
        aria-describedby="${id}-detail"
      >
        <span class="name" part="name">${member.name ?? bind(locale)('unknownMember')}</span>
        <span class="roles" part="role"
          >${roleBadge(member.category, locale, badge)}${extraRoles(member, badge, locale).map((role) => html` <span class="role-text">${role}</span>`)}</span
        >
      </button>
      <div class="detail" id="${id}-detail">
        <span part="responsibility"
          >${peer ? html`<span class="peer-label">${bind(locale)('peerHere')}</span> ` : nothing}${responsibilityOf(member, locale)}</span
        >
        ${
          organization || period
            ? html`<span class="meta"
              >${organization ? html`<span part="organization">${organization}</span>` : nothing} ${
                period ? html`<span part="period">${period}</span>` : nothing
              }</span
            >`
            : nothing
        }
      </div>
    </div>
    ${expanded && state.card ? html`<div class="card">${state.card}</div>` : nothing}
  </div>`;
}
