/**
 * One activity of the plan: what, status, when, who (role badges, the peer unmistakable), the
 * goals it serves, progress notes newest first, and (unless read-only) the status and note controls
 * with their saving, failure and conflict states. Template functions only; state lives elsewhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatRelative } from '../../i18n/dates.js';
import type { Activity, ActivityStatus, CarePlan } from '../../model/care-plan.js';
import type { RoleCategory } from '../../model/role-category.js';
import { roleBadge } from '../../shared/role-badge.js';
import type { PanelMessage } from './messages.js';
import type { MessageValues } from '../../i18n/localize.js';
import { isPeerActivity } from '../../model/care-plan-views.js';
import type { ActivityActions, ActivityEdit } from './activity-edit.js';
import { statusOptions } from '../../fhir/write/care-plan-change.js';
import { headlineText, longText } from '../../shared/long-text.js';
import { failureReason } from '../../shared/state-views.js';

export interface PanelContext {
  plan: CarePlan;
  locale: string;
  /** The panel's messages and code labels in `locale`. */
  // Function properties, not methods: templates destructure them (`const { m } = ctx`).
  m: (key: PanelMessage, values?: MessageValues) => string;
  code: (code: string) => string;
  now: Date;
  /** Heading level of the panel's title; goals and members are one below, activities two. */
  level: number;
  readOnly: boolean;
  goalName(key: string): string;
  /** Keys of the plan's goal references, read or not (unread ones are shown by their display text). */
  goalKeys: readonly string[];
  act: ActivityActions;
  /** Moves focus to an activity shown in full elsewhere. */
  jump(index: number): void;
}

/** What a user can do to an activity, at its position in the shown plan (implemented by PlanWriter). */

/** `level` is the panel's clamped heading level (1..6) plus how deep the heading is below it. */
export const heading = (level: number): number => Math.min(6, level);

/** The activity's name for headings, buttons and labels: its description, cut to a headline when long. */
export const activityName = (activity: Activity, ctx: Pick<PanelContext, 'm'>): string =>
  activity.description === undefined ? ctx.m('unnamedActivity') : headlineText(activity.description);

/** An absolute date with its relative form, e.g. "3 Dec 2026 (in 9 days)". */
export function dateText(value: string | undefined, ctx: Pick<PanelContext, 'locale' | 'now'>): TemplateResult | typeof nothing {
  const absolute = formatDate(value, ctx.locale);
  if (!absolute) return nothing;
  return html`<time datetime=${value ?? ''}>${absolute}</time> <span class="muted">(${formatRelative(value, ctx.locale, ctx.now)})</span>`;
}

export function person(
  name: string | undefined,
  category: RoleCategory | undefined,
  ctx: Pick<PanelContext, 'm' | 'locale'>,
): TemplateResult {
  return html`<span class="person"><span>${name ?? ctx.m('unknownPerson')}</span>${
    category ? html` ${roleBadge(category, ctx.locale)}` : nothing
  }</span>`;
}

function when(activity: Activity, ctx: PanelContext): TemplateResult | typeof nothing {
  const { text, start, end } = activity.scheduled ?? {};
  if (!text && !start && !end) return nothing;
  return html`<div>
    <dt>${ctx.m('when')}</dt>
    <dd>${text ? html`<span>${text}</span> ` : nothing}${dateText(start, ctx)}${start && end ? ' – ' : nothing}${dateText(end, ctx)}</dd>
  </div>`;
}

function facts(activity: Activity, ctx: PanelContext): TemplateResult {
  const goals = [...new Set(activity.goalKeys)];
  return html`<dl class="facts">
    <div>
      <dt>${ctx.m('who')}</dt>
      <dd>
        ${
          activity.performers.length === 0
            ? ctx.m('unassigned')
            : html`<ul class="people">${activity.performers.map((p) => html`<li>${person(p.name, p.category, ctx)}</li>`)}</ul>`
        }
      </dd>
    </div>
    ${when(activity, ctx)}
    ${
      goals.length > 0
        ? html`<div><dt>${ctx.m('serves')}</dt><dd><ul class="plain">${goals.map((key) => html`<li>${ctx.goalName(key)}</li>`)}</ul></dd></div>`
        : nothing
    }
  </dl>`;
}

/** Under the heading, the whole description when the heading had to cut it. */
function fullDescription({ description }: Activity, ctx: PanelContext): TemplateResult | typeof nothing {
  return description !== undefined && headlineText(description) !== description
    ? html`<p class="note-text">${longText(description, ctx.locale)}</p>`
    : nothing;
}

function notes(activity: Activity, ctx: PanelContext): TemplateResult | typeof nothing {
  if (activity.progress.length === 0) return nothing;
  const id = `notes-${activity.index}`;
  return html`<p class="label" id=${id}>${ctx.m('progress', { count: activity.progress.length })}</p>
    <ol class="notes" part="notes" aria-labelledby=${id}>
      ${activity.progress.map(
        (note) => html`<li part="note">
          <p class="note-text">${longText(note.text, ctx.locale)}</p>
          <p class="muted">${note.author?.name ? html`<span>${note.author.name}</span> · ` : nothing}${dateText(note.time, ctx)}</p>
        </li>`,
      )}
    </ol>`;
}

function statusControl(activity: Activity, ctx: PanelContext, edit: ActivityEdit): TemplateResult {
  const { index, status } = activity;
  const { act } = ctx;
  if (activity.source === 'reference') return html`<p class="muted">${ctx.m('linkedStatus')}</p>`;
  const chosen = edit.choice ?? status;
  const options = statusOptions(status);
  return html`<div class="row">
    <select
      aria-label=${ctx.m('statusOf', { what: activityName(activity, ctx) })}
      ?disabled=${edit.busy}
      @change=${(e: Event) => act.choose(index, (e.target as HTMLSelectElement).value as ActivityStatus)}
    >
      ${options.map((s) => html`<option value=${s} .selected=${s === chosen}>${ctx.code(s)}</option>`)}
    </select>
    ${
      edit.choice && edit.choice !== status && !edit.busy
        ? html`<button type="button" class="primary" @click=${() => act.submitStatus(index, status)}>${ctx.m('saveStatus')}</button>`
        : nothing
    }
  </div>`;
}

function noteForm(activity: Activity, ctx: PanelContext, edit: ActivityEdit): TemplateResult {
  const { index } = activity;
  const { act } = ctx;
  const errorId = `note-error-${index}`;
  return html`<form
    class="note-form"
    @submit=${(e: Event) => {
      e.preventDefault();
      act.submitNote(index);
    }}
  >
    <label for="note-${index}">${ctx.m('noteFor', { what: activityName(activity, ctx) })}</label>
    <textarea
      id="note-${index}"
      rows="2"
      .value=${edit.note}
      ?readonly=${edit.busy}
      aria-invalid=${edit.noteEmpty ? 'true' : 'false'}
      aria-describedby=${edit.noteEmpty ? errorId : nothing}
      @input=${(e: Event) => act.type(index, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${edit.noteEmpty ? html`<p class="error" id=${errorId} role="alert">${ctx.m('emptyNote')}</p>` : nothing}
    <div class="row"><button type="submit" ?disabled=${edit.busy}>${ctx.m('addNote')}</button></div>
  </form>`;
}

function saveState(activity: Activity, ctx: PanelContext, edit: ActivityEdit): TemplateResult {
  const { index } = activity;
  const { act } = ctx;
  const { failed, conflict } = edit;
  const label = (s: ActivityStatus) => ctx.code(s);
  return html`<p class="muted" role="status">${edit.busy ? ctx.m('saving') : nothing}</p>
    ${
      failed
        ? html`<div class="notice error" role="alert">
          <span>${ctx.m('saveFailed', { reason: failed.error ? failureReason(failed.error, ctx.locale) : failed.reason })} ${edit.note ? ctx.m('noteKept') : nothing}</span>
          <button type="button" class="primary" @click=${() => act.retry(index)}>${ctx.m('retry')}</button>
          <button type="button" @click=${() => act.dismiss(index)}>${ctx.m('dismiss')}</button>
        </div>`
        : nothing
    }
    ${
      conflict
        ? html`<div class="notice error conflict" role="alert" part="conflict">
          <span class="title">${ctx.m('conflictTitle')}</span>
          <span>${ctx.m('conflictBody', { mine: label(conflict.change.status), theirs: label(conflict.theirs) })}</span>
          <button type="button" @click=${() => act.keep(index, 'mine')}>${ctx.m('keepMine', { status: label(conflict.change.status) })}</button>
          <button type="button" @click=${() => act.keep(index, 'theirs')}>${ctx.m('keepTheirs', { status: label(conflict.theirs) })}</button>
        </div>`
        : nothing
    }`;
}

export function renderActivity(activity: Activity, ctx: PanelContext): TemplateResult {
  const { index } = activity;
  const peer = isPeerActivity(activity);
  const edit = ctx.act.edit(index);
  return html`<article
    class="activity ${peer ? 'peer' : ''}"
    part="activity${peer ? ' peer-activity' : ''}"
    id="activity-${index}"
    tabindex="-1"
    aria-busy=${edit.busy ? 'true' : 'false'}
  >
    <div class="top">
      <div class="what" role="heading" aria-level=${heading(ctx.level + 2)}>${activityName(activity, ctx)}</div>
      <span class="chip" part="activity-status" data-status=${activity.status}>${ctx.code(activity.status)}</span>
    </div>
    ${fullDescription(activity, ctx)} ${facts(activity, ctx)} ${notes(activity, ctx)}
    ${
      ctx.readOnly
        ? nothing
        : html`<div class="controls" part="controls">${statusControl(activity, ctx, edit)} ${noteForm(activity, ctx, edit)} ${saveState(activity, ctx, edit)}</div>`
    }
  </article>`;
}
