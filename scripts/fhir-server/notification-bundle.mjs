// Notification bundles of the R4 Subscriptions Backport (profile backport-subscription-notification-r4):
// a `history` Bundle whose first entry is a Parameters (profile backport-subscription-status-r4)
// with subscription, topic, status, type, events-since-subscription-start and, for events,
// notification-event (event-number, timestamp, focus). `full-resource` adds the Task as entry[1];
// `empty` leaves out the topic and the focus, as payloads.html says.
import { randomUUID } from 'node:crypto';
import { BACKPORT } from './subscription-profile.mjs';

/**
 * @typedef {object} NotificationEvent
 * @property {number} number
 * @property {string} timestamp
 * @property {import('@medplum/fhirtypes').Resource} resource the focus as written
 * @property {'create' | 'update'} interaction
 */

/**
 * @param {object} options
 * @param {import('./subscription-profile.mjs').SubscriptionSettings} options.settings
 * @param {string} options.base public FHIR base, e.g. http://127.0.0.1:8080/fhir
 * @param {'handshake' | 'heartbeat' | 'event-notification' | 'query-status' | 'query-event'} options.type
 * @param {number} options.eventsSinceStart
 * @param {NotificationEvent[]} [options.events]
 */
export function statusParameters({ settings, base, type, eventsSinceStart, events = [] }) {
  const withIds = settings.content !== 'empty';
  /** @type {any[]} */
  const parameter = [{ name: 'subscription', valueReference: { reference: `${base}/Subscription/${settings.id}` } }];
  if (withIds) parameter.push({ name: 'topic', valueCanonical: settings.topic });
  parameter.push(
    { name: 'status', valueCode: settings.status },
    { name: 'type', valueCode: type },
    { name: 'events-since-subscription-start', valueString: String(eventsSinceStart) },
  );
  for (const event of events) {
    /** @type {any[]} */
    const part = [
      { name: 'event-number', valueString: String(event.number) },
      { name: 'timestamp', valueInstant: event.timestamp },
    ];
    if (withIds) part.push({ name: 'focus', valueReference: { reference: `${base}/${event.resource.resourceType}/${event.resource.id}` } });
    parameter.push({ name: 'notification-event', part });
  }
  return { resourceType: 'Parameters', id: randomUUID(), meta: { profile: [BACKPORT.statusProfile] }, parameter };
}

/**
 * @param {object} options
 * @param {import('./subscription-profile.mjs').SubscriptionSettings} options.settings
 * @param {string} options.base
 * @param {'handshake' | 'heartbeat' | 'event-notification' | 'query-event'} options.type
 * @param {number} options.eventsSinceStart
 * @param {NotificationEvent[]} [options.events]
 */
export function notificationBundle(options) {
  const status = statusParameters(options);
  /** @type {any[]} */
  const entry = [
    {
      fullUrl: `urn:uuid:${status.id}`,
      resource: status,
      request: { method: 'GET', url: `${options.base}/Subscription/${options.settings.id}/$status` },
      response: { status: '200' },
    },
  ];
  if (options.settings.content === 'full-resource') {
    for (const event of options.events ?? []) {
      const { resourceType, id } = event.resource;
      const created = event.interaction === 'create';
      entry.push({
        fullUrl: `${options.base}/${resourceType}/${id}`,
        resource: event.resource,
        request: { method: created ? 'POST' : 'PUT', url: created ? resourceType : `${resourceType}/${id}` },
        response: { status: created ? '201' : '200' },
      });
    }
  }
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'history',
    timestamp: new Date().toISOString(),
    entry,
  };
}
