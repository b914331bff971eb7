// The in-memory FHIR server's R4 Subscriptions Backport, as a browser client sees it over real HTTP
// and WebSocket: topic discovery, Subscription create, $get-ws-binding-token, bind-with-token,
// handshake / heartbeat / event-notification bundles, filters, dropped sockets, and a server with
// subscriptions switched off.
import { expect } from '@open-wc/testing';
import { fhirBaseUrl, resetServer } from '../helpers/fhir-server.js';
import {
  TOPIC,
  SD,
  fhir,
  subscriptionBody,
  createSubscription,
  parameter,
  sockets,
  bound,
  statusOf,
  isEvent,
  focusOf,
  eventNumbers,
  newTask,
  createTask,
  SEED_TASK,
  updateSeedTask,
  type Json,
  type SubscriptionOptions,
} from '../helpers/subscriptions.js';

describe('in-memory FHIR server: R4 Subscriptions Backport', () => {
  beforeEach(() => resetServer());
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });

  it('advertises the backport in metadata: websocket URL, Subscription profile, topic and $get-ws-binding-token', async () => {
    const { json } = await fhir('GET', '/metadata');
    const rest = json.rest[0];
    const websocket = (rest.extension as Json[]).find(
      (one) => one.url === 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket',
    );
    expect(websocket.valueUri).to.equal(
      `${fhirBaseUrl()
        .replace(/^http/, 'ws')
        .replace(/\/fhir$/, '')}/ws`,
    );
    const subscription = (rest.resource as Json[]).find((one) => one.type === 'Subscription');
    expect(subscription.supportedProfile).to.deep.equal([`${SD}/backport-subscription`]);
    expect(subscription.extension).to.deep.include({ url: `${SD}/capabilitystatement-subscriptiontopic-canonical`, valueCanonical: TOPIC });
    expect((subscription.operation as Json[]).map((one) => one.name)).to.include.members(['get-ws-binding-token', 'status', 'events']);
    expect(json.instantiates).to.include(
      'http://hl7.org/fhir/uv/subscriptions-backport/CapabilityStatement/backport-subscription-server-r4',
    );
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
      entry: [
        {
          fullUrl: 'urn:uuid:b1',
          resource: newTask({ identifier: [{ system: 'urn:test', value: 'tx' }] }),
          request: { method: 'POST', url: 'Task' },
        },
      ],
    });
    expect(transaction.status).to.equal(200);
    const txTaskId = transaction.json.entry[0].resource.id;
    const fromTransaction = await socket.next(isEvent);
    expect(focusOf(fromTransaction)).to.deep.equal([`${fhirBaseUrl()}/Task/${txTaskId}`]);
    expect(eventNumbers(fromTransaction)).to.deep.equal(['1']);

    const conditional = await fhir('POST', '/Task', newTask({ identifier: [{ system: 'urn:test', value: 'cond' }] }), {
      'If-None-Exist': 'identifier=urn:test|cond',
    });
    expect(conditional.status).to.equal(201);
    const fromConditional = await socket.next(isEvent);
    expect(focusOf(fromConditional)).to.deep.equal([`${fhirBaseUrl()}/Task/${conditional.json.id}`]);
    const again = await fhir('POST', '/Task', newTask({ identifier: [{ system: 'urn:test', value: 'cond' }] }), {
      'If-None-Exist': 'identifier=urn:test|cond',
    });
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
      filters: [
        'patient=maria-alvarez',
        `Task?focus=${fhirBaseUrl()}/ServiceRequest/referral-peer-2026-09`,
        'Task.requester=PractitionerRole/psychiatrist-role',
      ],
    });
    const { socket } = await bound(id);
    await updateSeedTask({ status: 'in-progress' });
    expect(focusOf(await socket.next(isEvent))).to.deep.equal([`${fhirBaseUrl()}/Task/${SEED_TASK}`]);
  });
});
