/** The inbox around the referrals: title, views with counts, filters, caseload and capacity, the list. Pure. */
import { html, nothing, type TemplateResult } from 'lit';
import { SHOWN_REFERRAL_STATUSES, URGENCIES, type ReferralStatus, type Urgency } from '../../model/referral.js';
import type { DataProblem } from '../../model/problems.js';
import { invalidDataView } from '../../shared/state-views.js';
import type { InboxItem } from '../../fhir/read/referral-inbox.js';
import type { InboxFilters, ViewKey } from './inbox-views.js';
import type { ItemContext } from './item-context.js';
import { renderItem } from './render-item.js';

export interface InboxView {
  ctx: ItemContext;
  view: ViewKey;
  keys: readonly ViewKey[];
  counts: Map<ViewKey, number>;
  filters: InboxFilters;
  items: InboxItem[];
  problems: readonly DataProblem[];
  live: TemplateResult;
  canCheck: boolean;
  actingKnown: boolean;
  onView: (view: ViewKey) => void;
  onFilter: (filters: InboxFilters) => void;
  onCheck: () => void;
}

function viewLabel(key: ViewKey, ctx: ItemContext): string {
  if (key.startsWith('peer:')) {
    const reference = key.slice('peer:'.length);
    return ctx.data.peers.find((peer) => peer.reference === reference)?.name ?? reference;
  }
  return ctx.t(`view.${key as 'needs-assignment' | 'mine' | 'closed'}`);
}

function views(model: InboxView): TemplateResult {
  const { ctx } = model;
  return html`<div class="views" part="views" role="group" aria-label=${ctx.t('views')}>
    ${model.keys.map(
      (
        key,
      ) => html`<button type="button" data-view=${key} aria-pressed=${key === model.view ? 'true' : 'false'} @click=${() => model.onView(key)}>
        ${ctx.t('viewCount', { label: viewLabel(key, ctx), count: model.counts.get(key) ?? 0 })}
      </button>`,
    )}
  </div>`;
}

function filters(model: InboxView): TemplateResult {
  const { ctx, filters: current } = model;
  const onStatus = (event: Event): void =>
    model.onFilter({ ...current, status: (event.target as HTMLSelectElement).value as ReferralStatus | '' });
  const onUrgency = (event: Event): void =>
    model.onFilter({ ...current, urgency: (event.target as HTMLSelectElement).value as Urgency | '' });
  return html`<div class="filters" part="filters" role="group" aria-label=${ctx.t('filters')}>
    <label>${ctx.t('filterStatus')}
      <select id="filter-status" @change=${onStatus}>
        <option value="" ?selected=${!current.status}>${ctx.t('any')}</option>
        ${SHOWN_REFERRAL_STATUSES.map((status) => html`<option value=${status} ?selected=${current.status === status}>${ctx.t(`status.${status}`)}</option>`)}
      </select>
    </label>
    <label>${ctx.t('filterUrgency')}
      <select id="filter-urgency" @change=${onUrgency}>
        <option value="" ?selected=${!current.urgency}>${ctx.t('any')}</option>
        ${URGENCIES.map((urgency) => html`<option value=${urgency} ?selected=${current.urgency === urgency}>${ctx.t(`urgency.${urgency}`)}</option>`)}
      </select>
    </label>
    <button type="button" id="check" ?disabled=${!model.canCheck} @click=${model.onCheck}>${ctx.t('check')}</button>
  </div>`;
}

function caseload(ctx: ItemContext): TemplateResult {
  const capacity = ctx.data.capacity;
  return html`<section class="caseload" part="caseload" aria-labelledby="caseload-heading">
    <h3 id="caseload-heading">${ctx.t('caseload')}</h3>
    ${
      capacity
        ? html`<p class="capacity" data-capacity=${capacity.status}>
          <span class="label">${ctx.t('programmeCapacity')}:</span> ${ctx.t(`capacity.${capacity.status}`)}${capacity.notes ? ` (${capacity.notes})` : ''}
        </p>`
        : nothing
    }
    <ul>
      ${ctx.caseloads.map(
        (load) => html`<li class=${load.full ? 'full' : ''}>
          <span class="peer-name">${load.peer.name}</span>:
          ${load.capacity === undefined ? ctx.t('caseloadOpen', { open: load.open }) : ctx.t('caseloadOf', { open: load.open, capacity: load.capacity })}
          ${load.full ? html`<strong>(${ctx.t('full')})</strong>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

export function renderInbox(model: InboxView): TemplateResult {
  const { ctx, items } = model;
  const empty = model.view === 'needs-assignment' ? ctx.t('emptyNeeds') : ctx.t('emptyView');
  return html`<section class="inbox" part="inbox" aria-labelledby="inbox-title" tabindex="-1">
    <h2 id="inbox-title">${ctx.t('title')}</h2>
    ${model.problems.length ? invalidDataView(ctx.t('what'), model.problems, ctx.locale) : nothing}
    ${model.actingKnown ? nothing : html`<p class="notice">${ctx.t('cannotAct')}</p>`}
    ${views(model)} ${filters(model)} ${caseload(ctx)}
    ${ctx.notice && !items.some((item) => item.taskId === ctx.notice?.taskId) ? html`<p class="notice conflict" part="notice">${ctx.notice.text}</p>` : nothing}
    <h3 id="list-heading" tabindex="-1" class="visually-hidden">${ctx.t('viewCount', { label: viewLabel(model.view, ctx), count: items.length })}</h3>
    ${
      items.length
        ? html`<ul class="list" part="list" aria-labelledby="list-heading">${items.map((item) => renderItem(item, ctx))}</ul>`
        : html`<p class="empty">${empty}</p>`
    }
    ${model.live}
  </section>`;
}
