// The one SubscriptionTopic this server implements: the SDOH Clinical Care IG's Task topic
// (checking_task_status.html, "Task topic"), which that guide defines for following referral Tasks:
// a Task is created or updated while `status:not=draft&intent=order`. In FHIR R4 the Subscriptions
// Backport IG represents a topic as a Basic resource (code fhir-types#SubscriptionTopic) carrying
// the cross-version SubscriptionTopic extensions, as its example Basic/r4-encounter-complete does;
// topicBasicResource() builds that, and the server stores it so `GET /fhir/Basic?code=...` finds it.

/** The SDOHCC Task topic's canonical URL: Subscription.criteria must be exactly this. */
export const TASK_TOPIC_URL = 'http://hl7.org/fhir/us/sdoh-clinicalcare/SubscriptionTopic/Task';
export const TASK_TOPIC_BASIC_ID = 'sdohcc-task-topic';
/** What the topic's trigger requires of the Task after the write (SDOHCC queryCriteria.current). */
export const TASK_TOPIC_CURRENT = 'status:not=draft&intent=order';

/**
 * Filter parameters a Subscription may use in backport-filter-criteria: the SDOHCC topic's
 * canFilterBy (_lastUpdated, code, owner, requester, status) and, as the backport IG allows a server
 * to, Task search parameters this server also honours. Values use FHIR search syntax; a reference
 * may be `Type/id`, an absolute URL ending in `Type/id`, or a bare id.
 */
export const TASK_TOPIC_FILTERS = [
  { code: '_id', description: 'The Task id (this server; comma-separated ids for several Tasks)' },
  { code: '_lastUpdated', description: 'When the Task last changed (SDOHCC; prefixes gt, ge, lt, le, eq)' },
  { code: 'code', description: 'Task.code (SDOHCC)' },
  { code: 'status', description: 'Task.status (SDOHCC; :not allowed)' },
  { code: 'owner', description: 'Task.owner, e.g. Organization/123 (SDOHCC; :missing allowed)' },
  { code: 'requester', description: 'Task.requester (SDOHCC)' },
  { code: 'patient', description: 'Task.for when it is a Patient (this server)' },
  { code: 'subject', description: 'Task.for (this server)' },
  { code: 'focus', description: 'Task.focus, e.g. ServiceRequest/123 (this server)' },
  { code: 'based-on', description: 'Task.basedOn (this server)' },
  { code: 'identifier', description: 'Task.identifier (this server)' },
];

const V5 = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-SubscriptionTopic';
const V43 = 'http://hl7.org/fhir/4.3/StructureDefinition/extension-SubscriptionTopic';

/** @param {string} url @param {Record<string, unknown>} value */
const ext = (url, value) => ({ url, ...value });

/** The topic as the backport IG represents one in R4: a Basic with SubscriptionTopic extensions. */
export function topicBasicResource() {
  return {
    resourceType: 'Basic',
    id: TASK_TOPIC_BASIC_ID,
    modifierExtension: [ext(`${V5}.status`, { valueCode: 'active' })],
    extension: [
      ext(`${V5}.url`, { valueUri: TASK_TOPIC_URL }),
      ext(`${V5}.name`, { valueString: 'SDOHCCTaskTopic' }),
      ext(`${V5}.title`, { valueString: 'SDOH Clinical Care Task topic' }),
      ext(`${V5}.description`, {
        valueMarkdown:
          'A Task is created or updated (and is not a draft, with intent order): the referral loop of the SDOH Clinical Care IG, as served by the care-team-elements in-memory FHIR server.',
      }),
      {
        url: `${V43}.resourceTrigger`,
        extension: [
          ext('description', { valueMarkdown: 'A Task is created or updated while status:not=draft&intent=order.' }),
          ext('resource', { valueUri: 'http://hl7.org/fhir/StructureDefinition/Task' }),
          ext('supportedInteraction', { valueCode: 'create' }),
          ext('supportedInteraction', { valueCode: 'update' }),
          { url: 'queryCriteria', extension: [ext('current', { valueString: TASK_TOPIC_CURRENT })] },
        ],
      },
      ...TASK_TOPIC_FILTERS.map((filter) => ({
        url: `${V43}.canFilterBy`,
        extension: [
          ext('description', { valueMarkdown: filter.description }),
          ext('resource', { valueUri: 'Task' }),
          ext('filterParameter', { valueString: filter.code }),
        ],
      })),
      { url: `${V43}.notificationShape`, extension: [ext('resource', { valueUri: 'Task' })] },
    ],
    code: { coding: [{ system: 'http://hl7.org/fhir/fhir-types', code: 'SubscriptionTopic', display: 'SubscriptionTopic' }] },
  };
}
