/**
 * One referral in the inbox, in names and words. Pure: the item and a context in, a template out;
 * what the user does goes to the context's callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InboxItem } from '../../fhir/read/referral-inbox.js';
import { sharedExperienceWords } from './messages.js';
import { formatDate, formatRelative } from '../../i18n/dates.js';
import { actionsFor, assigneeOf, historyOf, type InboxAction } from './inbox-views.js';
import { clientName, languageName, type ItemContext } from './item-context.js';
import { declineReasonText, outcomeText as outcomeWords } from '../../shared/referral-status.js';
import { CONSENT_STATUSES } from '../../fhir/codes.js';
import { longText } from '../../shared/long-text.js';
import { roleWords } from '../../shared/role-badge.js';

function preferencesText(item: InboxItem, ctx: ItemContext): string {
  const { language, sharedExperience, peerGender } = item.referral.preferences;
  const words = [
    ...(language ? [ctx.t('prefLanguage', { language: languageName(language, ctx.locale) })] : []),
    ...sharedExperience.map((what) => ctx.t('prefShared', { what: sharedExperienceWords(what, ctx.locale) })),
    ...(peerGender && peerGender !== 'unknown' ? [ctx.t('prefGender', { gender: ctx.t(`gender.${peerGender}`) })] : []),
  ];
  return words.length ? words.join('; ') : ctx.t('noPreferences');
}

function consentText(item: InboxItem, ctx: ItemContext): string {
  const { consentStatus, consentDate } = item.referral;
  if (!consentStatus) return ctx.t('consentMissing');
  if (consentStatus !== 'active') {
    const known = (CONSENT_STATUSES as readonly string[]).includes(consentStatus);
    const status = known ? ctx.t(`consentStatus.${consentStatus as (typeof CONSENT_STATUSES)[number]}`) : consentStatus;
    return ctx.t('consentNot', { status });
  }
  const date = formatDate(consentDate, ctx.locale);
  return date ? ctx.t('consentActive', { date }) : ctx.t('consentActiveUndated');
}

function referrerText(item: InboxItem, ctx: ItemContext): string {
  const { name, role, organization } = item.referrer;
  return [name ?? ctx.t('notGiven'), role && roleWords(role, ctx.locale), organization].filter(Boolean).join(', ');
}

function ownerText(item: InboxItem, ctx: ItemContext): string {
  const assignee = assigneeOf(item, ctx.data.programme);
  if (!assignee) return ctx.t('nobody');
  return ctx.data.peers.find((peer) => peer.reference === assignee)?.name ?? item.referral.owner?.name ?? ctx.t('notGiven');
}

/** A term and its value; free text (the referral's reason, hopes, note) shown in pieces when long. */
const row = (label: string, value: unknown, locale?: string): TemplateResult =>
  html`<div><dt>${label}</dt><dd>${typeof value === 'string' ? longText(value, locale) : value}</dd></div>`;

/** A coded value's label and the programme's own words, when they say more. */
function codedWords(coded: string | undefined, words: string | undefined): string | undefined {
  return [coded, words && words !== coded ? words : undefined].filter(Boolean).join(': ') || undefined;
}
const outcomeText = ({ referral: r }: InboxItem, ctx: ItemContext): string | undefined =>
  codedWords(r.outcome && outcomeWords(r.outcome, ctx.locale), r.outcomeText);
const reasonGiven = ({ referral: r }: InboxItem, ctx: ItemContext): string | undefined =>
  codedWords(r.declineReason && declineReasonText(r.declineReason, ctx.locale), r.statusReason);

function details(item: InboxItem, ctx: ItemContext): TemplateResult {
  const r = item.referral;
  const sent = formatDate(r.authoredOn, ctx.locale);
  const changed = r.lastModified ? formatRelative(r.lastModified, ctx.locale) : undefined;
  const reason = reasonGiven(item, ctx);
  const outcome = outcomeText(item, ctx);
  return html`<dl>
    ${row(ctx.t('reason'), r.reason ?? ctx.t('notGiven'), ctx.locale)} ${row(ctx.t('hopes'), r.clientHopes ?? ctx.t('notGiven'), ctx.locale)}
    ${row(ctx.t('preferences'), preferencesText(item, ctx))} ${row(ctx.t('urgency'), ctx.t(`urgency.${r.urgency}`))}
    ${r.note ? row(ctx.t('note'), r.note, ctx.locale) : nothing} ${row(ctx.t('consent'), consentText(item, ctx))}
    ${row(ctx.t('referredBy'), referrerText(item, ctx))}
    ${row(ctx.t('sent'), [sent ?? ctx.t('notGiven'), changed ? ctx.t('changed', { when: changed }) : undefined].filter(Boolean).join(', '))}
    ${item.askedFor ? row(ctx.t('askedFor'), item.askedFor.name ?? ctx.t('notGiven')) : nothing} ${row(ctx.t('owner'), ownerText(item, ctx))}
    ${reason ? row(ctx.t('statusReason'), reason) : nothing} ${outcome ? row(ctx.t('outcome'), outcome) : nothing}
  </dl>`;
}

function history(item: InboxItem, ctx: ItemContext): TemplateResult | typeof nothing {
  const earlier = historyOf(item, ctx.data);
  if (!earlier.length) return nothing;
  return html`<div class="history">
    <span class="label">${ctx.t('history')}</span>
    <ul>
      ${earlier.map((other) => {
        const status = ctx.t(`status.${other.referral.status}`);
        const outcome = outcomeText(other, ctx) ?? reasonGiven(other, ctx);
        const line = ctx.t('historyItem', { date: formatDate(other.referral.authoredOn, ctx.locale) ?? ctx.t('notGiven'), status });
        return html`<li>${outcome ? `${line} (${outcome})` : line}</li>`;
      })}
    </ul>
  </div>`;
}

function actionLabel(item: InboxItem, action: InboxAction, ctx: ItemContext): string {
  return action === 'assign' && assigneeOf(item, ctx.data.programme) ? ctx.t('action.reassign') : ctx.t(`action.${action}`);
}

function actions(item: InboxItem, ctx: ItemContext): TemplateResult | typeof nothing {
  const available = actionsFor(item, ctx.role, ctx);
  if (!available.length) return nothing;
  const busy = ctx.busy === item.taskId;
  return html`<div class="actions" part="actions" role="group" aria-label=${ctx.t('actions', { name: clientName(item, ctx) })}>
    ${available.map(
      (action) => html`<button type="button" data-action=${action} class=${action === 'accept' || action === 'start' ? 'primary' : ''}
        aria-expanded=${ctx.open?.taskId === item.taskId && ctx.open.action === action ? 'true' : nothing}
        ?disabled=${busy} @click=${() => ctx.onAction(item, action)}>${actionLabel(item, action, ctx)}</button>`,
    )}
  </div>`;
}

function form(item: InboxItem, action: InboxAction, ctx: ItemContext): TemplateResult {
  if (ctx.renderForm) return ctx.renderForm(item, action, ctx);
  return html`<p class="notice" role="status">${ctx.formFailed ? ctx.t('formFailed') : ctx.t('loadingForm')}</p>`;
}

export function renderItem(item: InboxItem, ctx: ItemContext): TemplateResult {
  const r = item.referral;
  const urgent = r.urgency === 'urgent';
  const id = `h-${item.taskId}`;
  const open = ctx.open?.taskId === item.taskId ? ctx.open.action : undefined;
  const notice = ctx.notice?.taskId === item.taskId ? ctx.notice.text : undefined;
  const language = languageName(item.client.language, ctx.locale);
  return html`<li class="item ${urgent ? 'urgent' : ''} ${r.urgency}" part="item" data-task=${item.taskId}>
    <article aria-labelledby=${id} tabindex="-1">
      <h3 id=${id}>
        ${urgent ? html`<span class="urgent-mark" part="urgent">⚠ ${ctx.t('urgency.urgent')}</span> ` : nothing}${clientName(item, ctx)}
        ${language ? html`<span class="lang">(${ctx.t('prefersLanguage', { language })})</span>` : nothing}
      </h3>
      <p class="badges">
        <span class="status" part="status-badge" data-status=${r.status}>${ctx.t(`status.${r.status}`)}</span>
        ${urgent ? nothing : html`<span class="urgency">${ctx.t(`urgency.${r.urgency}`)}</span>`}
      </p>
      ${details(item, ctx)} ${history(item, ctx)}
      ${notice ? html`<p class="notice conflict" part="notice">${notice}</p>` : nothing} ${actions(item, ctx)}
      ${open ? form(item, open, ctx) : nothing}
    </article>
  </li>`;
}
