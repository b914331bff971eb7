// The in-memory FHIR server's R4 Subscriptions Backport, as a browser client sees it over real HTTP
// and WebSocket: topic discovery, Subscription create, $get-ws-binding-token, bind-with-token,
// handshake / heartbeat / event-notification bundles, filters, dropped sockets, and a server with
// subscriptions switched off.
import { expect } from '@open-wc/testing';
import { dropSockets, fhirBaseUrl, resetServer, serverRequests, setFaults, setSubscriptionsEnabled } from '../helpers/fhir-server.js';

const TOPIC = 'http://hl7.org/fhir/us/sdoh-clinicalcare/SubscriptionTopic/Task';
const SD = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';
const JSON_HEADERS = { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' };

/** FHIR JSON as it comes off the wire, read field by field. */
type Json = any;

async function fhir(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${fhirBaseUrl()}${path}`, {
    method,
    headers: { ...JSON_HEADERS, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

interface SubscriptionOptions {
  filters?: string[];
  content?: string;
  heartbeat?: number;
  channelType?: string;
  criteria?: string;
}

function subscriptionBody({ filters = [], content = 'id-only', heartbeat, channelType = 'websocket', criteria = TOPIC }: SubscriptionOptions = {}): Json {
  return {
    resourceType: 'Subscription',
    status: 'requested',
    reason: 'Referral status in the chart',
    criteria,
    ...(filters.length ? { _criteria: { extension: filters.map((valueString) => ({ url: `${SD}/backport-filter-criteria`, valueString })) } } : {}),
    channel: {
      ...(heartbeat ? { extension: [{ url: `${SD}/backport-heartbeat-period`, valueUnsignedInt: heartbeat }] } : {}),
      type: channelType,
      payload: 'application/fhir+json',
      _payload: { extension: [{ url: `${SD}/backport-payload-content`, valueCode: content }] },
    },
  };
}

async function createSubscription(options: SubscriptionOptions = {}): Promise<string> {
  const { status, json } = await fhir('POST', '/Subscription', subscriptionBody(options));
  expect(status, JSON.stringify(json)).to.equal(201);
  return json.id as string;
}

function parameter(parameters: Json, name: string): Json {
  return (parameters.parameter as Json[]).find((one) => one.name === name);
}

async function bindingToken(subscriptionId: string): Promise<{ token: string; url: string }> {
  const { status, json } = await fhir('GET', `/Subscription/${subscriptionId}/$get-ws-binding-token`);
  expect(status).to.equal(200);
  return { token: parameter(json, 'token').valueString, url: parameter(json, 'websocket-url').valueUrl };
}

/** A browser WebSocket with its messages queued, parsed as JSON. */
class Socket {
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

const sockets: Socket[] = [];

/** Creates nothing: opens a socket to the token's URL and binds it; resolves once the handshake came. */
async function bound(subscriptionId: string): Promise<{ socket: Socket; handshake: Json }> {
  const { token, url } = await bindingToken(subscriptionId);
  const socket = new Socket(url);
  sockets.push(socket);
  await socket.opened();
  socket.ws.send(`bind-with-token ${token}`);
  const handshake = await socket.next();
  return { socket, handshake };
}

function statusOf(bundle: Json): Json {
  expect(bundle.resourceType).to.equal('Bundle');
  expect(bundle.type).to.equal('history');
  const status = bundle.entry[0].resource;
  expect(status.resourceType).to.equal('Parameters');
  expect(status.meta.profile).to.include(`${SD}/backport-subscription-status-r4`);
  return status;
}

const typeOf = (bundle: Json): string | undefined => (bundle.resourceType === 'Bundle' ? parameter(statusOf(bundle), 'type')?.valueCode : undefined);
const isEvent = (bundle: Json): boolean => typeOf(bundle) === 'event-notification';

function focusOf(bundle: Json): string[] {
  return (statusOf(bundle).parameter as Json[])
    .filter((one) => one.name === 'notification-event')
    .map((event) => (event.part as Json[]).find((part) => part.name === 'focus')?.valueReference?.reference as string);
}

function eventNumbers(bundle: Json): string[] {
  return (statusOf(bundle).parameter as Json[])
    .filter((one) => one.name === 'notification-event')
    .map((event) => (event.part as Json[]).find((part) => part.name === 'event-number')?.valueString as string);
}

function newTask(overrides: Json = {}): Json {
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

async function createTask(overrides: Json = {}): Promise<Json> {
  const { status, json } = await fhir('POST', '/Task', newTask(overrides));
  expect(status, JSON.stringify(json)).to.equal(201);
  return json;
}

const SEED_TASK = 'referral-peer-2026-09-task';

async function updateSeedTask(changes: Json): Promise<Json> {
  const { json: task } = await fhir('GET', `/Task/${SEED_TASK}`);
  const { status, json } = await fhir('PUT', `/Task/${SEED_TASK}`, { ...task, ...changes });
  expect(status).to.equal(200);
  return json;
}

describe('in-memory FHIR server: R4 Subscriptions Backport', () => {
  beforeEach(() => resetServer());
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });

  it('advertises the backport in metadata: websocket URL, Subscription profile, topic and $get-ws-binding-token', async () => {
    const { json } = await fhir('GET', '/metadata');
    const rest = json.rest[0];
    const websocket = (rest.extension as Json[]).find((one) => one.url === 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket');
    expect(websocket.valueUri).to.equal(`${fhirBaseUrl().replace(/^http/, 'ws').replace(/\/fhir$/, '')}/ws`);
    const subscription = (rest.resource as Json[]).find((one) => one.type === 'Subscription');
    expect(subscription.supportedProfile).to.deep.equal([`${SD}/backport-subscription`]);
    expect(subscription.extension).to.deep.include({ url: `${SD}/capabilitystatement-subscriptiontopic-canonical`, valueCanonical: TOPIC });
    expect((subscription.operation as Json[]).map((one) => one.name)).to.include.members(['get-ws-binding-token', 'status', 'events']);
    expect(json.instantiates).to.include('http://hl7.org/fhir/uv/subscriptions-backport/CapabilityStatement/backport-subscription-server-r4');
  });

  it('serves the Task topic as an R4 Basic, found by code, with its filters', async () => {
    const { json } = await fhir('GET', `/Basic?code=${encodeURIComponent('http://hl7.org/fhir/fhir-types|SubscriptionTopic')}`);
    expect(json.total).to.equal(1);
    const topic = json.entry[0].resource;
    const url = (topic.extension as Json[]).find((one) => one.url.endsWith('extension-SubscriptionTopic.url'));
    expect(url.valueUri).to.equal(TOPIC);
    const filters = (topic.extension as Json[])
      .filter((one) => one.url.endsWith('extension-SubscriptionTopic.canFilterBy'))
      .map((one) => (one.extension as Json[]).find((part) => part.url === 'filterParameter').valueString);
    expect(filters).to.include.members(['_id', 'owner', 'requester', 'patient', 'focus', 'status', 'code', '_lastUpdated']);
  });

  it('creates a websocket Subscription as active, with the default 60 s heartbeat filled in', async () => {
    const { status, json } = await fhir('POST', '/Subscription', subscriptionBody());
    expect(status).to.equal(201);
    expect(json.status).to.equal('active');
    expect(json.meta.profile).to.include(`${SD}/backport-subscription`);
    expect(json.channel.extension).to.deep.include({ url: `${SD}/backport-heartbeat-period`, valueUnsignedInt: 60 });
    const read = await fhir('GET', `/Subscription/${json.id}`);
    expect(read.json.status).to.equal('active');
  });

  it('refuses an unknown topic, rest-hook, a missing content code and a filter the topic does not allow, with 400s that say why', async () => {
    const cases: [SubscriptionOptions, string][] = [
      [{ criteria: 'Task?status=requested' }, 'topic'],
      [{ channelType: 'rest-hook' }, 'only "websocket"'],
      [{ content: 'everything' }, 'backport-payload-content'],
      [{ filters: ['Task?description=x'] }, 'description'],
      [{ filters: ['Patient?name=x'] }, 'focus is Task'],
    ];
    for (const [options, words] of cases) {
      const { status, json } = await fhir('POST', '/Subscription', subscriptionBody(options));
      expect(status, JSON.stringify(options)).to.equal(400);
      expect(json.issue[0].diagnostics).to.contain(words);
    }
  });

  it('$get-ws-binding-token answers token, expiration, subscription and websocket-url; 404 for an unknown subscription', async () => {
    const id = await createSubscription();
    const { status, json } = await fhir('POST', `/Subscription/${id}/$get-ws-binding-token`, { resourceType: 'Parameters' });
    expect(status).to.equal(200);
    expect(parameter(json, 'token').valueString).to.match(/^\S{20,}$/);
    expect(Date.parse(parameter(json, 'expiration').valueDateTime)).to.be.greaterThan(Date.now());
    expect(parameter(json, 'subscription').valueString).to.equal(`${fhirBaseUrl()}/Subscription/${id}`);
    expect(parameter(json, 'websocket-url').valueUrl).to.match(/^ws:\/\/.+\/ws$/);
    expect((await fhir('GET', '/Subscription/nope/$get-ws-binding-token')).status).to.equal(404);
  });

  it('binds with the token, sends a handshake, then an id-only event-notification naming the updated Task within 2 s', async () => {
    const id = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`] });
    const { socket, handshake } = await bound(id);
    const status = statusOf(handshake);
    expect(parameter(status, 'type').valueCode).to.equal('handshake');
    expect(parameter(status, 'status').valueCode).to.equal('active');
    expect(parameter(status, 'subscription').valueReference.reference).to.equal(`${fhirBaseUrl()}/Subscription/${id}`);
    expect(parameter(status, 'topic').valueCanonical).to.equal(TOPIC);
    expect(parameter(status, 'events-since-subscription-start').valueString).to.equal('0');

    const started = performance.now();
    await updateSeedTask({ status: 'in-progress' });
    const first = await socket.next(isEvent, 2000);
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(focusOf(first)).to.deep.equal([`${fhirBaseUrl()}/Task/${SEED_TASK}`]);
    expect(eventNumbers(first)).to.deep.equal(['1']);
    expect(first.entry).to.have.length(1);
    await updateSeedTask({ status: 'completed' });
    const second = await socket.next(isEvent);
    expect(eventNumbers(second)).to.deep.equal(['2']);
    expect(parameter(statusOf(second), 'events-since-subscription-start').valueString).to.equal('2');
  });

  it('full-resource notifications carry the Task as written', async () => {
    const id = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`], content: 'full-resource' });
    const { socket } = await bound(id);
    await updateSeedTask({ status: 'on-hold' });
    const bundle = await socket.next(isEvent);
    expect(bundle.entry).to.have.length(2);
    expect(bundle.entry[1].fullUrl).to.equal(`${fhirBaseUrl()}/Task/${SEED_TASK}`);
    expect(bundle.entry[1].resource.status).to.equal('on-hold');
    expect(bundle.entry[1].request).to.deep.equal({ method: 'PUT', url: `Task/${SEED_TASK}` });
  });

  it('empty notifications name no resource', async () => {
    const id = await createSubscription({ content: 'empty' });
    const { socket } = await bound(id);
    await updateSeedTask({ status: 'on-hold' });
    const bundle = await socket.next(isEvent);
    expect(bundle.entry).to.have.length(1);
    expect(focusOf(bundle)).to.deep.equal([undefined]);
    expect(parameter(statusOf(bundle), 'topic')).to.equal(undefined);
  });

  it('notifies Tasks written in a transaction and by a conditional create, and nothing for a rolled-back transaction', async () => {
    const id = await createSubscription({ filters: ['Task?patient=Patient/maria-alvarez'] });
    const { socket } = await bound(id);
    const failed = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: 'urn:uuid:a1', resource: newTask({ description: 'rolled back' }), request: { method: 'POST', url: 'Task' } },
        { resource: { resourceType: 'Goal' }, request: { method: 'POST', url: 'Goal' } },
      ],
    });
    expect(failed.status).to.equal(400);
    const transaction = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ fullUrl: 'urn:uuid:b1', resource: newTask({ identifier: [{ system: 'urn:test', value: 'tx' }] }), request: { method: 'POST', url: 'Task' } }],
    });
    expect(transaction.status).to.equal(200);
    const txTaskId = transaction.json.entry[0].resource.id;
    const fromTransaction = await socket.next(isEvent);
    expect(focusOf(fromTransaction)).to.deep.equal([`${fhirBaseUrl()}/Task/${txTaskId}`]);
    expect(eventNumbers(fromTransaction)).to.deep.equal(['1']);

    const conditional = await fhir('POST', '/Task', newTask({ identifier: [{ system: 'urn:test', value: 'cond' }] }), { 'If-None-Exist': 'identifier=urn:test|cond' });
    expect(conditional.status).to.equal(201);
    const fromConditional = await socket.next(isEvent);
    expect(focusOf(fromConditional)).to.deep.equal([`${fhirBaseUrl()}/Task/${conditional.json.id}`]);
    const again = await fhir('POST', '/Task', newTask({ identifier: [{ system: 'urn:test', value: 'cond' }] }), { 'If-None-Exist': 'identifier=urn:test|cond' });
    expect(again.status).to.equal(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(socket.messages.filter(isEvent)).to.have.length(0);
  });

  it('respects filters and the topic: a Task for another owner, or a draft, is not notified', async () => {
    const id = await createSubscription({ filters: ['Task?owner=Organization/peerbridge-program', 'status:not=cancelled'] });
    const { socket } = await bound(id);
    await createTask({ owner: { reference: 'Organization/riverside-cmhc' } });
    await createTask({ status: 'draft' });
    await createTask({ status: 'cancelled' });
    const matching = await createTask({ description: 'matching' });
    const bundle = await socket.next(isEvent);
    expect(focusOf(bundle)).to.deep.equal([`${fhirBaseUrl()}/Task/${matching.id}`]);
    expect(eventNumbers(bundle)).to.deep.equal(['1']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(socket.messages.filter(isEvent)).to.have.length(0);
  });

  it('takes reference filter values as Type/id, an absolute URL or a bare id', async () => {
    const id = await createSubscription({
      filters: ['patient=maria-alvarez', `Task?focus=${fhirBaseUrl()}/ServiceRequest/referral-peer-2026-09`, 'Task.requester=PractitionerRole/psychiatrist-role'],
    });
    const { socket } = await bound(id);
    await updateSeedTask({ status: 'in-progress' });
    expect(focusOf(await socket.next(isEvent))).to.deep.equal([`${fhirBaseUrl()}/Task/${SEED_TASK}`]);
  });

  it('$events answers the stored events from a number on', async () => {
    const id = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`], content: 'full-resource' });
    await updateSeedTask({ status: 'in-progress' });
    await updateSeedTask({ status: 'completed' });
    const { status, json } = await fhir('GET', `/Subscription/${id}/$events?eventsSinceNumber=2&content=id-only`);
    expect(status).to.equal(200);
    expect(json.type).to.equal('history');
    expect(parameter(statusOf(json), 'type').valueCode).to.equal('query-event');
    expect(eventNumbers(json)).to.deep.equal(['2']);
    expect(json.entry).to.have.length(1);
  });

  it('sends heartbeats at the subscription heartbeat period', async () => {
    const id = await createSubscription({ heartbeat: 1 });
    const { socket } = await bound(id);
    const heartbeat = await socket.next((bundle) => typeOf(bundle) === 'heartbeat', 2500);
    expect(parameter(statusOf(heartbeat), 'events-since-subscription-start').valueString).to.equal('0');
  });

  it('refuses an unknown or already used token with an OperationOutcome, and binds nothing', async () => {
    const id = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`] });
    const { token, url } = await bindingToken(id);
    const socket = new Socket(url);
    sockets.push(socket);
    await socket.opened();
    socket.ws.send('bind-with-token not-a-token');
    const refused = await socket.next();
    expect(refused.resourceType).to.equal('OperationOutcome');
    expect(refused.issue[0].code).to.equal('security');
    socket.ws.send(`bind-with-token ${token}`);
    expect(typeOf(await socket.next())).to.equal('handshake');
    socket.ws.send(`bind-with-token ${token}`);
    expect((await socket.next()).resourceType).to.equal('OperationOutcome');
    socket.ws.send('hello');
    expect((await socket.next()).issue[0].code).to.equal('invalid');
  });

  it('binds one socket to several subscriptions with one token (a handshake each), and stops when a Subscription is set off', async () => {
    const first = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`] });
    const second = await createSubscription({ filters: ['Task?requester=PractitionerRole/psychiatrist-role'] });
    const { status, json } = await fhir('GET', `/Subscription/$get-ws-binding-token?id=${first}&id=${second}`);
    expect(status).to.equal(200);
    expect((json.parameter as Json[]).filter((one) => one.name === 'subscription')).to.have.length(2);
    const socket = new Socket(parameter(json, 'websocket-url').valueUrl);
    sockets.push(socket);
    await socket.opened();
    socket.ws.send(`bind-with-token ${parameter(json, 'token').valueString}`);
    const subscriptionOf = (bundle: Json): string => parameter(statusOf(bundle), 'subscription').valueReference.reference;
    const handshakes = [await socket.next(), await socket.next()].map(subscriptionOf);
    expect(handshakes).to.have.members([`${fhirBaseUrl()}/Subscription/${first}`, `${fhirBaseUrl()}/Subscription/${second}`]);
    await updateSeedTask({ status: 'in-progress' });
    const events = [await socket.next(isEvent), await socket.next(isEvent)].map(subscriptionOf);
    expect(events).to.have.members(handshakes);

    const { json: stored } = await fhir('GET', `/Subscription/${second}`);
    expect((await fhir('PUT', `/Subscription/${second}`, { ...stored, status: 'off' })).status).to.equal(200);
    await updateSeedTask({ status: 'completed' });
    expect(subscriptionOf(await socket.next(isEvent))).to.equal(`${fhirBaseUrl()}/Subscription/${first}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(socket.messages.filter(isEvent)).to.have.length(0);
  });

  it('logs websocket upgrades as GET /ws and applies fault rules aimed at /ws only', async () => {
    const id = await createSubscription();
    const first = await bindingToken(id);
    const second = await bindingToken(id);
    await setFaults([{ fault: '503' }, { pathIncludes: '/ws', fault: '503' }]);
    const refused = new Socket(first.url);
    sockets.push(refused);
    let failed = false;
    await refused.opened().catch(() => {
      failed = true;
    });
    expect(failed).to.equal(true);
    const socket = new Socket(second.url);
    sockets.push(socket);
    await socket.opened();
    socket.ws.send(`bind-with-token ${second.token}`);
    expect(typeOf(await socket.next())).to.equal('handshake');
    const upgrades = await serverRequests({ pathIncludes: '/ws' });
    expect(upgrades.map((one) => [one.method, one.path, one.status])).to.deep.equal([
      ['GET', '/ws', 503],
      ['GET', '/ws', 101],
    ]);
    // The catch-all rule was left for the next FHIR request.
    expect((await fhir('GET', '/metadata')).status).to.equal(503);
  });

  it('$status reports the events since the subscription started', async () => {
    const id = await createSubscription({ filters: [`Task?_id=${SEED_TASK}`] });
    await updateSeedTask({ status: 'in-progress' });
    const { status, json } = await fhir('GET', `/Subscription/${id}/$status`);
    expect(status).to.equal(200);
    expect(json.type).to.equal('searchset');
    const parameters = json.entry[0].resource;
    expect(parameter(parameters, 'type').valueCode).to.equal('query-status');
    expect(parameter(parameters, 'events-since-subscription-start').valueString).to.equal('1');
  });

  it('drop-sockets closes every websocket (a close frame, or an abrupt drop)', async () => {
    const id = await createSubscription();
    const { socket: gentle } = await bound(id);
    const { socket: abrupt } = await bound(id);
    expect(await dropSockets()).to.equal(2);
    expect((await gentle.closed).code).to.equal(1001);
    const { socket: third } = await bound(id);
    expect(await dropSockets(true)).to.equal(1);
    expect((await third.closed).code).to.equal(1006);
    expect(abrupt.ws.readyState).to.equal(WebSocket.CLOSED);
  });

  it('with subscriptions switched off: no advertisement, create refused, token 404, websocket refused; reset turns them on again', async () => {
    const id = await createSubscription();
    await setSubscriptionsEnabled(false);
    const { json: metadata } = await fhir('GET', '/metadata');
    expect(metadata.rest[0].extension).to.equal(undefined);
    expect((metadata.rest[0].resource as Json[]).map((one) => one.type)).not.to.include('Subscription');
    const create = await fhir('POST', '/Subscription', subscriptionBody());
    expect(create.status).to.equal(400);
    expect(create.json.issue[0].code).to.equal('not-supported');
    expect((await fhir('GET', `/Subscription/${id}/$get-ws-binding-token`)).status).to.equal(404);
    const socket = new Socket(`${fhirBaseUrl().replace(/^http/, 'ws').replace(/\/fhir$/, '')}/ws`);
    sockets.push(socket);
    let failed = false;
    await socket.opened().catch(() => {
      failed = true;
    });
    expect(failed).to.equal(true);
    await resetServer();
    const { json: again } = await fhir('GET', '/metadata');
    expect((again.rest[0].resource as Json[]).map((one) => one.type)).to.include('Subscription');
  });
});
