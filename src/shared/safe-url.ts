/**
 * The one allow-list for URLs that reach the DOM (href, src), checked for the context the URL is
 * used in. FHIR data is untrusted: a `javascript:` or `data:` URL in a telecom or photo must never
 * become a link or an image source, and a `mailto:` or `tel:` URL is a link, never an image.
 */

/** Where a URL is used: `link` (an `href`) or `image` (an `<img src>`). */
export type UrlContext = 'link' | 'image';

/**
 * Which photos an element may load: `any` allowed URL (the default), only `same-origin` ones (a
 * photo host elsewhere never learns that a chart was opened), or `none` (initials only).
 */
export type PhotoPolicy = 'any' | 'same-origin' | 'none';
const PHOTO_POLICIES: readonly unknown[] = ['any', 'same-origin', 'none'] satisfies PhotoPolicy[];

/** The policy an attribute names; a word it does not know restricts (`same-origin`) rather than allowing any. */
export function readPhotoPolicy(value: unknown): PhotoPolicy | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return PHOTO_POLICIES.includes(value) ? (value as PhotoPolicy) : 'same-origin';
}

// Images: https only (and relative). No http (mixed content), no data: (not needed: a FHIR photo
// given as inline data is not shown), no mailto: / tel: (not images; a CSP violation as a src).
const ALLOWED_SCHEMES: Record<UrlContext, ReadonlySet<string>> = {
  link: new Set(['https:', 'http:', 'mailto:', 'tel:']),
  image: new Set(['https:']),
};
// Control characters and whitespace are stripped by browsers before parsing a scheme
// ("java\tscript:"), so they are refused here rather than normalised.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f\s]/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Returns the URL when it is allowed in `context`, otherwise undefined. Links: https, http,
 * mailto, tel or relative (no scheme, not protocol-relative). Images: https or relative.
 */
export function safeUrl(value: unknown, context: UrlContext = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url === '' || CONTROL_OR_SPACE.test(url.replace(/ /g, '%20'))) return undefined;
  // Protocol-relative in any spelling browsers accept ("//", "\\", "/\\", "\\/") leaves the page's origin.
  if (/^[/\\]{2}/.test(url)) return undefined;
  if (!HAS_SCHEME.test(url)) return url;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return ALLOWED_SCHEMES[context].has(scheme) ? url : undefined;
}

/** An `<img src>` for a photo under `policy`, or undefined (show initials instead). */
export function photoUrl(value: unknown, policy: PhotoPolicy = 'any'): string | undefined {
  if (policy === 'none') return undefined;
  const url = safeUrl(value, 'image');
  if (!url || policy === 'any') return url;
  return new URL(url, document.baseURI).origin === location.origin ? url : undefined;
}

/**
 * A number as people write it: digits, spaces, + ( ) . - /, and an extension. Not "javascript:1".
 * One run of number characters (the digit it needs is a lookahead), so a long non-match fails in
 * linear time; longer values than any phone number are refused before it runs.
 */
const PHONE_LIKE = /^\+?(?=[\s().\-/]*\d)[\d\s().\-/]+((ext\.?|x|#|,|;)\s*\d+)?$/i;
const MAX_PHONE_LENGTH = 64;
/** RFC 5321's limit for a whole address. */
const MAX_EMAIL_LENGTH = 254;
const EXTENSION = /\s*(ext\.?|x|#)\s*(\d+)$/i;

/**
 * A `tel:` link for a value that looks like a phone number, or undefined. An extension becomes a
 * pause (",") so it is dialled after the number instead of being glued onto it.
 */
export function telUrl(phone: unknown): string | undefined {
  if (typeof phone !== 'string' || phone.length > MAX_PHONE_LENGTH || !PHONE_LIKE.test(phone.trim())) return undefined;
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
  if (address.length > MAX_EMAIL_LENGTH || !/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(address)) return undefined;
  return safeUrl(`mailto:${address}`);
}
