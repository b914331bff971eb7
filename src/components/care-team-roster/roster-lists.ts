/**
 * The group lists and the past-members disclosure. Up to VIRTUALIZE_ABOVE rows render as plain
 * keyed lists; above it every list holds a @lit-labs/virtualizer element, all inside one scroller,
 * so the DOM holds only the rows near the viewport whatever the team's size.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { defineElement } from '../../shared/define.js';
import type { TeamMember } from '../../model/team-member.js';
import { roleLabel } from '../../shared/role-badge.js';
import type { RosterGroup, RosterView } from './roster-model.js';
import { tr } from './messages.js';

// A layout given up front: the virtualizer then never imports its default layout lazily.
const LAYOUT = flow();

/**
 * The virtualizer element under our own tag: the package's `lit-virtualizer` registers itself
 * without a guard, so defining that tag here could break a host that also uses it. An element
 * (unlike the directive) starts measuring once it is in the document, so it finds the scroller.
 */
export const VIRTUALIZER_TAG = 'care-roster-virtualizer';
class RosterVirtualizer extends LitVirtualizer {}

export interface ListContext {
  locale: string | undefined;
  virtual: boolean;
  headingLevel: number;
  pastOpen: boolean;
  /** Renders the row at keyboard index `index`, 1-based `position` of `size` in its list. */
  row: (member: TeamMember, index: number, position: number, size: number) => TemplateResult;
  onVisibility: () => void;
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
  if (context.virtual) defineElement(VIRTUALIZER_TAG, RosterVirtualizer);
  return html`<div class="list" part="list" role="list" data-start=${start} aria-labelledby=${label.id ?? nothing} aria-label=${label.text ?? nothing}>
    ${context.virtual
      ? html`<care-roster-virtualizer
          role="none"
          .items=${members}
          .keyFunction=${memberKey}
          .renderItem=${render}
          .layout=${LAYOUT}
          @visibilityChanged=${context.onVisibility}
        ></care-roster-virtualizer>`
      : repeat(members, memberKey, render)}
  </div>`;
}

function groupLabel(group: RosterGroup, locale: string | undefined): string | undefined {
  if (group.category) return roleLabel(group.category, locale);
  if (group.id === 'all') return undefined;
  return group.organization ?? tr(locale, 'noOrganization');
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
          ${tr(locale, 'labelCount', { label, count: group.members.length })}
        </div>`
      : nothing;
    return html`<div class="group" part="group">
      ${heading}${list(group.members, first, label ? { id: `g${index}` } : { text: tr(locale, 'members') }, context)}
    </div>`;
  });
}

/** Ended members, collapsed by default; their rows render only while the disclosure is open. */
export function renderPast(view: RosterView, context: ListContext): TemplateResult | typeof nothing {
  if (view.past.length === 0) return nothing;
  const start = view.groups.reduce((sum, group) => sum + group.members.length, 0);
  return html`<details class="past" part="past" ?open=${context.pastOpen} @toggle=${context.onPastToggle}>
    <summary id="past-summary">${tr(context.locale, 'past', { count: view.past.length })}</summary>
    ${context.pastOpen ? list(view.past, start, { id: 'past-summary' }, context) : nothing}
  </details>`;
}
