// Required-binding code lists from FHIR R4 (4.0.1) for the elements this project writes or shows.
// @medplum/core's validator checks structure and invariants but not codes outside a required
// value set (a bogus Task.status passes), so the server checks these itself, as a real server does.

const REQUEST_STATUS = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'];
const REQUEST_INTENT = [
  'proposal',
  'plan',
  'directive',
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'option',
];
const REQUEST_PRIORITY = ['routine', 'urgent', 'asap', 'stat'];
const TASK_STATUS = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
];
const TASK_INTENT = ['unknown', 'proposal', 'plan', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'];
const CONSENT_STATE = ['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error'];
const CARE_PLAN_INTENT = ['proposal', 'plan', 'order', 'option'];
const CARE_PLAN_ACTIVITY_STATUS = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
];
const GOAL_LIFECYCLE = ['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected'];
const CARE_TEAM_STATUS = ['proposed', 'active', 'suspended', 'inactive', 'entered-in-error'];
const GENDER = ['male', 'female', 'other', 'unknown'];
const CONTACT_POINT_SYSTEM = ['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'];
const CONTACT_POINT_USE = ['home', 'work', 'temp', 'old', 'mobile'];

const TELECOM = [
  { path: 'telecom.system', codes: CONTACT_POINT_SYSTEM, valueSet: 'contact-point-system' },
  { path: 'telecom.use', codes: CONTACT_POINT_USE, valueSet: 'contact-point-use' },
];
const PERSON = [{ path: 'gender', codes: GENDER, valueSet: 'administrative-gender' }, ...TELECOM];

/**
 * Per resource type: dotted paths (arrays are walked) and the codes allowed there.
 * @type {Record<string, { path: string; codes: string[]; valueSet: string }[]>}
 */
export const REQUIRED_CODES = {
  ServiceRequest: [
    { path: 'status', codes: REQUEST_STATUS, valueSet: 'request-status' },
    { path: 'intent', codes: REQUEST_INTENT, valueSet: 'request-intent' },
    { path: 'priority', codes: REQUEST_PRIORITY, valueSet: 'request-priority' },
  ],
  Task: [
    { path: 'status', codes: TASK_STATUS, valueSet: 'task-status' },
    { path: 'intent', codes: TASK_INTENT, valueSet: 'task-intent' },
    { path: 'priority', codes: REQUEST_PRIORITY, valueSet: 'request-priority' },
  ],
  Consent: [{ path: 'status', codes: CONSENT_STATE, valueSet: 'consent-state-codes' }],
  CarePlan: [
    { path: 'status', codes: REQUEST_STATUS, valueSet: 'request-status' },
    { path: 'intent', codes: CARE_PLAN_INTENT, valueSet: 'care-plan-intent' },
    { path: 'activity.detail.status', codes: CARE_PLAN_ACTIVITY_STATUS, valueSet: 'care-plan-activity-status' },
  ],
  Goal: [{ path: 'lifecycleStatus', codes: GOAL_LIFECYCLE, valueSet: 'goal-status' }],
  CareTeam: [{ path: 'status', codes: CARE_TEAM_STATUS, valueSet: 'care-team-status' }, ...TELECOM],
  Patient: PERSON,
  Practitioner: PERSON,
  RelatedPerson: PERSON,
  PractitionerRole: TELECOM,
  Organization: TELECOM,
};

/**
 * Finds the values at a dotted path, walking arrays, with a FHIRPath-like location for each.
 * @param {unknown} node
 * @param {string[]} segments
 * @param {string} at
 * @returns {{ value: unknown; at: string }[]}
 */
function valuesAt(node, segments, at) {
  if (segments.length === 0) return node === undefined ? [] : [{ value: node, at }];
  if (node === null || typeof node !== 'object') return [];
  const [head, ...rest] = segments;
  const child = /** @type {Record<string, unknown>} */ (node)[head];
  if (Array.isArray(child)) return child.flatMap((item, i) => valuesAt(item, rest, `${at}.${head}[${i}]`));
  return valuesAt(child, rest, `${at}.${head}`);
}

/**
 * Lists the codes outside their required value set.
 * @param {{ resourceType: string }} resource
 * @returns {{ expression: string; message: string }[]}
 */
export function checkRequiredCodes(resource) {
  const rules = REQUIRED_CODES[resource.resourceType] ?? [];
  const problems = [];
  for (const rule of rules) {
    for (const { value, at } of valuesAt(resource, rule.path.split('.'), resource.resourceType)) {
      if (typeof value === 'string' && rule.codes.includes(value)) continue;
      problems.push({
        expression: at,
        message: `Value is not a code from the required value set ${rule.valueSet} (allowed: ${rule.codes.join(', ')})`,
      });
    }
  }
  return problems;
}
