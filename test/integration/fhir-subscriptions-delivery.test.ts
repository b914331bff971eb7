// The in-memory FHIR server's R4 Subscriptions Backport, continued: $events, heartbeats, tokens,
// several subscriptions on one socket, faults on /ws, $status, dropped sockets, and a server with
// subscriptions switched off.
import { expect } from '@open-wc/testing';
import { dropSockets, fhirBaseUrl, resetServer, serverRequests, setFaults, setSubscriptionsEnabled } from '../helpers/fhir-server.js';
import {
  fhir,
  subscriptionBody,
  createSubscription,
  parameter,
  bindingToken,
  Socket,
  sockets,
  bound,
  statusOf,
  typeOf,
  isEvent,
  eventNumbers,
  SEED_TASK,
  updateSeedTask,
  type Json,
} from '../helpers/subscriptions.js';

describe('in-memory FHIR server: R4 Subscriptions Backport, delivery', () => {
  beforeEach(() => resetServer());
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
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
    const socket = new Socket(
      `${fhirBaseUrl()
        .replace(/^http/, 'ws')
        .replace(/\/fhir$/, '')}/ws`,
    );
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
