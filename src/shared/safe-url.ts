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
  // Protocol-relative in any spelling browsers accept ("//", "\\", "/\\", "\\/") leaves the page's origin.
  if (/^[/\\]{2}/.test(url)) return undefined;
  if (!HAS_SCHEME.test(url)) return url;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return ALLOWED_SCHEMES.has(scheme) ? url : undefined;
}

/** A number as people write it: digits, spaces, + ( ) . - /, and an extension. Not "javascript:1". */
const PHONE_LIKE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*((ext\.?|x|#|,|;)\s*\d+)?$/i;
const EXTENSION = /\s*(ext\.?|x|#)\s*(\d+)$/i;

/**
 * A `tel:` link for a value that looks like a phone number, or undefined. An extension becomes a
 * pause (",") so it is dialled after the number instead of being glued onto it.
 */
export function telUrl(phone: unknown): string | undefined {
  if (typeof phone !== 'string' || !PHONE_LIKE.test(phone.trim())) return undefined;
  const dialable = phone
    .trim()
    .replace(EXTENSION, ',$2')
    .replace(/[^0-9+*#,;]/g, '');
  return safeUrl(`tel:${dialable}`);
}

/** A `mailto:` link for a plausible e-mail address, or undefined. */
export function mailtoUrl(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  if (!/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(address)) return undefined;
  return safeUrl(`mailto:${address}`);
}
