/**
 * The R4 Subscriptions Backport (HL7 FHIR IG `hl7.fhir.uv.subscriptions-backport`), the parts a
 * browser needs to follow Task changes: whether the server offers a Task topic over websockets
 * (its CapabilityStatement), the Subscription to create, and the notification bundles it sends.
 * Pure functions, no network.
 */
import { isObject, type Json } from '../../fhir/json.js';
import type { Resource } from '../../fhir/types.js';

const BACKPORT = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/';
export const BACKPORT_URLS = {
  subscriptionProfile: `${BACKPORT}backport-subscription`,
  filterCriteria: `${BACKPORT}backport-filter-criteria`,
  payloadContent: `${BACKPORT}backport-payload-content`,
  heartbeatPeriod: `${BACKPORT}backport-heartbeat-period`,
  topicCanonical: `${BACKPORT}capabilitystatement-subscriptiontopic-canonical`,
} as const;

/** Where a server states its websocket endpoint (core R4 extension on `rest`; some servers put it on Subscription). */
const WEBSOCKET_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket';

/** What the server offers for following Task changes. */
export interface SubscriptionSupport {
  /** The canonical URL of its Task topic. */
  topic: string;
}

const extensions = (value: unknown): Json[] => (isObject(value) && Array.isArray(value.extension) ? value.extension.filter(isObject) : []);
const valueOf = (extension: Json): unknown => extension.valueCanonical ?? extension.valueUri ?? extension.valueUrl ?? extension.valueString;

/**
 * The Task topic, when the CapabilityStatement lists Subscription with the backport profile, the
 * websocket channel, `$get-ws-binding-token` and a topic about Tasks; undefined otherwise (then the
 * elements poll).
 */
export function subscriptionSupport(capabilities: unknown): SubscriptionSupport | undefined {
  const rest = isObject(capabilities) && Array.isArray(capabilities.rest) ? capabilities.rest.filter(isObject) : [];
  for (const server of rest) {
    const resources = Array.isArray(server.resource) ? server.resource.filter(isObject) : [];
    const subscription = resources.find((resource) => resource.type === 'Subscription');
    if (!subscription) continue;
    const profiles: unknown[] = [
      subscription.profile,
      ...(Array.isArray(subscription.supportedProfile) ? (subscription.supportedProfile as unknown[]) : []),
    ];
    const operations = Array.isArray(subscription.operation) ? subscription.operation.filter(isObject) : [];
    const bindsSockets = operations.some((operation) => operation.name === 'get-ws-binding-token');
    const websocket = [...extensions(server), ...extensions(subscription)].some((extension) => extension.url === WEBSOCKET_EXTENSION);
    const topics = extensions(subscription)
      .filter((extension) => extension.url === BACKPORT_URLS.topicCanonical)
      .map(valueOf)
      .filter((value): value is string => typeof value === 'string');
    const topic = topics.find((url) => /task/i.test(url));
    if (profiles.includes(BACKPORT_URLS.subscriptionProfile) && bindsSockets && websocket && topic) return { topic };
  }
  return undefined;
}

/** A backport Subscription to the Task topic over a websocket, `id-only` (the element reads what it shows). */
export function taskSubscription(topic: string, filter: string, heartbeatSeconds: number): Resource {
  return {
    resourceType: 'Subscription',
    meta: { profile: [BACKPORT_URLS.subscriptionProfile] },
    status: 'requested',
    reason: 'Follow the status of peer support referrals on screen',
    criteria: topic,
    _criteria: { extension: [{ url: BACKPORT_URLS.filterCriteria, valueString: filter }] },
    channel: {
      extension: [{ url: BACKPORT_URLS.heartbeatPeriod, valueUnsignedInt: heartbeatSeconds }],
      type: 'websocket',
      payload: 'application/fhir+json',
      _payload: { extension: [{ url: BACKPORT_URLS.payloadContent, valueCode: 'id-only' }] },
    },
  };
}

/** The binding token and where to open the socket, from `$get-ws-binding-token`'s Parameters. */
export function bindingToken(parameters: unknown): { token: string; url: string } | undefined {
  const items = isObject(parameters) && Array.isArray(parameters.parameter) ? parameters.parameter.filter(isObject) : [];
  const value = (name: string) => {
    const item = items.find((parameter) => parameter.name === name);
    return item ? valueOf(item) : undefined;
  };
  const token = value('token');
  const url = value('websocket-url');
  return typeof token === 'string' && typeof url === 'string' && token && url ? { token, url } : undefined;
}

export type NotificationType = 'handshake' | 'heartbeat' | 'event-notification' | 'query-status' | 'query-event';

export interface Notification {
  type: NotificationType;
  /** `Task/<id>` of each event's focus (id-only payloads name only that). */
  focus: string[];
  /** Resources the bundle carried (full-resource payloads). */
  resources: Resource[];
}

const NOTIFICATION_TYPES: readonly string[] = ['handshake', 'heartbeat', 'event-notification', 'query-status', 'query-event'];

/** Reads a notification bundle's SubscriptionStatus (R4: a Parameters as the first entry); undefined for anything else. */
export function readNotification(message: unknown): Notification | undefined {
  if (!isObject(message) || message.resourceType !== 'Bundle' || !Array.isArray(message.entry)) return undefined;
  const resources = message.entry.flatMap((entry) => (isObject(entry) && isObject(entry.resource) ? [entry.resource as Resource] : []));
  const status = resources[0];
  if (status?.resourceType !== 'Parameters' || !Array.isArray(status.parameter)) return undefined;
  const parameters = (status.parameter as unknown[]).filter(isObject);
  const type = parameters.find((parameter) => parameter.name === 'type')?.valueCode;
  if (typeof type !== 'string' || !NOTIFICATION_TYPES.includes(type)) return undefined;
  const focus = parameters
    .filter((parameter) => parameter.name === 'notification-event' && Array.isArray(parameter.part))
    .flatMap((event) => (event.part as unknown[]).filter(isObject).filter((part) => part.name === 'focus'))
    .flatMap((part) =>
      isObject(part.valueReference) && typeof part.valueReference.reference === 'string' ? [part.valueReference.reference] : [],
    );
  return { type: type as NotificationType, focus, resources: resources.slice(1) };
}
