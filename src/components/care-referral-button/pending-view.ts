/**
 * The referral dialog while the form's code is not there yet (workflow-loader.ts): its title,
 * then "Loading the referral form…" or, if it could not load, why with Try again. Never blank;
 * the dialog is described by `#form-loading`, so opening it says it is loading.
 */
import { html, type TemplateResult } from 'lit';
import { loadErrorView, loadingView } from '../../shared/state-views.js';
import type { Msg } from './messages.js';

export interface PendingView {
  m: Msg;
  locale: string;
  failed: boolean;
  onRetry: () => void;
  onClose: () => void;
}

/** Cancel sits outside the changing part, so it keeps focus from loading to failed and back. */
export function pendingView({ m, locale, failed, onRetry, onClose }: PendingView): TemplateResult {
  const what = m('form');
  return html`<h2 id="title">${m('open')}</h2>
    <div id="form-loading">${failed ? loadErrorView(what, undefined, onRetry, locale) : loadingView(what, locale)}</div>
    <div class="actions" part="actions"><button type="button" @click=${onClose}>${m('close')}</button></div>`;
}
