import { PRESET_STYLES, PRESET_TOKEN_NAMES, presetClassCss, type ThemePreset } from './presets.js';
import { SMART_STYLE_TOKEN_NAMES } from './smart-style.js';

/**
 * Sets custom properties on an element through the CSSOM (allowed under a strict CSP, unlike
 * inline style attributes), so they inherit into every care element inside it.
 */
export function applyTokens(target: HTMLElement, tokens: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(tokens)) target.style.setProperty(name, value);
}

/**
 * Applies a preset to an element (the provider, or any container): its colour scheme and tokens.
 * `undefined` clears the preset: the page's own `color-scheme` then wins when it declares one,
 * and when it declares none, the user's `prefers-color-scheme` decides (`light dark`).
 */
export function applyPreset(target: HTMLElement, preset: ThemePreset | undefined): void {
  // Clears what an earlier preset or SMART style set; the caller re-applies the SMART style after.
  for (const name of [...PRESET_TOKEN_NAMES, ...SMART_STYLE_TOKEN_NAMES]) target.style.removeProperty(name);
  target.style.removeProperty('color-scheme');
  const style = preset ? PRESET_STYLES[preset] : undefined;
  if (style) {
    target.style.setProperty('color-scheme', style.colorScheme);
    applyTokens(target, style.tokens);
  } else if (getComputedStyle(target).colorScheme === 'normal') {
    target.style.setProperty('color-scheme', 'light dark');
  }
}

let installed = false;

/**
 * Makes `class="care-theme-dark"` (or light, high-contrast) on any ancestor theme the elements,
 * by adopting one small stylesheet into the document. It only matches those class names.
 */
export function installThemeClasses(doc: Document | undefined = globalThis.document): void {
  if (installed || !doc || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(presetClassCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed = true;
}
