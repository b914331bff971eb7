/** The roster's smaller pieces: the header, the "no peer specialist" notice and the group / filter / sort toolbar. */
import { html, type TemplateResult } from 'lit';
import type { RoleCategory } from '../../model/role-category.js';
import { roleLabel } from '../../shared/role-badge.js';
import { bind, type MessageKey } from './messages.js';
import { GROUP_BY, SORT_BY, type RosterOptions, type RosterView } from './roster-model.js';

type Option = 'groupBy' | 'sort' | 'filterRole';
type OnOption = (name: Option, value: string) => void;

/** The team's name as a heading, and how many members are shown (a polite live region: filtering is announced). */
export function renderHeader(name: string | undefined, view: RosterView, level: number, locale: string | undefined): TemplateResult {
  const { shown, total } = view;
  return html`<div class="header" part="header">
    <div class="title" part="title" role="heading" aria-level=${level}>${name ?? bind(locale)('title')}</div>
    <p class="summary" part="summary" role="status">${bind(locale)(shown === total ? 'count' : 'showing', { count: total, shown, total })}</p>
  </div>`;
}

/** Says the team has no (current) peer specialist and gives the host a place for a referral button. */
export function renderNoPeer(locale: string | undefined): TemplateResult {
  return html`<div class="no-peer" part="no-peer">
    <p class="lead"><span aria-hidden="true">☆</span> ${bind(locale)('noPeerTitle')}</p>
    <p>${bind(locale)('noPeerBody')}</p>
    <slot name="no-peer"></slot>
  </div>`;
}

function select(label: string, name: Option, options: [string, string][], current: string, onOption: OnOption): TemplateResult {
  const onChange = (event: Event) => onOption(name, (event.target as HTMLSelectElement).value);
  return html`<label class="control"
    ><span>${label}</span>
    <select @change=${onChange}>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
    </select></label
  >`;
}

export function renderToolbar(view: RosterView, current: RosterOptions, onOption: OnOption, locale: string | undefined): TemplateResult {
  const counts =
    view.roleCounts.some(([category]) => category === current.filter) || !current.filter
      ? view.roleCounts
      : [...view.roleCounts, [current.filter, 0] as [RoleCategory, number]];
  const roles: [string, string][] = [
    ['', bind(locale)('allRoles', { count: view.total })],
    ...counts.map(([category, count]): [string, string] => [
      category,
      bind(locale)('labelCount', { label: roleLabel(category, locale), count }),
    ]),
  ];
  const labelled = (values: readonly string[]): [string, string][] => values.map((value) => [value, bind(locale)(value as MessageKey)]);
  return html`<div class="toolbar" part="toolbar">
    ${select(bind(locale)('filter'), 'filterRole', roles, current.filter ?? '', onOption)}
    ${select(bind(locale)('groupBy'), 'groupBy', labelled(GROUP_BY), current.groupBy, onOption)}
    ${select(bind(locale)('sort'), 'sort', labelled(SORT_BY), current.sort, onOption)}
  </div>`;
}
