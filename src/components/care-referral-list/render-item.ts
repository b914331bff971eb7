/** One referral in the client's list: when it was sent, why, to whom, where it stands, and its details. Template functions only. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatRelative } from '../../i18n/dates.js';
import type { Msg } from '../../i18n/localize.js';
import { referralStatusText } from '../../shared/referral-status.js';
import type { ListMessage } from './messages.js';
import type { ReferralItem } from './referral-list-model.js';
import { headlineText, longText } from '../../shared/long-text.js';

export interface ItemContext {
  m: Msg<ListMessage>;
  locale: string;
  level: number;
  /** Present where the user may cancel this referral. */
  onCancel?: ((item: ReferralItem) => void) | undefined;
  /** "Cancel referral", in the referral button's words (the two share the cancel dialog). */
  cancelLabel: string;
}

/** A term and its free-text value, shown in pieces when long. */
const fact = (label: string, value: string | undefined, locale?: string): TemplateResult | typeof nothing =>
  value ? html`<div><dt>${label}</dt><dd>${longText(value, locale)}</dd></div>` : nothing;

function details(item: ReferralItem, ctx: ItemContext, sentDate: string): TemplateResult {
  const { referral } = item;
  const { m, locale } = ctx;
  return html`<details part="details">
    <summary aria-label=${m('detailsFor', { date: sentDate })}>${m('details')}</summary>
    <dl>
      ${fact(m('reason'), referral.reason, ctx.locale)} ${fact(m('hopes'), referral.clientHopes, ctx.locale)}
      ${fact(m('urgency'), m(`urgency.${referral.urgency}`))} ${fact(m('note'), referral.note, ctx.locale)}
      ${fact(m('requester'), referral.requester?.name)} ${fact(m('changed'), formatRelative(referral.lastModified, locale))}
    </dl>
  </details>`;
}

export function renderItem(item: ReferralItem, ctx: ItemContext): TemplateResult {
  const { referral } = item;
  const { m, locale } = ctx;
  const status = referralStatusText(referral, locale);
  const sentDate = formatDate(referral.authoredOn?.slice(0, 10), locale) ?? '';
  const recipient = referral.performer?.name ?? (referral.status === 'requested' ? referral.owner?.name : undefined);
  return html`<li class="item" part="item" data-status=${referral.status} data-key=${item.key}>
    <div class="heading" role="heading" aria-level=${ctx.level} tabindex="-1">
      <span class="when">${sentDate ? m('sent', { date: sentDate }) : m('notSent')}</span>
      <span class="reason">${headlineText(referral.reason)}</span>
    </div>
    <p class="to">${recipient ? m('to', { name: recipient }) : m('toProgramme')}</p>
    <p class="status" part="status" role="group" aria-label=${status.sentence}>
      <strong part="state">${status.headline}</strong>${status.detail ? html` <span part="detail">${status.detail}</span>` : nothing}
    </p>
    ${details(item, ctx, sentDate)}
    ${ctx.onCancel ? html`<button type="button" part="cancel-button" @click=${() => ctx.onCancel?.(item)}>${ctx.cancelLabel}</button>` : nothing}
  </li>`;
}
