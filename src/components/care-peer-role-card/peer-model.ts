/**
 * A ready `peer` model object (rather than FHIR), validated against the PeerRole schema. Its own
 * module, loaded on first need (peer-model-loader.ts): zod is ~6 KB gzip that pages giving the
 * card FHIR, the usual case, never load.
 */
import { PeerRoleSchema } from '../../model/schemas/peer-role.js';
import type { DataProblem } from '../../model/problems.js';
import { isObject, type Json } from '../../fhir/json.js';
import { problem, type MappedPeer } from './peer-input.js';

type Shape = Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;
const SHAPE = PeerRoleSchema.shape as unknown as Shape;
// A missing label falls back to the badge's own (localised) text.
const REQUIRED_DEFAULTS: Partial<Record<string, unknown>> = { roleLabel: '', isPeer: true, active: true };

/** A zod issue as a DataProblem; like the mappers' messages, it names the path, never the value. */
function describeIssue(issue: { code: string; path: PropertyKey[] }): DataProblem {
  const path = issue.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .slice(1);
  return problem(path, issue.code === 'invalid_value' ? 'unknown-code' : 'wrong-type', 'is not valid');
}

/** What to keep of a field that failed: an array field keeps its valid items (one bad credential does not hide the others). */
function fallback(key: string, value: unknown): unknown {
  const schema = SHAPE[key];
  if (!schema.safeParse([]).success) return REQUIRED_DEFAULTS[key];
  return Array.isArray(value) ? value.filter((item) => schema.safeParse([item]).success) : [];
}

/**
 * Validates a `peer` model object. Invalid fields are dropped (array fields keep their valid
 * items), required ones fall back to safe defaults, and every issue is reported by path.
 */
export function mapPeerModel(input: unknown): MappedPeer {
  if (!isObject(input)) return { peer: undefined, problems: [problem('peer', 'not-an-object', 'expected a PeerRole object')] };
  const parsed = PeerRoleSchema.safeParse(input);
  if (parsed.success) return { peer: parsed.data, problems: [] };
  const salvaged: Json = {};
  for (const key of Object.keys(SHAPE)) {
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    const field = SHAPE[key].safeParse(value);
    const kept = field.success ? field.data : fallback(key, value);
    if (kept !== undefined) salvaged[key] = kept;
  }
  const again = PeerRoleSchema.safeParse(salvaged);
  const problems = parsed.error.issues.map((issue) => describeIssue(issue));
  return { peer: again.success ? again.data : undefined, problems };
}
