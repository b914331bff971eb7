/**
 * URL rules of the data source: safe paths for resource types and ids, search query strings, and
 * the same-server check for `next` links and `Location` headers. PHI must never be sent to a host
 * other than the configured FHIR server, so a link is followed only when it stays under the base.
 */
import { InvalidRequestError } from './errors.js';
import type { SearchParams } from './data-source.js';
import { isResourceId, isResourceType, referenceParts, type TypeAndId } from '../fhir/references.js';

export function assertResourceType(operation: string, type: unknown): asserts type is string {
  if (!isResourceType(type)) {
    throw new InvalidRequestError(operation, 'the resource type is not a valid FHIR resource type name.');
  }
}

export function assertResourceId(operation: string, id: unknown): asserts id is string {
  if (!isResourceId(id)) {
    throw new InvalidRequestError(operation, 'the id is not a valid FHIR id (1-64 letters, digits, "-" or ".").');
  }
}

export function toQuery(params: SearchParams | undefined): string {
  if (!params) return '';
  if (params instanceof URLSearchParams) return params.toString();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  return query.toString();
}

/** The base URL without trailing slashes. */
export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Resolves the base against the page (a relative base like `/fhir` serves a same-origin demo). */
function absoluteBase(baseUrl: string): URL | undefined {
  try {
    return new URL(`${trimBase(baseUrl)}/`, globalThis.location?.href);
  } catch {
    return undefined;
  }
}

/**
 * Turns a link from the server (absolute or relative) into a path relative to the base, or
 * `undefined` when it points anywhere else (another origin, or outside the base path).
 * Without a known base, only relative links can be trusted.
 */
export function relativeToBase(link: string, baseUrl: string | undefined): string | undefined {
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
  if (!baseUrl) return isAbsolute || link.startsWith('/') ? undefined : link;
  const base = absoluteBase(baseUrl);
  if (!base) return undefined;
  let target: URL;
  try {
    target = new URL(link, base);
  } catch {
    return undefined;
  }
  if (target.origin !== base.origin || target.username || target.password) return undefined;
  // HAPI pages through the base itself: `<base>?_getpages=...`.
  if (`${target.pathname}/` === base.pathname) return target.search || undefined;
  if (!target.pathname.startsWith(base.pathname)) return undefined;
  return `${target.pathname.slice(base.pathname.length)}${target.search}`;
}

/** Joins a base and a path from `relativeToBase` ('' is the base, '?q' a query on the base). */
export function joinBase(base: string, path: string): string {
  if (!path) return base;
  return path.startsWith('?') ? `${base}${path}` : `${base}/${path}`;
}

/** The type and id a `Location` header names (`.../Type/id/_history/v`), if any. */
export function parseLocation(location: string): TypeAndId | undefined {
  // A query or fragment, then one trailing slash, may follow the `Type/id[/_history/v]`.
  const parts = referenceParts(location.replace(/[?#].*$/s, '').replace(/\/$/, ''));
  return parts ? { type: parts.type, id: parts.id } : undefined;
}

const SOCKET_SCHEME: Readonly<Record<string, string>> = { 'https:': 'wss:', 'http:': 'ws:' };

/**
 * A websocket URL the server handed out, accepted only on the FHIR server's own host and port and
 * with the matching scheme (`wss:` for `https:`): live updates never open a socket anywhere else.
 */
export function sameServerSocketUrl(url: string, baseUrl: string | undefined): string | undefined {
  const base = baseUrl ? absoluteBase(baseUrl) : undefined;
  if (!base || typeof url !== 'string') return undefined;
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return undefined;
  }
  if (target.protocol !== SOCKET_SCHEME[base.protocol] || target.host !== base.host || target.username || target.password) return undefined;
  return target.href;
}
