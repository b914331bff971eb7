/**
 * One websocket to the FHIR server that tells when Tasks change (R4 Subscriptions Backport): it
 * creates the Subscription once, binds the socket with a token from `$get-ws-binding-token`, and
 * keeps it alive: a socket that closes or falls silent past its heartbeat is opened again, with
 * backoff, and every (re)connection is reported so the caller reads what it may have missed.
 */
import type { DataSource } from '../data-source.js';
import { bindingToken, readNotification, taskSubscription } from './backport.js';

export interface TaskChannelOptions {
  dataSource: DataSource;
  topic: string;
  /** The topic's filter, e.g. `Task?patient=Patient/123`. */
  filter: string;
  /** Asked of the server; the socket is opened again when nothing arrives for twice this (plus a margin). */
  heartbeatSeconds?: number;
  /** A Task changed: its `Task/<id>` references. */
  onChanged: (references: string[]) => void;
  /** The socket is bound (first time or again): read what may have changed meanwhile. */
  onConnected: () => void;
  /** Subscriptions cannot be set up on this server after all: the caller polls instead. */
  onUnavailable: () => void;
}

const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];
/** Setup failures in a row (no socket ever bound) before giving up on subscriptions. */
const MAX_SETUP_FAILURES = 4;

export class TaskChannel {
  #socket?: WebSocket | undefined;
  #subscriptionId?: string | undefined;
  #timer?: ReturnType<typeof setTimeout>;
  #watchdog?: ReturnType<typeof setTimeout>;
  #attempt = 0;
  #setupFailures = 0;
  #stopped = false;
  #bound = false;

  constructor(private readonly options: TaskChannelOptions) {}

  /** True while a bound socket is open. */
  get live(): boolean {
    return this.#bound && this.#socket?.readyState === WebSocket.OPEN;
  }

  start(): void {
    this.#stopped = false;
    void this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#watchdog);
    this.#close();
  }

  async #connect(): Promise<void> {
    const { dataSource } = this.options;
    try {
      const binding = await this.#binding(dataSource);
      if (this.#stopped) return;
      this.#open(binding.url, binding.token);
    } catch {
      this.#subscriptionId = undefined; // it may be gone: make a new one next time
      this.#setupFailures += 1;
      if (this.#setupFailures >= MAX_SETUP_FAILURES) return this.options.onUnavailable();
      this.#retryLater();
    }
  }

  async #binding(dataSource: DataSource): Promise<{ url: string; token: string }> {
    if (!dataSource.operation || !dataSource.sameServerSocketUrl) throw new Error('no operations');
    const heartbeat = this.options.heartbeatSeconds ?? 60;
    this.#subscriptionId ??= (await dataSource.create(taskSubscription(this.options.topic, this.options.filter, heartbeat))).id;
    if (!this.#subscriptionId) throw new Error('no subscription id');
    const binding = bindingToken(await dataSource.operation('Subscription', this.#subscriptionId, 'get-ws-binding-token'));
    const url = binding && dataSource.sameServerSocketUrl(binding.url);
    if (!binding || !url) throw new Error('no usable binding');
    return { url, token: binding.token };
  }

  #open(url: string, token: string): void {
    const socket = new WebSocket(url);
    this.#socket = socket;
    socket.addEventListener('open', () => socket.send(`bind-with-token ${token}`));
    socket.addEventListener('message', (event) => this.#onMessage(socket, event));
    socket.addEventListener('close', () => this.#onClose(socket));
    this.#watch(socket);
  }

  #onMessage(socket: WebSocket, event: MessageEvent): void {
    if (socket !== this.#socket) return;
    let notification;
    try {
      notification = readNotification(JSON.parse(String(event.data)));
    } catch {
      notification = undefined;
    }
    this.#watch(socket);
    if (!notification) return;
    if (notification.type === 'handshake') {
      this.#bound = true;
      this.#attempt = 0;
      this.#setupFailures = 0;
      this.options.onConnected();
    } else if (notification.type === 'event-notification' && notification.focus.length) {
      this.options.onChanged(notification.focus);
    }
  }

  #onClose(socket: WebSocket): void {
    if (socket !== this.#socket) return;
    this.#socket = undefined;
    if (!this.#bound) this.#setupFailures += 1;
    this.#bound = false;
    clearTimeout(this.#watchdog);
    if (this.#stopped) return;
    if (this.#setupFailures >= MAX_SETUP_FAILURES) return this.options.onUnavailable();
    this.#retryLater();
  }

  /** A socket that says nothing for two heartbeats is as good as closed. */
  #watch(socket: WebSocket): void {
    clearTimeout(this.#watchdog);
    const silentMs = ((this.options.heartbeatSeconds ?? 60) * 2 + 5) * 1000;
    this.#watchdog = setTimeout(() => socket === this.#socket && socket.close(), silentMs);
  }

  #retryLater(): void {
    clearTimeout(this.#timer);
    const delay = BACKOFF_MS[Math.min(this.#attempt, BACKOFF_MS.length - 1)] ?? 30_000;
    this.#attempt += 1;
    this.#timer = setTimeout(() => void this.#connect(), delay);
  }

  #close(): void {
    const socket = this.#socket;
    this.#socket = undefined;
    this.#bound = false;
    socket?.close();
  }
}
