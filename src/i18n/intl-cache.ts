/**
 * The one cache of `Intl` formatters. Building one costs far more (~0.3 ms) than using one, and a
 * roster or plan formats a date, a weekday or a list per row.
 */
const formatters = new Map<string, unknown>();

/**
 * The formatter `make` builds, built once per `key`. The key names the kind, the locale and the
 * options that differ (`date|en-GB|short`). `make` may throw (a locale `Intl` refuses): nothing is
 * cached then and the error reaches the caller, as if it had built the formatter itself.
 */
export function cachedIntl<F>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (formatter === undefined) formatters.set(key, (formatter = make()));
  return formatter;
}
