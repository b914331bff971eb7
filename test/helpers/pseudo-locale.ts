/**
 * A pseudo-locale for finding text that escapes the catalogue: every English text wrapped as
 * `⟦…⟧`, registered for a Japanese private-use tag. Japanese because what `Intl` writes for it
 * (dates, times, relative times, language names) has no Latin letters; so once the wrapped text
 * and the data are taken out of what an element shows, any Latin letter left is English that did
 * not come from the catalogue.
 */
import { en } from '../../src/locales/en.js';
import { registerMessages } from '../../src/i18n/localize.js';

export const PSEUDO_LOCALE = 'ja-x-pseudo';

export function registerPseudoLocale(): void {
  registerMessages(PSEUDO_LOCALE, Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `⟦${text}⟧`])));
}

/** Every string in a FHIR resource tree (names, notes, codes' displays): what an element may show as data. */
export function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) dataStrings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) dataStrings(item, into);
  return into;
}

const NAMED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** What a user sees or hears in a shadow root and the shadow roots inside it: text, accessible names and button values. */
export function shownStrings(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (SKIPPED.has(node.tagName)) return;
      // Marked as English on purpose (the data source's technical message, for support).
      if (node.getAttribute('lang') === 'en') return;
      for (const name of NAMED_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
      if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type) && node.value) found.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text.trim()) found.push(text);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * The strings of `shown` that carry words from outside the catalogue: after the wrapped parts and
 * the data are taken out, a Latin letter is left. Data are removed longest first, and only data
 * that are not bare codes (`active`, `en`), so a code shown raw is caught.
 */
export function untranslated(shown: readonly string[], data: ReadonlySet<string>): string[] {
  const words = [...data].filter((text) => text.trim().length > 1 && !/^[a-z0-9-]+$/.test(text)).sort((a, b) => b.length - a.length);
  return shown.filter((text) => {
    let rest = text;
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const word of words) if (rest.includes(word)) rest = rest.split(word).join(' ');
    return /[A-Za-z]/.test(rest);
  });
}
