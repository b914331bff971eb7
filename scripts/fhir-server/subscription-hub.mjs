// The Subscriptions Backport state of one server: binding tokens, websocket bindings with their
// heartbeats, per-subscription event numbers, and the notifications sent when a Task is written.
// The repository tells the hub of every committed write (repository.mjs onWrite); the hub reads the
// Subscriptions from the repository each time, so a Subscription updated to `off` or deleted stops
// at once. Event numbers count every matching event, delivered or not (events-since-subscription-start).
import { randomBytes } from 'node:crypto';
import { taskMatches } from './subscription-filters.mjs';
import { notificationBundle } from './notification-bundle.mjs';
import { subscriptionSettings } from './subscription-profile.mjs';

/** How long a binding token can be used to bind (it is single-use). */
export const TOKEN_LIFETIME_MS = 5 * 60 * 1000;
/** Events kept per subscription for $events. */
const EVENTS_KEPT = 100;

/** @typedef {import('./notification-bundle.mjs').NotificationEvent} NotificationEvent */
/** @typedef {{ send(data: string): void; close(code?: number, reason?: string): void; terminate(): void; readyState: number }} Socket */
/** @typedef {{ socket: Socket; subscriptionId: string; base: string; timer?: ReturnType<typeof setInterval> }} Binding */

export class SubscriptionHub {
  #repo;
  #initiallyEnabled;
  enabled;
  /** @type {Map<string, number>} */
  #counts = new Map();
  /** @type {Map<string, NotificationEvent[]>} */
  #events = new Map();
  /** @type {Map<string, { subscriptionIds: string[]; expires: number; base: string }>} */
  #tokens = new Map();
  /** @type {Set<Binding>} */
  #bindings = new Set();
  /** @type {Set<Socket>} */
  #sockets = new Set();

  /**
   * @param {import('./repository.mjs').ServerRepository} repo
   * @param {{ enabled?: boolean }} [options]
   */
  constructor(repo, { enabled = true } = {}) {
    this.#repo = repo;
    this.#initiallyEnabled = enabled;
    this.enabled = enabled;
    repo.onWrite((event) => this.#written(event));
  }

  /** The stored Subscription's settings when it is an active backport websocket subscription. @param {string} id */
  activeSettings(id) {
    const subscription = this.#repo.listResources('Subscription').find((one) => one.id === id);
    const settings = subscription && subscriptionSettings(subscription);
    return settings?.status === 'active' ? settings : undefined;
  }

  /** Ids of the active backport subscriptions. */
  activeIds() {
    return this.#repo.listResources('Subscription').flatMap((one) => (one.id && this.activeSettings(one.id) ? [one.id] : []));
  }

  /** @param {string} id */
  eventsSinceStart(id) {
    return this.#counts.get(id) ?? 0;
  }

  /** @param {string} id @returns {NotificationEvent[]} */
  storedEvents(id) {
    return this.#events.get(id) ?? [];
  }

  /**
   * A single-use token binding a websocket to these subscriptions.
   * @param {string[]} subscriptionIds
   * @param {string} base public FHIR base for the references in notifications
   */
  issueToken(subscriptionIds, base) {
    this.#dropExpiredTokens();
    const token = randomBytes(24).toString('base64url');
    const expires = Date.now() + TOKEN_LIFETIME_MS;
    this.#tokens.set(token, { subscriptionIds, expires, base });
    return { token, expiration: new Date(expires).toISOString() };
  }

  /** @param {Socket} socket */
  addSocket(socket) {
    this.#sockets.add(socket);
  }

  /** @param {Socket} socket */
  removeSocket(socket) {
    this.#sockets.delete(socket);
    for (const binding of [...this.#bindings]) if (binding.socket === socket) this.#unbind(binding);
  }

  /**
   * `bind-with-token <token>`: binds the socket to the token's subscriptions and sends one
   * handshake per subscription. Returns the problem when the token is unknown, used or expired.
   * @param {Socket} socket
   * @param {string} token
   * @returns {{ code: string; text: string } | undefined}
   */
  bind(socket, token) {
    const grant = this.#tokens.get(token);
    this.#tokens.delete(token);
    if (!this.enabled) return { code: 'not-supported', text: 'Subscriptions are disabled on this server' };
    if (!grant) return { code: 'security', text: 'Unknown or already used binding token: ask $get-ws-binding-token for a new one' };
    if (grant.expires < Date.now())
      return { code: 'expired', text: 'The binding token has expired: ask $get-ws-binding-token for a new one' };
    const active = grant.subscriptionIds.filter((subscriptionId) => this.activeSettings(subscriptionId));
    if (active.length === 0) return { code: 'not-found', text: 'None of the subscriptions of this token is active any more' };
    for (const subscriptionId of active) {
      const settings = this.activeSettings(subscriptionId);
      if (!settings) continue;
      for (const old of [...this.#bindings]) if (old.socket === socket && old.subscriptionId === subscriptionId) this.#unbind(old);
      /** @type {Binding} */
      const binding = { socket, subscriptionId, base: grant.base };
      binding.timer = setInterval(() => this.#heartbeat(binding), settings.heartbeatSeconds * 1000);
      binding.timer.unref?.();
      this.#bindings.add(binding);
      this.#send(
        binding,
        notificationBundle({ settings, base: binding.base, type: 'handshake', eventsSinceStart: this.eventsSinceStart(subscriptionId) }),
      );
    }
    return undefined;
  }

  /**
   * Closes every websocket: `abrupt` drops the TCP connection (the client sees 1006), otherwise a
   * close frame with 1001 "going away". Returns how many were open.
   * @param {boolean} [abrupt]
   */
  dropSockets(abrupt = false) {
    const sockets = [...this.#sockets];
    for (const socket of sockets) {
      this.removeSocket(socket);
      if (abrupt) socket.terminate();
      else socket.close(1001, 'Server closed the connection');
    }
    return sockets.length;
  }

  /** @param {boolean} enabled */
  setEnabled(enabled) {
    this.enabled = enabled;
    if (!enabled) {
      this.#tokens.clear();
      this.dropSockets();
    }
  }

  /** Back to the start: enabled as configured, no tokens, counts or sockets. */
  reset() {
    this.dropSockets();
    this.#tokens.clear();
    this.#counts.clear();
    this.#events.clear();
    this.enabled = this.#initiallyEnabled;
  }

  info() {
    return { enabled: this.enabled, sockets: this.#sockets.size, bindings: this.#bindings.size };
  }

  /** @param {import('./repository.mjs').WriteEvent} event */
  #written({ resource, interaction }) {
    if (!this.enabled || resource.resourceType !== 'Task') return;
    for (const subscription of this.#repo.listResources('Subscription')) {
      const settings = subscription.id ? this.activeSettings(subscription.id) : undefined;
      if (!settings || !taskMatches(resource, settings.search)) continue;
      const number = this.eventsSinceStart(settings.id) + 1;
      this.#counts.set(settings.id, number);
      /** @type {NotificationEvent} */
      const notified = { number, timestamp: new Date().toISOString(), resource, interaction };
      const kept = [...this.storedEvents(settings.id), notified].slice(-EVENTS_KEPT);
      this.#events.set(settings.id, kept);
      for (const binding of this.#bindings) {
        if (binding.subscriptionId !== settings.id) continue;
        this.#send(
          binding,
          notificationBundle({ settings, base: binding.base, type: 'event-notification', eventsSinceStart: number, events: [notified] }),
        );
      }
    }
  }

  /** @param {Binding} binding */
  #heartbeat(binding) {
    const settings = this.activeSettings(binding.subscriptionId);
    if (!settings) return this.#unbind(binding);
    this.#send(
      binding,
      notificationBundle({ settings, base: binding.base, type: 'heartbeat', eventsSinceStart: this.eventsSinceStart(settings.id) }),
    );
  }

  /** @param {Binding} binding @param {unknown} bundle */
  #send(binding, bundle) {
    if (binding.socket.readyState !== 1) return;
    binding.socket.send(JSON.stringify(bundle));
  }

  /** @param {Binding} binding */
  #unbind(binding) {
    clearInterval(binding.timer);
    this.#bindings.delete(binding);
  }

  #dropExpiredTokens() {
    const now = Date.now();
    for (const [token, grant] of this.#tokens) if (grant.expires < now) this.#tokens.delete(token);
  }
}
