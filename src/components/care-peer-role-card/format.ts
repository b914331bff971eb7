/**
 * Localised text for availability (weekday names and times of day through `Intl`; FHIR dates go
 * through src/i18n/dates.ts). Locales arrive already checked (CareConnection.locale).
 */
import { DAYS_OF_WEEK, type Availability } from '../../model/peer-role.js';
import { TIME_OF_DAY } from '../../model/time-of-day.js';
import { cachedIntl } from '../../i18n/intl-cache.js';
import { t } from './messages.js';

function weekday(index: number, locale: string): string {
  // 1 January 2024 was a Monday, matching DAYS_OF_WEEK's order.
  const format = cachedIntl(`weekday|${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }));
  return format.format(Date.UTC(2024, 0, 1 + index));
}

/** "10:00:00" → "10:00" / "10:00 AM" as the locale writes it; text that is not a time stays as given. */
export function timeOfDay(value: string, locale: string): string {
  if (!TIME_OF_DAY.test(value)) return value;
  const [hours = 0, minutes = 0] = value.split(':').map(Number);
  const format = cachedIntl(`time|${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }));
  return format.format(Date.UTC(2024, 0, 1, hours, minutes));
}

/** "A, B, C" in the locale's own list style. */
export function listText(items: string[], locale: string): string {
  return cachedIntl(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'short' })).format(items);
}

/** "Mon, Tue, Thu 10:00–18:00" for one availableTime entry. */
export function availabilityText(slot: Availability, locale: string): string {
  const days = listText(
    slot.daysOfWeek.map((day) => weekday(DAYS_OF_WEEK.indexOf(day), locale)),
    locale,
  );
  const time = slot.allDay
    ? t('allDay', undefined, locale)
    : slot.start && slot.end
      ? t('timeRange', { start: timeOfDay(slot.start, locale), end: timeOfDay(slot.end, locale) }, locale)
      : slot.start
        ? timeOfDay(slot.start, locale)
        : '';
  return [days, time].filter(Boolean).join(' ');
}
