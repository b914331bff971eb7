// The R4 Subscriptions Backport profile (backport-subscription) as this server checks it on create
// and update, and the settings the hub reads from a stored Subscription:
//   criteria            the topic's canonical URL (only the SDOHCC Task topic is known here)
//   _criteria           backport-filter-criteria extensions (filters, ANDed)
//   channel.type        'websocket' (rest-hook, email, message: refused with 400, not implemented)
//   channel.payload     'application/fhir+json' (fhirVersion=4.0 allowed), required by the profile
//   _payload            backport-payload-content: empty | id-only | full-resource (required)
//   channel.extension   backport-heartbeat-period (seconds; the server fills in 60 when absent),
//                       backport-max-count (accepted; every notification here has one event)
import { parseFilterCriteria } from './subscription-filters.mjs';
import { TASK_TOPIC_URL } from './subscription-topic.mjs';

const SD = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';
export const BACKPORT = {
  subscriptionProfile: `${SD}/backport-subscription`,
  statusProfile: `${SD}/backport-subscription-status-r4`,
  filterCriteria: `${SD}/backport-filter-criteria`,
  payloadContent: `${SD}/backport-payload-content`,
  heartbeatPeriod: `${SD}/backport-heartbeat-period`,
  maxCount: `${SD}/backport-max-count`,
  timeout: `${SD}/backport-timeout`,
  channelType: `${SD}/backport-channel-type`,
  topicCanonical: `${SD}/capabilitystatement-subscriptiontopic-canonical`,
};
export const DEFAULT_HEARTBEAT_SECONDS = 60;
const CONTENTS = ['empty', 'id-only', 'full-resource'];

/** @typedef {'empty' | 'id-only' | 'full-resource'} PayloadContent */
/**
 * @typedef {object} SubscriptionSettings
 * @property {string} id
 * @property {string} status
 * @property {string} topic
 * @property {import('@medplum/core').SearchRequest} search
 * @property {PayloadContent} content
 * @property {number} heartbeatSeconds
 * @property {string} channelType
 */

/** @param {unknown} value @returns {{ url?: string; [key: string]: unknown }[]} */
const extensionsOf = (value) =>
  value && typeof value === 'object' && Array.isArray(/** @type {{ extension?: unknown }} */ (value).extension)
    ? /** @type {{ extension: { url?: string }[] }} */ (value).extension
    : [];

/** @param {unknown} element @param {string} url @param {string} key */
function extensionValues(element, url, key) {
  return extensionsOf(element)
    .filter((one) => one.url === url)
    .map((one) => one[key]);
}

/**
 * Checks a Subscription against the backport profile rules this server relies on.
 * @param {any} subscription
 * @returns {string | undefined} the problem in plain words
 */
export function subscriptionProblem(subscription) {
  if (!subscription || subscription.resourceType !== 'Subscription') return 'The body must be a Subscription resource';
  if (subscription.criteria !== TASK_TOPIC_URL) {
    return `Subscription.criteria must be the canonical URL of a topic this server knows: ${TASK_TOPIC_URL} (query-based R4 subscriptions are not supported)`;
  }
  const channel = subscription.channel ?? {};
  const custom = extensionValues(channel._type, BACKPORT.channelType, 'valueCoding');
  if (custom.length > 0) return 'Custom channel types (backport-channel-type) are not supported by this server';
  if (channel.type !== 'websocket') {
    return `Subscription.channel.type "${channel.type ?? ''}" is not supported by this server: only "websocket" is implemented (rest-hook, email and message are not)`;
  }
  if (typeof channel.payload !== 'string' || !/^application\/fhir\+json\s*(;\s*fhirVersion=4\.0\s*)?$/.test(channel.payload)) {
    return 'Subscription.channel.payload must be "application/fhir+json" (the backport profile requires a payload MIME type; this server sends FHIR R4 JSON)';
  }
  const contents = extensionValues(channel._payload, BACKPORT.payloadContent, 'valueCode');
  if (contents.length !== 1 || !CONTENTS.includes(String(contents[0]))) {
    return `Subscription.channel.payload needs exactly one backport-payload-content extension with valueCode ${CONTENTS.join(' | ')}`;
  }
  const heartbeats = extensionValues(channel, BACKPORT.heartbeatPeriod, 'valueUnsignedInt');
  if (heartbeats.length > 1 || (heartbeats.length === 1 && !(Number.isInteger(heartbeats[0]) && Number(heartbeats[0]) >= 1))) {
    return 'backport-heartbeat-period must be one valueUnsignedInt of at least 1 (seconds)';
  }
  const criteria = extensionValues(subscription._criteria, BACKPORT.filterCriteria, 'valueString');
  const parsed = parseFilterCriteria(/** @type {string[]} */ (criteria));
  if ('problem' in parsed) return parsed.problem;
  if (subscription.end && Date.parse(subscription.end) < Date.now()) return 'Subscription.end is in the past';
  return undefined;
}

/**
 * What the server stores: status active (a websocket subscription needs no endpoint check), the
 * backport profile in meta, and the heartbeat period it will use.
 * @param {any} subscription a valid backport Subscription
 */
export function acceptedSubscription(subscription) {
  const channel = { ...subscription.channel };
  const extension = [...(channel.extension ?? [])];
  if (!extension.some((one) => one.url === BACKPORT.heartbeatPeriod)) {
    extension.push({ url: BACKPORT.heartbeatPeriod, valueUnsignedInt: DEFAULT_HEARTBEAT_SECONDS });
  }
  const profiles = new Set([...(subscription.meta?.profile ?? []), BACKPORT.subscriptionProfile]);
  const status = subscription.status === 'off' ? 'off' : 'active';
  return { ...subscription, status, meta: { ...subscription.meta, profile: [...profiles] }, channel: { ...channel, extension } };
}

/**
 * The settings of a stored Subscription, or undefined when it is not a valid backport one.
 * @param {any} subscription
 * @returns {SubscriptionSettings | undefined}
 */
export function subscriptionSettings(subscription) {
  if (subscriptionProblem(subscription)) return undefined;
  const parsed = parseFilterCriteria(
    /** @type {string[]} */ (extensionValues(subscription._criteria, BACKPORT.filterCriteria, 'valueString')),
  );
  if ('problem' in parsed) return undefined;
  const [content] = extensionValues(subscription.channel._payload, BACKPORT.payloadContent, 'valueCode');
  const [heartbeat] = extensionValues(subscription.channel, BACKPORT.heartbeatPeriod, 'valueUnsignedInt');
  return {
    id: subscription.id,
    status: subscription.status,
    topic: subscription.criteria,
    search: parsed.search,
    content: /** @type {PayloadContent} */ (content),
    heartbeatSeconds: Number(heartbeat ?? DEFAULT_HEARTBEAT_SECONDS),
    channelType: subscription.channel.type,
  };
}
