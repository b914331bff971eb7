/**
 * Free text from FHIR shown in pieces: a note, reason or comment of any length renders at most
 * `LONG_TEXT_STEP` characters at first, with a "Show more" button that adds the next piece and, once
 * all is shown, "Show less". Laying out a long run of complex text (mixed scripts, emoji, combining
 * marks) costs the browser about 4 ms per 1,000 characters, so a 1 MB note shown whole froze the
 * page for over 20 s; in pieces each step stays far under 200 ms and all of the text stays
 * reachable. The button stays in place (its words change), so keyboard focus stays on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { defineMessages } from '../i18n/localize.js';

/** How many characters are shown at first, and added by each "Show more". */
export const LONG_TEXT_STEP = 5_000;

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const longTextEnglish = {
  more: 'Show more ({count, plural, one {# more character} other {# more characters}})',
  less: 'Show less',
};

const t = defineMessages('longText', longTextEnglish);

/** The first `length` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** A one-line headline of free text (a referral's reason in a list heading): at most `max` characters and "…". */
export function headlineText(text: string | undefined, max = 200): string {
  if (text === undefined || text.length <= max) return text ?? '';
  return `${cutText(text, max)}…`;
}

class LongTextDirective extends AsyncDirective {
  private text = '';
  private locale: string | undefined;
  private shown = LONG_TEXT_STEP;

  render(text: string, locale?: string): TemplateResult | string {
    if (text !== this.text) this.shown = LONG_TEXT_STEP;
    this.text = text;
    this.locale = locale;
    return this.view();
  }

  private view(): TemplateResult | string {
    const { text } = this;
    if (text.length <= LONG_TEXT_STEP) return text;
    const all = this.shown >= text.length;
    const part = all ? text : cutText(text, this.shown);
    const label = all ? t('less', undefined, this.locale) : t('more', { count: text.length - part.length }, this.locale);
    return html`${part}${all ? '' : '…'} <button type="button" class="long-text-toggle" part="long-text-toggle" @click=${this.toggle}>
        ${label}
      </button>`;
  }

  private readonly toggle = (): void => {
    this.shown = this.shown >= this.text.length ? LONG_TEXT_STEP : this.shown + LONG_TEXT_STEP;
    this.setValue(this.view());
  };
}

const longTextDirective = directive(LongTextDirective);

/** Renders FHIR free text of any length in pieces (see above); short text renders as plain text. */
export function longText(text: string | undefined, locale?: string): unknown {
  return text === undefined ? nothing : longTextDirective(text, locale);
}
