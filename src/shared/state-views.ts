/**
 * The loading, load-error and invalid-data views every element shows, so they look, read and are
 * announced the same everywhere. Messages name what could not be shown and why, never patient data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineMessages } from '../i18n/localize.js';
import type { DataProblem } from '../model/problems.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const commonEnglish = {
  loading: 'Loading {what}…',
  loadFailed: 'Could not load {what}.',
  retry: 'Try again',
  invalidTitle: 'Some of {what} could not be shown.',
  invalidCount: '{count, plural, one {# problem} other {# problems}} in the data. The rest is shown.',
  nothingToShow: 'There is no {what} to show.',
  details: 'Technical details',
};

const t = defineMessages('common', commonEnglish);

/**
 * A polite live region: screen readers hear "Loading …" once, without interrupting. It keeps the
 * room the content usually takes (each element's `--care-<element>-loading-height`), so the page
 * does not jump when the content arrives.
 */
export function loadingView(what: string, locale?: string): TemplateResult {
  return html`<div class="notice loading" part="status" role="status" aria-live="polite">
    ${t('loading', { what }, locale)}
  </div>`;
}

/**
 * An alert with the reason and a retry button. `reason` must be a plain-words message from a
 * typed data-source error (which never contains resource content).
 */
export function loadErrorView(what: string, reason: string | undefined, retry: () => void, locale?: string): TemplateResult {
  return html`<div class="notice error" part="status" role="alert">
    <span class="title">${t('loadFailed', { what }, locale)}</span>
    ${reason ? html`<span>${reason}</span>` : nothing}
    <button type="button" @click=${retry}>${t('retry', undefined, locale)}</button>
  </div>`;
}

/** Shown above the valid part of partly invalid data; the paths help the integrator fix it. */
export function invalidDataView(what: string, problems: readonly DataProblem[], locale?: string): TemplateResult {
  return html`<div class="notice error" part="status" role="status">
    <span class="title">${t('invalidTitle', { what }, locale)}</span>
    <span>${t('invalidCount', { count: problems.length }, locale)}</span>
    <details>
      <summary>${t('details', undefined, locale)}</summary>
      <ul>
        ${problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** When there is nothing at all to render: never a blank element. */
export function emptyView(what: string, locale?: string): TemplateResult {
  return html`<div class="notice" part="status" role="status">${t('nothingToShow', { what }, locale)}</div>`;
}
