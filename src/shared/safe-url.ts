/**
 * The one allow-list for URLs that reach the DOM (href, src). FHIR data is untrusted: a
 * `javascript:` or `data:` URL in a telecom or photo must never become a link or an image source.
 */

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// Control characters and whitespace are stripped by browsers before parsing a scheme
// ("java\tscript:"), so they are refused here rather than normalised.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f\s]/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export type UrlKind = 'web' | 'mailto' | 'tel' | 'relative';

/**
 * Returns the URL when its scheme is https, http, mailto or tel, or when it is relative
 * (no scheme, not protocol-relative); otherwise undefined.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url === '' || CONTROL_OR_SPACE.test(url.replace(/ /g, '%20'))) return undefined;
  if (url.startsWith('//') || url.startsWith('\\')) return undefined;
  if (!HAS_SCHEME.test(url)) return url;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return ALLOWED_SCHEMES.has(scheme) ? url : undefined;
}

/** A `tel:` link for a phone number, or undefined when the number has nothing dialable. */
export function telUrl(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const dialable = phone.replace(/[^0-9+*#,;]/g, '');
  return /[0-9]/.test(dialable) ? safeUrl(`tel:${dialable}`) : undefined;
}

/** A `mailto:` link for a plausible e-mail address, or undefined. */
export function mailtoUrl(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  if (!/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(address)) return undefined;
  return safeUrl(`mailto:${address}`);
}
