/**
 * The one localisation helper. Every visible string and accessible name goes through it.
 *
 * Each element declares its English strings with `defineMessages(namespace, english)` and gets a
 * typed translator. Integrators add translations with `registerMessages(locale, { 'ns.key': ... })`;
 * a missing translation falls back to the language without region ("es-MX" -> "es"), then English.
 * Placeholders are `{name}`; values are inserted as text (Lit escapes them when rendered).
 */

export type MessageValues = Record<string, string | number | undefined>;
export type Translator<K extends string> = (key: K, values?: MessageValues, locale?: string) => string;
/** A translator bound to one locale: what templates call, `m('key', { name })`. */
export type Msg<K extends string> = (key: K, values?: MessageValues) => string;

/** The one way to bind a namespace's translator to a locale (each element's messages module exports it as `bind`). */
export function bindMessages<K extends string>(messages: Translator<K>, locale: string | undefined): Msg<K> {
  return (key, values) => messages(key, values, locale);
}

const catalogues = new Map<string, Map<string, string>>();

/** Adds or replaces translations for a locale (BCP 47, e.g. "es" or "es-MX"). */
export function registerMessages(locale: string, messages: Record<string, string>): void {
  const tag = locale.toLowerCase();
  const catalogue = catalogues.get(tag) ?? new Map<string, string>();
  for (const [key, text] of Object.entries(messages)) {
    if (typeof text === 'string') catalogue.set(key, text);
  }
  catalogues.set(tag, catalogue);
}

/**
 * A locale `Intl` accepts, canonicalised ("en_US" and "x" are refused), else undefined. Every
 * locale from outside (a provider attribute, the page's `lang`) passes here first, because a
 * malformed tag makes `Intl` constructors throw, and that must never blank an element.
 */
export function safeLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  // Cached: translators call this for every string, and a roster renders thousands.
  if (checkedLocales.has(locale)) return checkedLocales.get(locale);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    canonical = undefined;
  }
  checkedLocales.set(locale, canonical);
  return canonical;
}

const checkedLocales = new Map<string, string | undefined>();

/** The page's language (valid), else the browser's, else English. */
export function documentLocale(): string {
  const lang = typeof document !== 'undefined' ? safeLocale(document.documentElement.lang) : undefined;
  return lang ?? safeLocale(typeof navigator !== 'undefined' ? navigator.language : undefined) ?? 'en';
}

function lookup(locale: string, key: string): string | undefined {
  const tag = locale.toLowerCase();
  return catalogues.get(tag)?.get(key) ?? catalogues.get(tag.split('-')[0] ?? tag)?.get(key);
}

/**
 * Fills `{name}` placeholders, and plurals in the ICU form translators know:
 * `{count, plural, one {# problem} other {# problems}}` (also `=0 {…}`), chosen with
 * `Intl.PluralRules` for the locale; `#` is the number, formatted for the locale.
 */
export function formatMessage(template: string, values?: MessageValues, locale?: string): string {
  if (!values) return template;
  const plural = template.includes(', plural,') ? withPlurals(template, values, locale) : template;
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function withPlurals(template: string, values: MessageValues, locale: string | undefined): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const count = Number(values[name]);
    if (!Number.isFinite(count)) return whole;
    const cases = new Map([...body.matchAll(PLURAL_CASE)].map((match) => [match[1] ?? '', match[2] ?? '']));
    const tag = safeLocale(locale) ?? documentLocale();
    const chosen = cases.get(`=${count}`) ?? cases.get(new Intl.PluralRules(tag).select(count)) ?? cases.get('other') ?? '';
    return chosen.replace(/#/g, new Intl.NumberFormat(tag).format(count));
  });
}

/** Declares a namespace of English messages and returns a typed translator for it. */
export function defineMessages<K extends string>(namespace: string, english: Record<K, string>): Translator<K> {
  return (key, values, locale) => {
    const tag = safeLocale(locale) ?? documentLocale();
    return formatMessage(lookup(tag, `${namespace}.${key}`) ?? english[key], values, tag);
  };
}
