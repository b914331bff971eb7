/**
 * The one date helper: FHIR date/dateTime strings to localised text through `Intl`.
 * Unparseable input returns undefined (the caller shows nothing) instead of "Invalid Date".
 */
import { cachedIntl } from './intl-cache.js';
import { documentLocale, safeLocale } from './localize.js';

/** The locale to format in: the given one when Intl accepts it, else the page's. */
const resolve = (locale: string | undefined): string => safeLocale(locale) ?? documentLocale();

const DAY_MS = 86_400_000;

/** Parses FHIR date (YYYY, YYYY-MM, YYYY-MM-DD) and dateTime; partial dates become the first day. */
export function parseFhirDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?/.test(value)) return undefined;
  const normalised = /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  // A date without a time is a calendar day, not UTC midnight: parse it as local time.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(normalised) ? new Date(`${normalised}T00:00:00`) : new Date(normalised);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function hasTime(value: string): boolean {
  return value.includes('T');
}

/** "24 Nov 2026" or "24 Nov 2026, 14:05" in the given locale. */
export function formatDate(value: unknown, locale?: string): string | undefined {
  const date = parseFhirDate(value);
  if (!date || typeof value !== 'string') return undefined;
  const options: Intl.DateTimeFormatOptions = hasTime(value) ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  const tag = resolve(locale);
  const format = cachedIntl(`date|${tag}|${options.timeStyle ?? ''}`, () => new Intl.DateTimeFormat(tag, options));
  return format.format(date);
}

/** "3 days ago", "in 2 weeks", "yesterday" — relative to `now`, in the given locale. */
export function formatRelative(value: unknown, locale?: string, now: Date = new Date()): string | undefined {
  const date = parseFhirDate(value);
  if (!date) return undefined;
  const diffMs = date.getTime() - now.getTime();
  const tag = resolve(locale);
  const format = cachedIntl(`relative|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  const abs = Math.abs(diffMs);
  if (abs < 60_000) return format.format(0, 'minute');
  if (abs < 3_600_000) return format.format(Math.round(diffMs / 60_000), 'minute');
  if (abs < DAY_MS) return format.format(Math.round(diffMs / 3_600_000), 'hour');
  if (abs < 14 * DAY_MS) return format.format(Math.round(diffMs / DAY_MS), 'day');
  if (abs < 60 * DAY_MS) return format.format(Math.round(diffMs / (7 * DAY_MS)), 'week');
  if (abs < 365 * DAY_MS) return format.format(Math.round(diffMs / (30 * DAY_MS)), 'month');
  return format.format(Math.round(diffMs / (365 * DAY_MS)), 'year');
}

/** A period as "1 Jan 2026 – 30 Jun 2026", "since 1 Jan 2026" or "until 30 Jun 2026". */
export function formatPeriod(
  period: { start?: string | undefined; end?: string | undefined } | undefined,
  locale?: string,
): { start?: string; end?: string } {
  const start = formatDate(period?.start, locale);
  const end = formatDate(period?.end, locale);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
