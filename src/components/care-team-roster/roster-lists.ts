/**
 * The group lists and the past-members disclosure. Up to VIRTUALIZE_ABOVE rows render as plain
 * keyed lists; above it every list holds a @lit-labs/virtualizer element, all inside one scroller,
 * so the DOM holds only the rows near the viewport whatever the team's size.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TeamMember } from '../../model/team-member.js';
import { roleLabel } from '../../shared/role-badge.js';
import type { RosterGroup, RosterView } from './roster-model.js';
import { bind } from './messages.js';
import { lazyModule } from '../../shared/lazy-module.js';

/**
 * The virtualizer element, loaded on first need. Until it is defined, a list holds the element
 * un-upgraded with its properties set, and defining it upgrades it in place. If it cannot load,
 * the roster renders plain lists (slower for a big team, but complete).
 */
export const virtualizer = lazyModule(() => import('./roster-virtualizer.js'), 'the list virtualizer');

export interface ListContext {
  locale: string | undefined;
  virtual: boolean;
  headingLevel: number;
  pastOpen: boolean;
  /** Renders the row at keyboard index `index`, 1-based `position` of `size` in its list. */
  row: (member: TeamMember, index: number, position: number, size: number) => TemplateResult;
  onVisibility: () => void;
  /** The virtualizer could not be loaded: render again, without it. */
  onVirtualizerFailed: () => void;
  onPastToggle: (event: Event) => void;
}

const memberKey = (member: TeamMember): string => member.key;

/**
 * A list (`role="list"`, rows `role="listitem"`). Virtualized, the rows sit in the virtualizer
 * element, which has no role of its own (`none`), so they are still the list's items.
 */
function list(members: TeamMember[], start: number, label: { id?: string; text?: string }, context: ListContext) {
  const size = members.length;
  const render = (member: TeamMember, local: number) => context.row(member, start + local, local + 1, size);
  if (context.virtual) virtualizer.request(context.onVirtualizerFailed);
  return html`<div class="list" part="list" role="list" data-start=${start} aria-labelledby=${label.id ?? nothing} aria-label=${label.text ?? nothing}>
    ${
      context.virtual
        ? html`<care-roster-virtualizer
          role="none"
          .items=${members}
          .keyFunction=${memberKey}
          .renderItem=${render}
          @visibilityChanged=${context.onVisibility}
        ></care-roster-virtualizer>`
        : repeat(members, memberKey, render)
    }
  </div>`;
}

function groupLabel(group: RosterGroup, locale: string | undefined): string | undefined {
  if (group.category) return roleLabel(group.category, locale);
  if (group.id === 'all') return undefined;
  return group.organization ?? bind(locale)('noOrganization');
}

export function renderGroups(view: RosterView, context: ListContext): TemplateResult[] {
  const { locale } = context;
  const level = Math.min(context.headingLevel + 1, 6);
  let start = 0;
  return view.groups.map((group, index) => {
    const label = groupLabel(group, locale);
    const first = start;
    start += group.members.length;
    const heading = label
      ? html`<div class="group-heading" part="heading" role="heading" aria-level=${level} id="g${index}">
          ${bind(locale)('labelCount', { label, count: group.members.length })}
        </div>`
      : nothing;
    return html`<div class="group" part="group">
      ${heading}${list(group.members, first, label ? { id: `g${index}` } : { text: bind(locale)('members') }, context)}
    </div>`;
  });
}

/** Ended members, collapsed by default; their rows render only while the disclosure is open. */
export function renderPast(view: RosterView, context: ListContext): TemplateResult | typeof nothing {
  if (view.past.length === 0) return nothing;
  const start = view.groups.reduce((sum, group) => sum + group.members.length, 0);
  return html`<details class="past" part="past" ?open=${context.pastOpen} @toggle=${context.onPastToggle}>
    <summary id="past-summary">${bind(context.locale)('past', { count: view.past.length })}</summary>
    ${context.pastOpen ? list(view.past, start, { id: 'past-summary' }, context) : nothing}
  </details>`;
}
