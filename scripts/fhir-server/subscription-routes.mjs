// The FHIR requests the Subscriptions Backport adds or changes, answered before the router:
//   GET  metadata                                    CapabilityStatement (capability.mjs)
//   POST Subscription, PUT Subscription/{id}         checked against the backport profile
//                                                    (subscription-profile.mjs), stored as active
//   GET|POST Subscription/{id}/$get-ws-binding-token Parameters: token, expiration, subscription, websocket-url
//   GET|POST Subscription/$get-ws-binding-token?id=  the same for several subscriptions
//   GET|POST Subscription/{id}/$status, Subscription/$status?id=&status=
//                                                    searchset Bundle of status Parameters
//   GET|POST Subscription/{id}/$events               history Bundle of the last 100 events (query-event)
// With subscriptions disabled: metadata does not advertise them, a Subscription create or update is
// refused with 400, and the operations answer 404.
import { capabilityStatement } from './capability.mjs';
import { jsonResponse } from './fhir-handler.mjs';
import { outcome } from './http-util.mjs';
import { notificationBundle, statusParameters } from './notification-bundle.mjs';
import { acceptedSubscription, subscriptionProblem } from './subscription-profile.mjs';
import { WEBSOCKET_PATH } from './subscription-websocket.mjs';

/** @typedef {import('./fhir-handler.mjs').FhirHttpRequest} FhirHttpRequest */
/** @typedef {import('./fhir-handler.mjs').FhirHttpResponse} FhirHttpResponse */

/** @param {string} publicBase e.g. http://127.0.0.1:8080/fhir */
export function websocketUrl(publicBase) {
  return `${publicBase.replace(/\/fhir$/, '').replace(/^http/, 'ws')}${WEBSOCKET_PATH}`;
}

/**
 * Values of an operation's input parameter, from the query or a Parameters body.
 * @param {FhirHttpRequest} request
 * @param {string} name
 * @returns {string[]}
 */
function inputs(request, name) {
  const fromQuery = request.query.getAll(name).flatMap((value) => value.split(','));
  const body = /** @type {any} */ (request.body);
  const fromBody =
    body?.resourceType === 'Parameters'
      ? (body.parameter ?? [])
          .filter((/** @type {any} */ p) => p?.name === name)
          .map((/** @type {any} */ p) => p.valueId ?? p.valueString ?? p.valueCode ?? p.valueInteger)
      : [];
  return [...fromQuery, ...fromBody].filter((value) => value !== undefined && value !== '').map(String);
}

/**
 * Answers the request when it is one of the backport's, returns the request to hand to the router
 * otherwise (a Subscription create or update comes back with the accepted body).
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 * @param {FhirHttpRequest} request
 * @returns {FhirHttpResponse | FhirHttpRequest}
 */
export function routeSubscriptionRequest(hub, request) {
  const { method, path } = request;
  if (path === 'metadata' && method === 'GET') {
    return jsonResponse(200, capabilityStatement({ websocketUrl: hub.enabled ? websocketUrl(request.publicBase) : undefined }));
  }
  const write = (method === 'POST' && path === 'Subscription') || (method === 'PUT' && /^Subscription\/[^/$]+$/.test(path));
  if (write) return subscriptionWrite(hub, request);
  const operation = /^Subscription(?:\/([^/$]+))?\/\$(get-ws-binding-token|status|events)$/.exec(path);
  if (!operation || (method !== 'GET' && method !== 'POST')) return request;
  if (!hub.enabled) return jsonResponse(404, outcome('not-supported', 'Subscriptions are not supported by this server'));
  const [, id, name] = operation;
  if (name === 'events' && !id)
    return jsonResponse(404, outcome('not-supported', '$events is an instance operation: Subscription/{id}/$events'));
  const ids = id ? [id] : inputs(request, 'id');
  if (name === 'get-ws-binding-token') return bindingToken(hub, request, ids);
  if (name === 'status') return statusBundle(hub, request, ids);
  return eventsBundle(hub, request, /** @type {string} */ (id));
}

/** @param {import('./subscription-hub.mjs').SubscriptionHub} hub @param {FhirHttpRequest} request */
function subscriptionWrite(hub, request) {
  if (!hub.enabled) return jsonResponse(400, outcome('not-supported', 'Subscriptions are not supported by this server'));
  const problem = subscriptionProblem(request.body);
  if (problem) return jsonResponse(400, outcome('invalid', problem));
  return { ...request, body: acceptedSubscription(request.body) };
}

/**
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 * @param {FhirHttpRequest} request
 * @param {string[]} ids
 */
function bindingToken(hub, request, ids) {
  if (ids.length === 0)
    return jsonResponse(400, outcome('required', 'Name the subscriptions: Subscription/{id}/$get-ws-binding-token or ?id=...'));
  for (const one of ids) {
    const settings = hub.activeSettings(one);
    if (!settings)
      return jsonResponse(404, outcome('not-found', `Subscription/${one} is not an active backport subscription on this server`));
    if (settings.channelType !== 'websocket')
      return jsonResponse(400, outcome('invalid', `Subscription/${one} does not use the websocket channel`));
  }
  const { token, expiration } = hub.issueToken(ids, request.publicBase);
  return jsonResponse(200, {
    resourceType: 'Parameters',
    parameter: [
      { name: 'token', valueString: token },
      { name: 'expiration', valueDateTime: expiration },
      ...ids.map((one) => ({ name: 'subscription', valueString: `${request.publicBase}/Subscription/${one}` })),
      { name: 'websocket-url', valueUrl: websocketUrl(request.publicBase) },
    ],
  });
}

/**
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 * @param {FhirHttpRequest} request
 * @param {string[]} ids empty: every active subscription
 */
function statusBundle(hub, request, ids) {
  const wanted = inputs(request, 'status');
  const chosen = (ids.length ? ids : hub.activeIds()).map((one) => hub.activeSettings(one));
  if (ids.length === 1 && !chosen[0])
    return jsonResponse(404, outcome('not-found', `Subscription/${ids[0]} is not an active backport subscription on this server`));
  const entry = chosen
    .filter((settings) => settings && (wanted.length === 0 || wanted.includes(settings.status)))
    .map((settings) => {
      const resource = statusParameters({
        settings: /** @type {any} */ (settings),
        base: request.publicBase,
        type: 'query-status',
        eventsSinceStart: hub.eventsSinceStart(settings?.id ?? ''),
      });
      return { fullUrl: `urn:uuid:${resource.id}`, resource, search: { mode: 'match' } };
    });
  return jsonResponse(200, { resourceType: 'Bundle', type: 'searchset', total: entry.length, entry });
}

/**
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 * @param {FhirHttpRequest} request
 * @param {string} id
 */
function eventsBundle(hub, request, id) {
  const settings = hub.activeSettings(id);
  if (!settings) return jsonResponse(404, outcome('not-found', `Subscription/${id} is not an active backport subscription on this server`));
  const since = Number(inputs(request, 'eventsSinceNumber')[0] ?? 1);
  const until = Number(inputs(request, 'eventsUntilNumber')[0] ?? Number.MAX_SAFE_INTEGER);
  const [content] = inputs(request, 'content');
  const events = hub.storedEvents(id).filter((event) => event.number >= since && event.number <= until);
  // `content` is a hint; it may lower the subscription's level, never raise it.
  const levels = ['empty', 'id-only', 'full-resource'];
  const lower = content !== undefined && levels.indexOf(content) >= 0 && levels.indexOf(content) < levels.indexOf(settings.content);
  const asked = lower ? { ...settings, content: /** @type {'empty' | 'id-only'} */ (content) } : settings;
  return jsonResponse(
    200,
    notificationBundle({
      settings: asked,
      base: request.publicBase,
      type: 'query-event',
      eventsSinceStart: hub.eventsSinceStart(id),
      events,
    }),
  );
}
