/**
 * The plan around its activities: the header (title, status, period, author, contributors, care
 * team, plan notes), the view switch and peer filter, and the two views ("by goal", "by team
 * member"). Template functions only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriod } from '../../i18n/dates.js';
import type { Activity, Goal } from '../../model/care-plan.js';
import { roleBadge } from '../../shared/role-badge.js';
import { activityName, dateText, heading, person, renderActivity, type PanelContext } from './render-activity.js';
import { groupByGoal, groupByMember, peerOnly, type ActivityEntry, type PlanView } from '../../model/care-plan-views.js';

/** The view and filter shown, and what the element does when the user changes them (no event: the user sees the change). */
export interface ToolbarState {
  view: PlanView;
  peerOnly: boolean;
  onView(view: PlanView): void;
  onPeerOnly(peerOnly: boolean): void;
}

const fact = (label: string, value: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

function period(ctx: PanelContext): TemplateResult | typeof nothing {
  const { start, end } = formatPeriod(ctx.plan.period, ctx.locale);
  if (!start && !end) return nothing;
  const text = start && end ? ctx.m('between', { start, end }) : start ? ctx.m('since', { date: start }) : ctx.m('until', { date: end });
  return fact(ctx.m('period'), text);
}

function team(ctx: PanelContext): TemplateResult | typeof nothing {
  if (ctx.plan.careTeams.length === 0) return nothing;
  return fact(
    ctx.m('careTeam'),
    ctx.plan.careTeams.map(
      (careTeam) => html`${careTeam.name ? html`<span class="team-name">${careTeam.name}</span>` : nothing}
        <ul class="people">
          ${careTeam.members.map(
            (m) =>
              html`<li>${person(m.name, m.category, ctx)}${m.active ? nothing : html` <span class="muted">(${ctx.m('former')})</span>`}</li>`,
          )}
        </ul>`,
    ),
  );
}

export function renderHeader(ctx: PanelContext): TemplateResult {
  const { plan } = ctx;
  const contributors = plan.contributors;
  return html`<div class="header" part="header">
    <div class="top">
      <div class="title" part="title" role="heading" aria-level=${heading(ctx.level)} tabindex="-1">${plan.title ?? ctx.m('untitled')}</div>
      <span class="chip" part="plan-status" data-status=${plan.status}
        ><span class="visually-hidden">${ctx.m('planStatus')}: </span>${ctx.code(plan.status)}</span
      >
    </div>
    <dl class="facts">
      ${period(ctx)} ${plan.author ? fact(ctx.m('author'), person(plan.author.name, plan.author.category, ctx)) : nothing}
      ${
        contributors.length > 0
          ? fact(
              ctx.m('contributors'),
              html`<ul class="people">${contributors.map((c) => html`<li>${person(c.name, c.category, ctx)}</li>`)}</ul>`,
            )
          : nothing
      }
      ${team(ctx)}
    </dl>
  </div>`;
}

export function renderToolbar(ctx: PanelContext, state: ToolbarState, shown: number): TemplateResult {
  const radio = (view: PlanView, label: string) =>
    html`<label><input type="radio" name="view" value=${view} .checked=${state.view === view} @change=${() => state.onView(view)} />${label}</label>`;
  return html`<div class="toolbar" part="toolbar">
    <fieldset class="views">
      <legend class="visually-hidden">${ctx.m('view')}</legend>
      ${radio('goal', ctx.m('byGoal'))} ${radio('member', ctx.m('byMember'))}
    </fieldset>
    <label
      ><input type="checkbox" .checked=${state.peerOnly} @change=${(e: Event) => state.onPeerOnly((e.target as HTMLInputElement).checked)} />${roleBadge(
        'peer-specialist',
        ctx.locale,
        ctx.m('peerOnly'),
      )}</label
    >
    <p class="muted" role="status">${ctx.m('showing', { shown, total: ctx.plan.activities.length })}</p>
  </div>`;
}

/** Entries of one group: the full activity where it is primary, else a pointer to it. */
function entries(list: readonly ActivityEntry[], where: Map<number, string>, ctx: PanelContext): TemplateResult {
  return html`<ul class="activities">
    ${list.map(({ activity, primary }) =>
      primary
        ? html`<li>${renderActivity(activity, ctx)}</li>`
        : html`<li class="pointer">
            <button type="button" class="link" @click=${() => ctx.jump(activity.index)}>${activityName(activity, ctx)}</button>
            <span class="muted">(${ctx.m('detailsUnder', { group: where.get(activity.index) ?? '' })})</span>
          </li>`,
    )}
  </ul>`;
}

function goalDetails(goal: Goal, ctx: PanelContext): TemplateResult {
  const by = goal.expressedBy;
  return html`${
    by?.name
      ? html`<p class="said">
          ${ctx.m(by.isClient ? 'ownWords' : 'expressedBy', { name: by.name })}${by.isClient ? html` ${roleBadge('client', ctx.locale)}` : nothing}
        </p>`
      : nothing
  }
    <p class="chips">
      ${
        goal.lifecycleStatus
          ? html`<span class="chip" data-status=${goal.lifecycleStatus}>${ctx.m('goalStatus')}: ${ctx.code(goal.lifecycleStatus)}</span>`
          : nothing
      }
      ${goal.achievementStatus ? html`<span class="chip">${ctx.m('achievement')}: ${ctx.code(goal.achievementStatus)}</span>` : nothing}
      ${goal.statusReason ? html`<span>${goal.statusReason}</span>` : nothing}
    </p>
    ${
      goal.targets.length > 0
        ? html`<ul class="targets plain" aria-label=${ctx.m('targets')}>
          ${goal.targets.map(
            (target) => html`<li>
              ${[target.measure, target.detail].filter(Boolean).join(': ')}${
                target.dueDate
                  ? html`${target.measure || target.detail ? ', ' : nothing}${ctx.m('due')} ${dateText(target.dueDate, ctx)}`
                  : nothing
              }
            </li>`,
          )}
        </ul>`
        : nothing
    }`;
}

function section(id: string, title: TemplateResult | string, body: TemplateResult, ctx: PanelContext, extra = ''): TemplateResult {
  return html`<section class="group ${extra}" part="group" aria-labelledby=${id}>
    <div class="group-title" role="heading" aria-level=${heading(ctx.level + 1)} id=${id}>${title}</div>
    ${body}
  </section>`;
}

export function renderGoalView(activities: readonly Activity[], ctx: PanelContext, filtered: boolean): TemplateResult {
  const groups = groupByGoal(ctx.plan, activities, filtered, ctx.goalKeys);
  const name = (key: string) => (key ? ctx.goalName(key) : ctx.m('otherActivities'));
  const where = primaryGroups(groups, name);
  return html`${groups.map((g, i) =>
    section(
      `goal-${i}`,
      g.goal ? html`<q>${g.goal.description}</q>` : name(g.key),
      html`${g.goal ? goalDetails(g.goal, ctx) : nothing}
      ${g.entries.length > 0 ? entries(g.entries, where, ctx) : html`<p class="muted">${ctx.m('nothingYet')}</p>`}`,
      ctx,
      g.goal ? 'goal' : '',
    ),
  )}`;
}

export function renderMemberView(activities: readonly Activity[], ctx: PanelContext): TemplateResult {
  const groups = groupByMember(activities);
  const name = (key: string) => {
    const member = groups.find((g) => g.key === key)?.member;
    return key ? (member?.name ?? ctx.m('unknownPerson')) : ctx.m('unassigned');
  };
  const where = primaryGroups(groups, name);
  return html`${groups.map((g, i) =>
    section(
      `member-${i}`,
      g.member ? person(g.member.name, g.member.category, ctx) : name(g.key),
      entries(g.entries, where, ctx),
      ctx,
      g.member?.isPeer ? 'peer' : '',
    ),
  )}`;
}

/** Which group shows each activity in full, by the group's name (for the pointers elsewhere). */
function primaryGroups(groups: readonly { key: string; entries: ActivityEntry[] }[], name: (key: string) => string): Map<number, string> {
  const where = new Map<number, string>();
  for (const g of groups) for (const e of g.entries) if (e.primary) where.set(e.activity.index, name(g.key));
  return where;
}

export function visibleActivities(ctx: PanelContext, onlyPeer: boolean): Activity[] {
  return onlyPeer ? peerOnly(ctx.plan.activities) : [...ctx.plan.activities];
}
