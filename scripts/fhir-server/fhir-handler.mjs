// Turns an HTTP request under /fhir into a FhirRouter call and the router's answer into an HTTP
// response description ({ status, headers, body }), so the caller decides whether to send it (the
// 'lost-response' fault commits and then drops it).
import { STATUS_CODES } from 'node:http';
import { getStatus, isOk } from '@medplum/core';
import { finishSearchBundle, withPageSize } from './search-bundle.mjs';
import { searchParameterProblem } from './search-params.mjs';
import { FHIR_JSON, outcome } from './http-util.mjs';

/**
 * Last-Modified alone lets browsers cache a read heuristically, and a polled Task status would
 * then never change. Real servers vary; this one says no-store.
 */
const NO_STORE = { 'Cache-Control': 'no-store' };

/** @typedef {{ status: number; headers: Record<string, string>; body?: string }} FhirHttpResponse */
/** @typedef {{ method: string; path: string; query: URLSearchParams; headers: import('node:http').IncomingHttpHeaders; body?: unknown; publicBase: string }} FhirHttpRequest */

/**
 * @param {number} status
 * @param {unknown} json
 * @param {Record<string, string>} [headers]
 * @returns {FhirHttpResponse}
 */
export function jsonResponse(status, json, headers = {}) {
  return { status, headers: { 'Content-Type': FHIR_JSON, ...NO_STORE, ...headers }, body: JSON.stringify(json) };
}

/**
 * ETag, Last-Modified and (for writes) Location of a single resource.
 * @param {import('@medplum/fhirtypes').Resource} resource
 * @param {string} publicBase
 * @param {boolean} isWrite
 */
function resourceHeaders(resource, publicBase, isWrite) {
  /** @type {Record<string, string>} */
  const headers = {};
  const { versionId, lastUpdated } = resource.meta ?? {};
  if (versionId) headers.ETag = `W/"${versionId}"`;
  if (lastUpdated) headers['Last-Modified'] = new Date(lastUpdated).toUTCString();
  if (isWrite && resource.id && versionId) {
    headers.Location = `${publicBase}/${resource.resourceType}/${resource.id}/_history/${versionId}`;
  }
  return headers;
}

/**
 * Adds etag / lastModified / versioned location to each entry of a transaction or batch response.
 * @param {import('@medplum/fhirtypes').Bundle} bundle
 */
function finishBatchResponse(bundle) {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!entry.response) continue;
    // FHIR wants "201 Created", not Medplum's bare "201".
    const code = Number(entry.response.status);
    if (STATUS_CODES[code]) entry.response.status = `${code} ${STATUS_CODES[code]}`;
    if (!resource?.meta?.versionId) continue;
    entry.response.etag = `W/"${resource.meta.versionId}"`;
    entry.response.lastModified = resource.meta.lastUpdated;
    entry.response.location = `${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
  }
}

/**
 * Prepares the request for the router: a POST _search becomes the equivalent GET, searches get a
 * page size, and the server (not the client) assigns ids on create, as a real FHIR server does.
 * @param {import('@medplum/fhir-router').FhirRouter} router
 * @param {FhirHttpRequest} request
 */
function prepare(router, request) {
  let { method, path, query } = request;
  if (method === 'POST' && /^[A-Za-z]+\/_search$/.test(path)) {
    method = 'GET';
    path = path.slice(0, -'/_search'.length);
    query = new URLSearchParams([...query, ...(request.body instanceof URLSearchParams ? request.body : [])]);
  }
  const route = router.find(/** @type {import('@medplum/fhir-router').HttpMethod} */ (method), path);
  const interaction = route?.data?.interaction;
  if (interaction === 'search-type') query = withPageSize(query);
  if (interaction === 'create' && request.body && typeof request.body === 'object') {
    const body = /** @type {{ id?: string }} */ (request.body);
    delete body.id;
  }
  const search = query.toString();
  return { method, url: search ? `${path}?${search}` : path, interaction, query, route };
}

/**
 * Unknown parameters in a search or an If-None-Exist condition (see search-params.mjs).
 * @param {string | undefined} interaction
 * @param {string | undefined} resourceType
 * @param {URLSearchParams} query
 * @param {string | string[] | undefined} ifNoneExist
 */
function parameterProblem(interaction, resourceType, query, ifNoneExist) {
  if (!resourceType) return undefined;
  if (interaction === 'search-type') return searchParameterProblem(resourceType, query);
  if (interaction === 'create' && typeof ifNoneExist === 'string')
    return searchParameterProblem(resourceType, new URLSearchParams(ifNoneExist));
  return undefined;
}

/**
 * @param {{ router: import('@medplum/fhir-router').FhirRouter; repo: import('@medplum/fhir-router').FhirRepository }} fhir
 * @param {FhirHttpRequest} request
 * @returns {Promise<FhirHttpResponse>}
 */
export async function handleFhirRequest({ router, repo }, request) {
  const { method, url, interaction, query, route } = prepare(router, request);
  if (!route) return jsonResponse(404, outcome('not-supported', `No FHIR interaction for ${request.method} on this path`));
  const problem = parameterProblem(interaction, route.params.resourceType, query, request.headers['if-none-exist']);
  if (problem) return jsonResponse(400, outcome('not-supported', problem));
  const [result, resource] = await router.handleRequest(
    {
      method: /** @type {import('@medplum/fhir-router').HttpMethod} */ (method),
      url,
      pathname: '',
      body: request.body,
      params: {},
      query: {},
      headers: request.headers,
      config: { transactions: true },
    },
    repo,
  );
  // Medplum answers 200 to an update that created the resource; a real server says 201.
  const created = interaction === 'update' && resource?.meta?.versionId === '1';
  const status = created ? 201 : getStatus(result);
  if (!isOk(result) || !resource) return jsonResponse(status, result);
  if (resource.resourceType === 'Bundle' && interaction === 'search-type') {
    const resourceType = route.params.resourceType ?? '';
    await finishSearchBundle(resource, { repo, publicBase: request.publicBase, resourceType, query });
  }
  if (resource.resourceType === 'Bundle' && /-response$/.test(resource.type ?? '')) finishBatchResponse(resource);
  const isWrite = interaction === 'create' || interaction === 'update' || interaction === 'patch';
  const headers = resource.resourceType === 'Bundle' && !isWrite ? {} : resourceHeaders(resource, request.publicBase, isWrite);
  const prefer = String(request.headers.prefer ?? '');
  if (isWrite && /return=minimal/.test(prefer)) return { status, headers: { ...NO_STORE, ...headers } };
  return jsonResponse(status, resource, headers);
}
