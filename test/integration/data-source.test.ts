// FhirRestDataSource against the in-memory FHIR server, over real HTTP. Faults (503, dropped and
// lost connections, slow answers) are injected on the server, never by stubbing fetch.
import { expect } from '@open-wc/testing';
import type { Bundle } from '../../src/fhir/types.js';
import { SYSTEM } from '../../src/fhir/extensions.js';
import {
  AbortError,
  ConflictError,
  createFhirDataSource,
  FhirRestDataSource,
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  TimeoutError,
  ValidationError,
} from '../../src/data/index.js';
import {
  countResources,
  DROP_EVERY_ATTEMPT,
  fhirBaseUrl,
  readResource,
  resetServer,
  serverRequests,
  setFaults,
} from '../helpers/fhir-server.js';
import { ifNoneExist, referralRequest, rejectionOf } from '../helpers/data-source.js';

describe('FhirRestDataSource (HTTP, in-memory FHIR server)', () => {
  let source: FhirRestDataSource;

  beforeEach(async () => {
    await resetServer();
    source = createFhirDataSource({ baseUrl: fhirBaseUrl(), timeoutMs: 5000 });
  });

  describe('read', () => {
    it('reads a resource by type and id', async () => {
      const patient = await source.read('Patient', 'maria-alvarez');
      expect(patient.resourceType).to.equal('Patient');
      expect(patient.id).to.equal('maria-alvarez');
      expect(patient.meta?.versionId).to.equal('1');
    });

    it('rejects with a NotFoundError (an HttpError, kind not-found) for a missing id', async () => {
      const error = await rejectionOf(source.read('Patient', 'no-such-patient'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect(error).to.be.instanceOf(HttpError);
      expect((error as NotFoundError).kind).to.equal('not-found');
      expect((error as NotFoundError).status).to.equal(404);
      expect(error.name).to.equal('NotFoundError');
      expect(error.message).not.to.contain('no-such-patient');
    });

    it('refuses an unsafe id without sending anything', async () => {
      const error = await rejectionOf(source.read('Patient', '../__admin/reset'));
      expect(error).to.be.instanceOf(InvalidRequestError);
      expect(await serverRequests()).to.have.length(0);
    });
  });

  describe('search', () => {
    it('follows next links page by page and returns every match', async () => {
      const result = await source.search('PractitionerRole', { _count: '3' });
      expect(result.resources).to.have.length(8);
      expect(new Set(result.resources.map((r) => r.id)).size).to.equal(8);
      expect(result.total).to.equal(8);
      expect(result.truncated).to.equal(false);
      expect(await serverRequests({ method: 'GET', pathIncludes: '/PractitionerRole' })).to.have.length(3);
    });

    it('stops at maxPages and reports the result as truncated', async () => {
      const result = await source.search('PractitionerRole', { _count: '3' }, { maxPages: 2 });
      expect(result.resources).to.have.length(6);
      expect(result.truncated).to.equal(true);
      expect(await serverRequests({ method: 'GET', pathIncludes: '/PractitionerRole' })).to.have.length(2);
    });

    it('separates _include results from matches and accepts URLSearchParams and repeated params', async () => {
      const params = new URLSearchParams([
        ['_id', 'maria-care-team'],
        ['_include', 'CareTeam:participant'],
      ]);
      const result = await source.search('CareTeam', params);
      expect(result.resources.map((r) => r.id)).to.deep.equal(['maria-care-team']);
      expect(result.included.map((r) => `${r.resourceType}/${r.id}`)).to.include('PractitionerRole/peer-rosa-role');
      const roles = await source.search('PractitionerRole', { _id: ['peer-rosa-role,peer-marcus-role'] });
      expect(roles.resources.map((r) => r.id).sort()).to.deep.equal(['peer-marcus-role', 'peer-rosa-role']);
    });

    it('never follows a next link to another origin, and says the result is incomplete', async () => {
      const asked: string[] = [];
      const rewriting: typeof fetch = async (input, init) => {
        asked.push(input instanceof Request ? input.url : String(input));
        const response = await fetch(input, init);
        const bundle = (await response.json()) as Bundle;
        for (const link of bundle.link ?? [])
          if (link.relation === 'next') link.url = link.url.replace(/^http:\/\/[^/]+/, 'https://elsewhere.example');
        return new Response(JSON.stringify(bundle), { status: response.status, headers: response.headers });
      };
      const guarded = new FhirRestDataSource({ baseUrl: fhirBaseUrl(), fetch: rewriting });
      const result = await guarded.search('PractitionerRole', { _count: '3' });
      expect(result.resources).to.have.length(3);
      expect(result.truncated).to.equal(true);
      expect(asked).to.have.length(1);
      expect(asked.every((url) => url.startsWith(fhirBaseUrl()))).to.equal(true);
    });

    it('follows next links that page through the base itself, as HAPI sends them', async () => {
      // A HAPI-style front: next links become `<base>?_getpages=<real query>`, mapped back here.
      const hapiStyle: typeof fetch = async (input, init) => {
        const pages = new URL(input instanceof Request ? input.url : String(input)).searchParams.get('_getpages');
        const response = await fetch(pages ? `${fhirBaseUrl()}/${pages}` : input, init);
        const bundle = (await response.json()) as Bundle;
        for (const link of bundle.link ?? []) {
          if (link.relation === 'next')
            link.url = `${fhirBaseUrl()}?_getpages=${encodeURIComponent(link.url.slice(fhirBaseUrl().length + 1))}`;
        }
        return new Response(JSON.stringify(bundle), { status: response.status, headers: response.headers });
      };
      const result = await new FhirRestDataSource({ baseUrl: fhirBaseUrl(), fetch: hapiStyle }).search('PractitionerRole', { _count: '3' });
      expect(result.resources).to.have.length(8);
      expect(result.truncated).to.equal(false);
    });

    it('never follows a next link outside the base path on the same origin', async () => {
      const rewriting: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const bundle = (await response.json()) as Bundle;
        for (const link of bundle.link ?? []) if (link.relation === 'next') link.url = link.url.replace('/fhir/', '/__admin/');
        return new Response(JSON.stringify(bundle), { status: response.status, headers: response.headers });
      };
      const result = await new FhirRestDataSource({ baseUrl: fhirBaseUrl(), fetch: rewriting }).search('Practitioner', { _count: '2' });
      expect(result.resources).to.have.length(2);
      expect(result.truncated).to.equal(true);
    });
  });

  describe('create', () => {
    it('creates once when the same conditional create is sent twice', async () => {
      const first = await source.create(referralRequest('key-twice'), { ifNoneExist: ifNoneExist('key-twice') });
      const second = await source.create(referralRequest('key-twice'), { ifNoneExist: ifNoneExist('key-twice') });
      expect(first.id).to.be.a('string');
      expect(second.id).to.equal(first.id);
      expect(await countResources('ServiceRequest', { identifier: `${SYSTEM.referralKey}|key-twice` })).to.equal(1);
    });

    it('lets the server assign the id, even when the resource carries one', async () => {
      const created = await source.create({ ...referralRequest('key-id'), id: 'client-chosen', meta: { versionId: '7' } });
      expect(created.id).not.to.equal('client-chosen');
      expect(created.meta?.versionId).to.equal('1');
    });

    it('reads the resource back from Location when the server answers with an empty body', async () => {
      const minimal: typeof fetch = (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Prefer: 'return=minimal' } });
      const created = await new FhirRestDataSource({ baseUrl: fhirBaseUrl(), fetch: minimal }).create(referralRequest('key-minimal'));
      expect(created.resourceType).to.equal('ServiceRequest');
      expect(created.id).to.be.a('string');
      const requests = await serverRequests();
      expect(requests.map((r) => `${r.method} ${r.status}`)).to.deep.equal(['POST 201', 'GET 200']);
    });

    it('reports a 400 with the OperationOutcome text and without the resource content', async () => {
      const invalid = { ...referralRequest('key-invalid'), status: 'not-a-status' };
      const error = await rejectionOf(source.create(invalid));
      expect(error).to.be.instanceOf(ValidationError);
      const validation = error as ValidationError;
      expect(validation.kind).to.equal('validation');
      expect(validation.status).to.equal(400);
      expect(validation.outcomeText).to.contain('request-status');
      expect(validation.message).to.contain(validation.outcomeText);
      expect(validation.message).to.contain('create ServiceRequest');
      expect(validation.message).not.to.contain('PRIVATE-NOTE-TEXT');
      expect(validation.outcome?.resourceType).to.equal('OperationOutcome');
    });
  });

  describe('update', () => {
    it('updates with If-Match of the version read and gets the next version', async () => {
      const task = await source.read('Task', 'referral-peer-2026-09-task');
      const updated = await source.update({ ...task, status: 'in-progress' });
      expect(updated.meta?.versionId).to.equal('2');
      expect(updated.status).to.equal('in-progress');
    });

    it('rejects a stale If-Match with a ConflictError and leaves the resource unchanged', async () => {
      const task = await source.read('Task', 'referral-peer-2026-09-task');
      await source.update({ ...task, status: 'in-progress' });
      const error = await rejectionOf(source.update({ ...task, status: 'completed' }));
      expect(error).to.be.instanceOf(ConflictError);
      expect((error as ConflictError).kind).to.equal('conflict');
      expect((error as ConflictError).status).to.equal(412);
      const stored = await readResource<{ status: string }>('Task', 'referral-peer-2026-09-task');
      expect(stored.status).to.equal('in-progress');
    });

    it('accepts an explicit ETag-form If-Match', async () => {
      const task = await source.read('Task', 'referral-peer-2026-09-task');
      const error = await rejectionOf(source.update({ ...task, status: 'on-hold', statusReason: { text: 'x' } }, { ifMatch: 'W/"9"' }));
      expect(error).to.be.instanceOf(ConflictError);
      const ok = await source.update({ ...task, status: 'on-hold', statusReason: { text: 'Client travelling' } }, { ifMatch: 'W/"1"' });
      expect(ok.meta?.versionId).to.equal('2');
    });
  });

  describe('transaction', () => {
    it('posts a referral bundle once, even when it is retried', async () => {
      const bundle: Bundle = {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            fullUrl: 'urn:uuid:0b4c4a38-4b0e-4e57-8d8e-0a6c5f4d2e11',
            resource: referralRequest('key-tx'),
            request: { method: 'POST', url: 'ServiceRequest', ifNoneExist: ifNoneExist('key-tx') },
          },
          {
            resource: {
              resourceType: 'Task',
              status: 'requested',
              intent: 'order',
              focus: { reference: 'urn:uuid:0b4c4a38-4b0e-4e57-8d8e-0a6c5f4d2e11' },
              for: { reference: 'Patient/maria-alvarez' },
            },
            request: { method: 'POST', url: 'Task' },
          },
        ],
      };
      const first = await source.transaction(bundle);
      expect(first.type).to.equal('transaction-response');
      expect(first.entry?.[0]?.response?.status).to.match(/^201/);
      const requestId = first.entry?.[0]?.resource?.id;
      expect((first.entry?.[1]?.resource as { focus?: { reference?: string } }).focus?.reference).to.equal(`ServiceRequest/${requestId}`);
      const again = await source.transaction(structuredClone(bundle));
      expect(again.entry?.[0]?.response?.status).to.match(/^200/);
      expect(await countResources('ServiceRequest', { identifier: `${SYSTEM.referralKey}|key-tx` })).to.equal(1);
    });
  });

  describe('failures', () => {
    it('turns an answer later than timeoutMs into a TimeoutError', async () => {
      await setFaults([{ fault: 'slow', delayMs: 1500, resourceType: 'Patient' }]);
      const started = performance.now();
      const error = await rejectionOf(source.read('Patient', 'maria-alvarez', { timeoutMs: 300 }));
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).kind).to.equal('timeout');
      expect((error as TimeoutError).retryable).to.equal(true);
      expect(performance.now() - started).to.be.below(1400);
    });

    it('turns a 503 into an HttpError with the outcome text, marked retryable', async () => {
      await setFaults([{ fault: '503', resourceType: 'CareTeam' }]);
      const error = await rejectionOf(source.read('CareTeam', 'maria-care-team'));
      expect(error).to.be.instanceOf(HttpError);
      const http = error as HttpError;
      expect(http.kind).to.equal('http');
      expect(http.status).to.equal(503);
      expect(http.retryable).to.equal(true);
      expect(http.outcomeText).to.contain('temporarily unavailable');
    });

    it('turns a dropped connection into a NetworkError', async () => {
      await setFaults([{ fault: 'drop', method: 'GET', resourceType: 'Goal', times: DROP_EVERY_ATTEMPT }]);
      let calls = 0;
      const counting: typeof fetch = (input, init) => {
        calls += 1;
        return fetch(input, init);
      };
      const error = await rejectionOf(new FhirRestDataSource({ baseUrl: fhirBaseUrl(), fetch: counting }).read('Goal', 'goal-work'));
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).kind).to.equal('network');
      // The data source never retries by itself (the browser's network layer may: Firefox does).
      expect(calls).to.equal(1);
    });

    it('recovers from a lost response: the retry of a conditional create finds the first one', async () => {
      await setFaults([{ fault: 'lost-response', method: 'POST', resourceType: 'ServiceRequest' }]);
      const request = referralRequest('key-lost');
      const error = await rejectionOf(source.create(request, { ifNoneExist: ifNoneExist('key-lost') }));
      expect(error).to.be.instanceOf(NetworkError);
      expect(await countResources('ServiceRequest', { identifier: `${SYSTEM.referralKey}|key-lost` })).to.equal(1);
      const retried = await source.create(request, { ifNoneExist: ifNoneExist('key-lost') });
      expect(retried.id).to.be.a('string');
      expect(await countResources('ServiceRequest', { identifier: `${SYSTEM.referralKey}|key-lost` })).to.equal(1);
    });

    it("rejects with an AbortError when the caller's signal fires", async () => {
      await setFaults([{ fault: 'slow', delayMs: 1000, resourceType: 'Patient' }]);
      const controller = new AbortController();
      const pending = source.read('Patient', 'maria-alvarez', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const error = await rejectionOf(pending);
      expect(error).to.be.instanceOf(AbortError);
      expect(error.name).to.equal('AbortError');
    });
  });
});
