/** The live status chip and the requester's cancel form. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatRelative } from '../../i18n/dates.js';
import type { Referral } from '../../model/referral.js';
import { referralStatusText } from '../../shared/referral-status.js';
import type { Failure } from './failure.js';
import type { Msg } from './messages.js';

export interface ChipView {
  m: Msg;
  locale: string;
  referral: Referral;
  stale: boolean;
  conflict: boolean;
  canCancel: boolean;
  /** The live region's words: a change this element was first on the page to claim (announce-once.ts). */
  announcement: string;
  onCancel: () => void;
  /** "Check now": present while the referral is open and a feed follows it. */
  onCheck?: (() => void) | undefined;
}

/**
 * Who has the referral (or who it was sent to), why or how it ended, and when it last changed; the
 * whole state in one sentence as the chip's accessible name. The chip itself is not a live
 * region: a change is spoken once per page, by the element that claimed it.
 */
export function chipView({ m, locale, referral, stale, conflict, canCancel, announcement, onCancel, onCheck }: ChipView): TemplateResult {
  const { lastModified: when, status } = referral;
  const text = referralStatusText(referral, locale);
  const relative = formatRelative(when, locale);
  return html`<div class="chip" part="status" tabindex="-1" role="group" aria-label=${text.sentence} data-status=${status}>
      <span>${m('label')}</span><strong part="state">${text.headline}</strong>
      ${text.detail ? html`<span part="detail">${text.detail}</span>` : nothing}
      ${relative ? html`<time datetime=${when ?? ''}>${m('changed', { when: relative })}</time>` : nothing}</div>
    <span class="visually-hidden" role="status" aria-label=${m('updates')}>${announcement}</span>
    ${conflict ? html`<p class="notice error" role="alert">${m('cancelConflict')}</p>` : stale ? html`<p class="hint">${m('stale')}</p>` : nothing}
    ${
      onCheck || canCancel
        ? html`<div class="chip-actions">
          ${onCheck ? html`<button type="button" part="check-button" @click=${onCheck}>${m('checkNow')}</button>` : nothing}
          ${canCancel ? html`<button type="button" part="cancel-button" @click=${onCancel}>${m('cancel')}</button>` : nothing}
        </div>`
        : nothing
    }`;
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

export interface TriggerView {
  m: Msg;
  disabled: boolean;
  /** A draft was closed unsent: the button says so. */
  draftKept: boolean;
  /** The client's open referral, named beside the button (duplicate-guard.ts), or nothing. */
  openReferral: TemplateResult | typeof nothing;
  onOpen: () => void;
  /** Starts loading the form's code early (pointer over or focus), until it is there. */
  preload: (() => void) | undefined;
}

/** "Refer to peer support", described by the kept draft and the open referral when there are. */
export function triggerView({ m, disabled, draftKept, openReferral, onOpen, preload }: TriggerView): TemplateResult {
  const described = [draftKept ? 'draft' : '', openReferral === nothing ? '' : 'duplicate'].filter(Boolean).join(' ');
  return html`<button id="trigger" part="button" type="button" aria-haspopup="dialog" aria-describedby=${described || nothing}
      ?disabled=${disabled} @click=${onOpen} @pointerenter=${preload ?? nothing} @focus=${preload ?? nothing}>${m('open')}</button
    >${draftKept ? html`<span class="hint" id="draft">${m('draftKept')}</span>` : nothing}${openReferral}`;
}
