/**
 * Localised text for availability (weekday names and times of day through `Intl`; FHIR dates go
 * through src/i18n/dates.ts). Locales arrive already checked (CareConnection.locale).
 */
import { DAYS_OF_WEEK, type Availability } from '../../model/peer-role.js';
import { t } from './messages.js';

// Building an Intl formatter costs far more than using one; a roster formats a card per row.
const formatters = new Map<string, { format(value: never): string }>();
function cached<F extends { format(value: never): string }>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

function weekday(index: number, locale: string): string {
  // 1 January 2024 was a Monday, matching DAYS_OF_WEEK's order.
  const format = cached(`w${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }));
  return format.format(Date.UTC(2024, 0, 1 + index));
}

/** "10:00:00" → "10:00" / "10:00 AM" as the locale writes it. */
export function timeOfDay(value: string, locale: string): string {
  const [hours = 0, minutes = 0] = value.split(':').map(Number);
  const format = cached(`t${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }));
  return format.format(Date.UTC(2024, 0, 1, hours, minutes));
}

/** "A, B, C" in the locale's own list style. */
export function listText(items: string[], locale: string): string {
  return cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'short' })).format(items);
}

/** "Mon, Tue, Thu 10:00–18:00" for one availableTime entry. */
export function availabilityText(slot: Availability, locale: string): string {
  const days = listText(slot.daysOfWeek.map((day) => weekday(DAYS_OF_WEEK.indexOf(day), locale)), locale);
  const time =
    slot.allDay ? t('allDay', undefined, locale)
    : slot.start && slot.end ? t('timeRange', { start: timeOfDay(slot.start, locale), end: timeOfDay(slot.end, locale) }, locale)
    : slot.start ? timeOfDay(slot.start, locale)
    : '';
  return [days, time].filter(Boolean).join(' ');
}
