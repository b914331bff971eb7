// Fault injection for tests and demos: rules installed through POST /__admin/faults match FHIR
// requests in order; each match uses up one of the rule's `times`.

export const FAULTS = /** @type {const} */ (['503', 'drop', 'lost-response', 'slow']);
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
