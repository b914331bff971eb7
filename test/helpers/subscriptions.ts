// Shared by the R4 Subscriptions Backport tests (fhir-subscriptions*.test.ts): FHIR over HTTP, a queued
// WebSocket client, and readers of the notification bundles.
import { expect } from '@open-wc/testing';
import { fhirBaseUrl } from './fhir-server.js';

export const TOPIC = 'http://hl7.org/fhir/us/sdoh-clinicalcare/SubscriptionTopic/Task';
export const SD = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';
export const JSON_HEADERS = { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' };

/** FHIR JSON as it comes off the wire, read field by field. */
export type Json = any;

export async function fhir(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${fhirBaseUrl()}${path}`, {
    method,
    headers: { ...JSON_HEADERS, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

export interface SubscriptionOptions {
  filters?: string[];
  content?: string;
  heartbeat?: number;
  channelType?: string;
  criteria?: string;
}

export function subscriptionBody({
  filters = [],
  content = 'id-only',
  heartbeat,
  channelType = 'websocket',
  criteria = TOPIC,
}: SubscriptionOptions = {}): Json {
  return {
    resourceType: 'Subscription',
    status: 'requested',
    reason: 'Referral status in the chart',
    criteria,
    ...(filters.length
      ? { _criteria: { extension: filters.map((valueString) => ({ url: `${SD}/backport-filter-criteria`, valueString })) } }
      : {}),
    channel: {
      ...(heartbeat ? { extension: [{ url: `${SD}/backport-heartbeat-period`, valueUnsignedInt: heartbeat }] } : {}),
      type: channelType,
      payload: 'application/fhir+json',
      _payload: { extension: [{ url: `${SD}/backport-payload-content`, valueCode: content }] },
    },
  };
}

export async function createSubscription(options: SubscriptionOptions = {}): Promise<string> {
  const { status, json } = await fhir('POST', '/Subscription', subscriptionBody(options));
  expect(status, JSON.stringify(json)).to.equal(201);
  return json.id as string;
}

export function parameter(parameters: Json, name: string): Json {
  return (parameters.parameter as Json[]).find((one) => one.name === name);
}

export async function bindingToken(subscriptionId: string): Promise<{ token: string; url: string }> {
  const { status, json } = await fhir('GET', `/Subscription/${subscriptionId}/$get-ws-binding-token`);
  expect(status).to.equal(200);
  return { token: parameter(json, 'token').valueString, url: parameter(json, 'websocket-url').valueUrl };
}

/** A browser WebSocket with its messages queued, parsed as JSON. */
export class Socket {
  readonly ws: WebSocket;
  readonly messages: Json[] = [];
  closed: Promise<CloseEvent>;
  #waiters: (() => void)[] = [];

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.addEventListener('message', (event) => {
      this.messages.push(JSON.parse(String(event.data)));
      this.#waiters.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => this.ws.addEventListener('close', resolve));
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ws.addEventListener('open', () => resolve());
      this.ws.addEventListener('error', () => reject(new Error('websocket failed to open')));
    });
  }

  /** The first queued message (removed) that passes `test`, waiting up to `ms`. */
  async next(test: (message: Json) => boolean = () => true, ms = 2000): Promise<Json> {
    const deadline = Date.now() + ms;
    for (;;) {
      const index = this.messages.findIndex(test);
      if (index >= 0) return this.messages.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching websocket message within ${ms} ms (got ${this.messages.length} others)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}

export const sockets: Socket[] = [];

/** Creates nothing: opens a socket to the token's URL and binds it; resolves once the handshake came. */
export async function bound(subscriptionId: string): Promise<{ socket: Socket; handshake: Json }> {
  const { token, url } = await bindingToken(subscriptionId);
  const socket = new Socket(url);
  sockets.push(socket);
  await socket.opened();
  socket.ws.send(`bind-with-token ${token}`);
  const handshake = await socket.next();
  return { socket, handshake };
}

export function statusOf(bundle: Json): Json {
  expect(bundle.resourceType).to.equal('Bundle');
  expect(bundle.type).to.equal('history');
  const status = bundle.entry[0].resource;
  expect(status.resourceType).to.equal('Parameters');
  expect(status.meta.profile).to.include(`${SD}/backport-subscription-status-r4`);
  return status;
}

export const typeOf = (bundle: Json): string | undefined =>
  bundle.resourceType === 'Bundle' ? parameter(statusOf(bundle), 'type')?.valueCode : undefined;
export const isEvent = (bundle: Json): boolean => typeOf(bundle) === 'event-notification';

export function focusOf(bundle: Json): string[] {
  return (statusOf(bundle).parameter as Json[])
    .filter((one) => one.name === 'notification-event')
    .map((event) => (event.part as Json[]).find((part) => part.name === 'focus')?.valueReference?.reference as string);
}

export function eventNumbers(bundle: Json): string[] {
  return (statusOf(bundle).parameter as Json[])
    .filter((one) => one.name === 'notification-event')
    .map((event) => (event.part as Json[]).find((part) => part.name === 'event-number')?.valueString as string);
}

export function newTask(overrides: Json = {}): Json {
  return {
    resourceType: 'Task',
    status: 'requested',
    intent: 'order',
    for: { reference: 'Patient/maria-alvarez' },
    owner: { reference: 'Organization/peerbridge-program' },
    requester: { reference: 'PractitionerRole/psychiatrist-role' },
    focus: { reference: 'ServiceRequest/referral-peer-2026-09' },
    ...overrides,
  };
}

export async function createTask(overrides: Json = {}): Promise<Json> {
  const { status, json } = await fhir('POST', '/Task', newTask(overrides));
  expect(status, JSON.stringify(json)).to.equal(201);
  return json;
}

export const SEED_TASK = 'referral-peer-2026-09-task';

export async function updateSeedTask(changes: Json): Promise<Json> {
  const { json: task } = await fhir('GET', `/Task/${SEED_TASK}`);
  const { status, json } = await fhir('PUT', `/Task/${SEED_TASK}`, { ...task, ...changes });
  expect(status).to.equal(200);
  return json;
}
