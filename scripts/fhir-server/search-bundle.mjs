// Finishes a searchset Bundle from Medplum's MemoryRepository, which returns bare entries: adds
// fullUrl and search.mode, self/next/previous links that point back at this server's public base
// URL, and the _include / _revinclude results Medplum ignores (one level, no :iterate).
import { evalFhirPath, getReferenceString, getSearchParameter, parseSearchRequest } from '@medplum/core';

/** Page size when the client sends no _count, as real servers have one (HAPI and Medplum: 20). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

/**
 * Applies the default and maximum page size to a search query.
 * @param {URLSearchParams} query
 */
export function withPageSize(query) {
  const out = new URLSearchParams(query);
  const asked = Number.parseInt(out.get('_count') ?? '', 10);
  out.set('_count', String(Number.isFinite(asked) && asked >= 0 ? Math.min(asked, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE));
  return out;
}

/**
 * @param {string} publicBase e.g. http://127.0.0.1:8080/fhir
 * @param {string} resourceType
 * @param {URLSearchParams} query
 * @param {Record<string, string>} [overrides]
 */
function pageUrl(publicBase, resourceType, query, overrides = {}) {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(overrides)) params.set(key, value);
  return `${publicBase}/${resourceType}?${params}`;
}

/**
 * @param {import('@medplum/fhirtypes').Bundle} bundle
 * @param {string} publicBase
 * @param {string} resourceType
 * @param {URLSearchParams} query already passed through withPageSize
 */
function addLinks(bundle, publicBase, resourceType, query) {
  const count = Number(query.get('_count'));
  const offset = Math.max(0, Number.parseInt(query.get('_offset') ?? '0', 10) || 0);
  const total = bundle.total ?? 0;
  const link = [{ relation: 'self', url: pageUrl(publicBase, resourceType, query) }];
  if (count > 0 && offset + count < total) {
    link.push({ relation: 'next', url: pageUrl(publicBase, resourceType, query, { _offset: String(offset + count) }) });
  }
  if (count > 0 && offset > 0) {
    link.push({ relation: 'previous', url: pageUrl(publicBase, resourceType, query, { _offset: String(Math.max(0, offset - count)) }) });
  }
  bundle.link = link;
}

/**
 * References found by a search parameter's expression in the matched resources.
 * @param {import('@medplum/fhirtypes').Resource[]} matches
 * @param {{ resourceType: string; searchParam: string; targetType?: string }} target
 */
function referencesFor(matches, target) {
  const expression = getSearchParameter(target.resourceType, target.searchParam)?.expression;
  if (!expression) return [];
  const found = new Set();
  for (const resource of matches.filter((r) => r.resourceType === target.resourceType)) {
    for (const value of evalFhirPath(expression, resource)) {
      const reference = /** @type {{ reference?: unknown }} */ (value)?.reference;
      if (typeof reference !== 'string' || !/^[A-Za-z]+\/[^/]+$/.test(reference)) continue;
      if (!target.targetType || reference.startsWith(`${target.targetType}/`)) found.add(reference);
    }
  }
  return [...found];
}

/**
 * @param {import('@medplum/fhir-router').FhirRepository} repo
 * @param {import('@medplum/fhirtypes').Resource[]} matches
 * @param {import('@medplum/core').SearchRequest} request
 */
async function findIncluded(repo, matches, request) {
  const included = [];
  for (const target of request.include ?? []) {
    const results = await Promise.allSettled(referencesFor(matches, target).map((r) => repo.readReference({ reference: r })));
    for (const result of results) if (result.status === 'fulfilled') included.push(result.value);
  }
  const matchRefs = matches.map((r) => getReferenceString(r)).join(',');
  for (const target of matchRefs ? (request.revInclude ?? []) : []) {
    if (!getSearchParameter(target.resourceType, target.searchParam)) continue;
    included.push(...(await repo.searchResources(parseSearchRequest(target.resourceType, { [target.searchParam]: matchRefs }))));
  }
  return included;
}

/**
 * Completes a searchset Bundle in place.
 * @param {import('@medplum/fhirtypes').Bundle} bundle
 * @param {{ repo: import('@medplum/fhir-router').FhirRepository; publicBase: string; resourceType: string; query: URLSearchParams }} context
 */
export async function finishSearchBundle(bundle, { repo, publicBase, resourceType, query }) {
  const fullUrl = (/** @type {import('@medplum/fhirtypes').Resource} */ r) => `${publicBase}/${r.resourceType}/${r.id}`;
  const matches = (bundle.entry ?? []).map((entry) => /** @type {import('@medplum/fhirtypes').Resource} */ (entry.resource));
  const request = parseSearchRequest(resourceType, Object.fromEntries([...query.keys()].map((k) => [k, query.getAll(k)])));
  const seen = new Set(matches.map(fullUrl));
  const included = (await findIncluded(repo, matches, request)).filter((r) => !seen.has(fullUrl(r)) && seen.add(fullUrl(r)));
  bundle.entry = [
    ...matches.map((resource) => ({ fullUrl: fullUrl(resource), resource, search: { mode: /** @type {const} */ ('match') } })),
    ...included.map((resource) => ({ fullUrl: fullUrl(resource), resource, search: { mode: /** @type {const} */ ('include') } })),
  ];
  if (bundle.entry.length === 0) delete bundle.entry;
  addLinks(bundle, publicBase, resourceType, query);
}
