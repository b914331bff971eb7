/** The live status chip and the requester's cancel form. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatRelative } from '../../i18n/dates.js';
import { statusNeedsReason, type Referral } from '../../model/referral.js';
import type { Failure } from './failure.js';
import type { Msg } from './messages.js';

export interface ChipView {
  m: Msg;
  locale: string;
  referral: Referral;
  stale: boolean;
  conflict: boolean;
  canCancel: boolean;
  onCancel: () => void;
}

/**
 * Status, its reason where one is required, who took it, and when it last changed. Only the first
 * three are a live region: the relative time changes on every poll and must not re-announce the chip.
 */
export function chipView({ m, locale, referral, stale, conflict, canCancel, onCancel }: ChipView): TemplateResult {
  const { lastModified: when, status, owner } = referral;
  const relative = formatRelative(when, locale);
  return html`<div class="chip" part="status" tabindex="-1" data-status=${status}>
      <span role="status"><span>${m('label')}</span><strong part="state">${m(`status.${status}`)}</strong>
      ${statusNeedsReason(status) && referral.statusReason ? html`<span>${referral.statusReason}</span>` : nothing}
      ${owner?.name ? html`<span>${m('owner', { name: owner.name })}</span>` : nothing}</span>
      ${relative ? html`<time datetime=${when ?? ''}>${m('changed', { when: relative })}</time>` : nothing}</div>
    ${conflict ? html`<p class="notice error" role="alert">${m('cancelConflict')}</p>` : stale ? html`<p class="hint">${m('stale')}</p>` : nothing}
    ${canCancel ? html`<button type="button" part="cancel-button" @click=${onCancel}>${m('cancel')}</button>` : nothing}`;
}

export interface CancelView {
  m: Msg;
  /** No reason given, or the update failed. */
  problem?: Failure | 'missing' | undefined;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onClose: () => void;
}

export function cancelFormView({ m, problem, busy, onSubmit, onClose }: CancelView): TemplateResult {
  const missing = problem === 'missing';
  return html`<form part="form" novalidate @submit=${onSubmit}><h2 id="cancel-title">${m('cancelTitle')}</h2>
    <div class="field"><label for="cancel-reason">${m('cancelReason')}<span aria-hidden="true"> *</span></label>
      <textarea id="cancel-reason" name="reason" required autofocus aria-invalid=${missing} aria-describedby="cancel-reason-error"></textarea>
      <p class="error" id="cancel-reason-error">${missing ? m('error.cancel-reason') : ''}</p></div>
    ${problem && !missing ? html`<div class="notice error" role="alert"><span class="title">${m('cancelFailed')}</span> ${problem.message}</div>` : nothing}
    <div class="actions" part="actions">
      <button type="button" aria-disabled=${busy} @click=${onClose}>${m('keep')}</button>
      <button type="submit" class="primary" aria-disabled=${busy}>${m('cancel')}</button></div></form>`;
}
