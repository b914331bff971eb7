/**
 * Typed access, from tests in the browser, to the in-memory FHIR server that
 * web-test-runner.config.mjs starts (scripts/fhir-server). Everything goes over HTTP.
 */

declare global {
  interface Window {
    __CARE_TEST__?: { fhirBaseUrl: string; adminUrl: string };
  }
}

/**
 * `times` for a 'drop' meant to fail a GET in every engine: Firefox re-sends a GET whose
 * connection is dropped without an answer, up to 10 attempts in all (firefox-esr 153, measured
 * against this server), so a fault that drops fewer times ends in a success there.
 */
export const DROP_EVERY_ATTEMPT = 10;

export type Fault = '503' | '500' | '401' | '403' | 'invalid-json' | 'wrong-resource' | 'drop' | 'lost-response' | 'slow';

export interface FaultRule {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  resourceType?: string;
  pathIncludes?: string;
  fault: Fault;
  /** How many matching requests the rule affects (default 1). */
  times?: number;
  /** For 'slow': how long the answer is held back (default 1000 ms). */
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  /** Path and query, e.g. `/fhir/Task?identifier=...`. */
  path: string;
  /** HTTP status sent, 0 when the connection was dropped without an answer. */
  status: number;
  fault?: Fault;
  at: string;
}

function config(): { fhirBaseUrl: string; adminUrl: string } {
  const value = window.__CARE_TEST__;
  if (!value) throw new Error('window.__CARE_TEST__ is missing: run the tests with web-test-runner.config.mjs');
  return value;
}

/** The FHIR base URL, e.g. `http://127.0.0.1:41234/fhir`. */
export function fhirBaseUrl(): string {
  return config().fhirBaseUrl;
}

export function adminUrl(): string {
  return config().adminUrl;
}

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${adminUrl()}${path}`, {
    method,
    headers: { 'X-Care-Admin': '1', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`Admin ${method} ${path} failed with ${response.status}`);
  return response.json();
}

/** Restores the seed data and clears fault rules and the request log. */
export async function resetServer(): Promise<void> {
  await admin('POST', '/reset');
}

/** Installs fault rules (replacing any earlier ones); they match in order. */
export async function setFaults(rules: FaultRule[]): Promise<void> {
  await admin('POST', '/faults', { rules });
}

export async function clearFaults(): Promise<void> {
  await admin('DELETE', '/faults');
}

/** FHIR requests the server received (CORS preflights excluded), oldest first. */
export async function serverRequests(filter: { method?: string; pathIncludes?: string } = {}): Promise<LoggedRequest[]> {
  const { requests } = (await admin('GET', '/requests')) as { requests: LoggedRequest[] };
  return requests.filter(
    (request) =>
      (!filter.method || request.method === filter.method) && (!filter.pathIncludes || request.path.includes(filter.pathIncludes)),
  );
}

export async function clearServerRequests(): Promise<void> {
  await admin('DELETE', '/requests');
}

/** How many resources of a type match a search, asked straight from the server (`_count=0`; it shows in the request log). */
export async function countResources(type: string, params: Record<string, string> = {}): Promise<number> {
  const query = new URLSearchParams({ ...params, _count: '0' });
  const response = await fetch(`${fhirBaseUrl()}/${type}?${query}`, { headers: { Accept: 'application/fhir+json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`Counting ${type} failed with ${response.status}`);
  const bundle = (await response.json()) as { total?: number };
  return bundle.total ?? 0;
}

/** Reads a resource straight from the server, bypassing the code under test. */
export async function readResource<T = Record<string, unknown>>(type: string, id: string): Promise<T> {
  const response = await fetch(`${fhirBaseUrl()}/${type}/${id}`, { headers: { Accept: 'application/fhir+json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`Reading ${type}/${id} failed with ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Writes a resource straight to the server, as someone else would (another clinician, the
 * programme), bypassing the code under test: PUT when it has an id, else POST. Resolves to the
 * resource as stored; throws unless the server took it.
 */
export async function writeResource<T extends { resourceType: string; id?: string }>(resource: T): Promise<T & { id: string }> {
  const path = resource.id ? `${resource.resourceType}/${resource.id}` : resource.resourceType;
  const response = await fetch(`${fhirBaseUrl()}/${path}`, {
    method: resource.id ? 'PUT' : 'POST',
    headers: { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' },
    body: JSON.stringify(resource),
  });
  if (!response.ok) throw new Error(`Writing ${path} failed with ${response.status}: ${await response.text()}`);
  return (await response.json()) as T & { id: string };
}

/** Changes a stored resource straight on the server (read, merge `changes`, PUT), as someone else would. */
export async function changeResource(type: string, id: string, changes: Record<string, unknown>): Promise<void> {
  const current = await readResource<{ resourceType: string; id: string }>(type, id);
  await writeResource({ ...current, ...changes });
}

/** Closes every subscription websocket on the server (`abrupt`: drops the connection, the client sees code 1006); resolves to how many were open. */
export async function dropSockets(abrupt = false): Promise<number> {
  const { closed } = (await admin('POST', '/drop-sockets', { abrupt })) as { closed: number };
  return closed;
}

/** Turns the server's Subscriptions Backport support on or off (resetServer() restores it on). Off: metadata stops advertising it, Subscription create answers 400, the websocket is refused. */
export async function setSubscriptionsEnabled(enabled: boolean): Promise<void> {
  await admin('POST', '/subscriptions', { enabled });
}

/**
 * The resources these requests read, as `Type/id`, whether one by one (`GET Type/id`) or
 * together (`GET Type?_id=a,b`, as the provider's data source batches reads).
 */
export function resourcesRead(requests: readonly LoggedRequest[]): string[] {
  return requests
    .filter((request) => request.method === 'GET')
    .flatMap((request) => {
      const url = new URL(request.path, 'http://server');
      const [type, id] = url.pathname.replace(/^\/fhir\//, '').split('/');
      if (id) return [`${type}/${id}`];
      const ids = url.searchParams.get('_id');
      return ids ? ids.split(',').map((each) => `${type}/${each}`) : [];
    });
}
