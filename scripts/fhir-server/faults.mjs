// Fault injection for tests and demos: rules installed through POST /__admin/faults match FHIR
// requests in order; each match uses up one of the rule's `times`.
import { FHIR_JSON, outcome } from './http-util.mjs';

export const FAULTS = /** @type {const} */ ([
  '503',
  '500',
  '401',
  '403',
  'invalid-json',
  'wrong-resource',
  'drop',
  'lost-response',
  'slow',
]);

/** Faults answered by the server in place of the request, as a broken or refusing EHR would. */
const CANNED = {
  503: () => [503, { 'Retry-After': '1' }, outcome('transient', 'The server is temporarily unavailable (injected fault)')],
  500: () => [500, {}, outcome('exception', 'Internal server error (injected fault)')],
  401: () => [401, { 'WWW-Authenticate': 'Bearer' }, outcome('login', 'Authentication is required (injected fault)')],
  403: () => [403, {}, outcome('forbidden', 'Not allowed (injected fault)')],
  // 200, but cut off mid-JSON: a proxy that truncated the body.
  'invalid-json': () => [200, {}, '{"resourceType":"Bundle","type":"searchset","entry":['],
  // 200 with a resource of another type than any request asks for.
  'wrong-resource': () => [200, {}, { resourceType: 'Basic', id: 'injected-fault', code: { text: 'Not what was asked for' } }],
};

/**
 * The answer for a canned fault, or undefined for the faults that act on the connection.
 * @param {string} fault
 * @returns {{ status: number; headers: Record<string, string>; body: string } | undefined}
 */
export function cannedAnswer(fault) {
  const make = /** @type {Record<string, () => [number, Record<string, string>, unknown]>} */ (CANNED)[fault];
  if (!make) return undefined;
  const [status, headers, body] = make();
  return { status, headers: { 'Content-Type': FHIR_JSON, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
const DEFAULT_SLOW_MS = 1000;

/**
 * @typedef {{ method?: string; resourceType?: string; pathIncludes?: string; fault: typeof FAULTS[number]; times: number; delayMs: number }} FaultRule
 */

/**
 * Checks and normalises one rule from the admin API; returns an error text when it is not usable.
 * @param {unknown} input
 * @returns {FaultRule | string}
 */
function parseRule(input) {
  if (!input || typeof input !== 'object') return 'Each rule must be an object';
  const rule = /** @type {Record<string, unknown>} */ (input);
  if (!FAULTS.includes(/** @type {typeof FAULTS[number]} */ (rule.fault))) return `fault must be one of ${FAULTS.join(', ')}`;
  for (const key of ['method', 'resourceType', 'pathIncludes']) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string') return `${key} must be a string`;
  }
  const times = rule.times ?? 1;
  if (!Number.isInteger(times) || /** @type {number} */ (times) < 1) return 'times must be a positive integer';
  const delayMs = rule.delayMs ?? DEFAULT_SLOW_MS;
  if (typeof delayMs !== 'number' || delayMs < 0 || delayMs > 120_000) return 'delayMs must be a number of milliseconds (0-120000)';
  return {
    method: typeof rule.method === 'string' ? rule.method.toUpperCase() : undefined,
    resourceType: /** @type {string | undefined} */ (rule.resourceType),
    pathIncludes: /** @type {string | undefined} */ (rule.pathIncludes),
    fault: /** @type {FaultRule['fault']} */ (rule.fault),
    times: /** @type {number} */ (times),
    delayMs: rule.fault === 'slow' ? delayMs : 0,
  };
}

export class FaultInjector {
  /** @type {FaultRule[]} */
  #rules = [];

  /**
   * Replaces the rules. Throws a RangeError with a plain message when one is malformed.
   * @param {unknown} rules
   */
  set(rules) {
    if (!Array.isArray(rules)) throw new RangeError('rules must be an array');
    const parsed = rules.map(parseRule);
    const problem = parsed.find((rule) => typeof rule === 'string');
    if (problem) throw new RangeError(/** @type {string} */ (problem));
    this.#rules = /** @type {FaultRule[]} */ (parsed);
  }

  clear() {
    this.#rules = [];
  }

  list() {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  /**
   * The first rule matching this request, with one use taken off it. `pathOnly`: only rules
   * whose pathIncludes matches (websocket upgrades: a catch-all rule is meant for FHIR requests).
   * @param {{ method: string; resourceType?: string; path: string; pathOnly?: boolean }} request
   * @returns {FaultRule | undefined}
   */
  take({ method, resourceType, path, pathOnly = false }) {
    const index = this.#rules.findIndex(
      (rule) =>
        (!pathOnly || Boolean(rule.pathIncludes)) &&
        (!rule.method || rule.method === method) &&
        (!rule.resourceType || rule.resourceType === resourceType) &&
        (!rule.pathIncludes || path.includes(rule.pathIncludes)),
    );
    if (index < 0) return undefined;
    const rule = this.#rules[index];
    rule.times -= 1;
    if (rule.times <= 0) this.#rules.splice(index, 1);
    return { ...rule };
  }
}
