/**
 * The loading, load-error and invalid-data views every element shows, so they look, read and are
 * announced the same everywhere. Messages name what could not be shown and why, never patient data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineMessages } from '../i18n/localize.js';
import type { DataSourceError } from '../data/errors.js';
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
  'reason.network': 'The server could not be reached, or the connection was lost.',
  'reason.timeout': 'The server did not answer in time.',
  'reason.aborted': 'The request was cancelled.',
  'reason.invalid-request': 'The request could not be made from the data given.',
  'reason.invalid-response': 'The server’s answer could not be used.',
  'reason.http': 'The server answered with an error ({status}).',
  'reason.denied': 'Not allowed: sign in again, or ask for access ({status}).',
  'reason.not-found': 'It was not found on the server ({status}).',
  'reason.validation': 'The server refused the request ({status}).',
  'reason.conflict': 'It conflicts with what the server holds ({status}).',
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

/** Why a load or a save failed, in the user's language: said by the error's kind, never by its (English) message. */
export function failureReason(error: DataSourceError, locale: string | undefined): string {
  const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
  if (status === 401 || status === 403) return t('reason.denied', { status }, locale);
  return t(`reason.${error.kind}`, { status }, locale);
}

/**
 * An alert with the reason and a retry button. The reason is said by the error's kind; the data
 * source's own message (plain English, never resource content) is kept under "Technical details",
 * marked `lang="en"`, for whoever supports the integration.
 */
export function loadErrorView(what: string, error: DataSourceError | undefined, retry: () => void, locale?: string): TemplateResult {
  return html`<div class="notice error" part="status" role="alert">
    <span class="title">${t('loadFailed', { what }, locale)}</span>
    ${error ? html`<span>${failureReason(error, locale)}</span>` : nothing}
    <button type="button" @click=${retry}>${t('retry', undefined, locale)}</button>
    ${
      error
        ? html`<details>
          <summary>${t('details', undefined, locale)}</summary>
          <code lang="en">${error.message}</code>
        </details>`
        : nothing
    }
  </div>`;
}

/** Shown above the valid part of partly invalid data; the paths help the integrator fix it. */
export function invalidDataView(what: string, problems: readonly DataProblem[], locale?: string): TemplateResult {
  return html`<div class="notice error" part="status" role="status">
    <span class="title">${t('invalidTitle', { what }, locale)}</span>
    <span>${t('invalidCount', { count: problems.length }, locale)}</span>
    <details>
      <summary>${t('details', undefined, locale)}</summary>
      <ul lang="en">
        ${problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** When there is nothing at all to render: never a blank element. */
export function emptyView(what: string, locale?: string): TemplateResult {
  return html`<div class="notice" part="status" role="status">${t('nothingToShow', { what }, locale)}</div>`;
}
