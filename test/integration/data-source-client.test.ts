// FhirRestDataSource over a host's SMART client (the fhirclient shape) against the in-memory FHIR
// server, over real HTTP.
import { expect } from '@open-wc/testing';
import {
  ConflictError,
  createFhirDataSource,
  FhirRestDataSource,
  NetworkError,
  NotFoundError,
  TimeoutError,
  ValidationError,
  type FhirRequestClient,
} from '../../src/data/index.js';
import { DROP_EVERY_ATTEMPT, fhirBaseUrl, resetServer, setFaults } from '../helpers/fhir-server.js';
import { ifNoneExist, referralRequest, rejectionOf } from '../helpers/data-source.js';

/**
 * The smallest fhirclient-like client: resolves relative URLs against its server, returns the
 * parsed body, and throws like fhirclient's HttpError (status, statusCode, response, and a message
 * that embeds the response body).
 */
function minimalClient(serverUrl: string, calls: string[]): FhirRequestClient & { state: { serverUrl: string } } {
  return {
    state: { serverUrl },
    async request(requestOrUrl) {
      const req = typeof requestOrUrl === 'string' ? { url: requestOrUrl } : requestOrUrl;
      const url = /^https?:/.test(req.url) ? req.url : `${serverUrl.replace(/\/+$/, '')}/${req.url.replace(/^\/+/, '')}`;
      calls.push(url);
      const response = await fetch(url, {
        method: req.method ?? 'GET',
        headers: { ...req.headers, Authorization: 'Bearer test-token' },
        body: req.body ?? null,
        signal: req.signal ?? null,
      });
      if (!response.ok) {
        const text = await response.clone().text();
        throw Object.assign(new Error(`${response.status} ${response.statusText}\nURL: ${url}\n\n${text}`), {
          status: response.status,
          statusCode: response.status,
          response,
        });
      }
      const text = await response.text();
      return text ? (JSON.parse(text) as unknown) : '';
    },
  };
}

describe('FhirRestDataSource with a host client (fhirclient shape)', () => {
  beforeEach(() => resetServer());

  it('reads, searches across pages, creates and updates through the client', async () => {
    const calls: string[] = [];
    const source = new FhirRestDataSource({ client: minimalClient(fhirBaseUrl(), calls) });
    expect((await source.read('Patient', 'maria-alvarez')).id).to.equal('maria-alvarez');
    const roles = await source.search('PractitionerRole', { _count: '5' });
    expect(roles.resources).to.have.length(8);
    expect(roles.truncated).to.equal(false);
    const created = await source.create(referralRequest('key-client'), { ifNoneExist: ifNoneExist('key-client') });
    const again = await source.create(referralRequest('key-client'), { ifNoneExist: ifNoneExist('key-client') });
    expect(again.id).to.equal(created.id);
    expect(calls.every((url) => url.startsWith(fhirBaseUrl()))).to.equal(true);
  });

  it('sees a status change on the next read (no stale cached answer)', async () => {
    const source = new FhirRestDataSource({ client: minimalClient(fhirBaseUrl(), []) });
    const before = await source.read('Task', 'referral-peer-2026-09-task');
    // Changed through the base URL (a transaction), so the browser has no reason to drop a cached read.
    await createFhirDataSource({ baseUrl: fhirBaseUrl() }).transaction({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: { ...before, status: 'in-progress' }, request: { method: 'PUT', url: 'Task/referral-peer-2026-09-task' } }],
    });
    const after = await source.read('Task', 'referral-peer-2026-09-task');
    expect(after.status).to.equal('in-progress');
  });

  it("maps the client's errors to ours, with the outcome but not the client's message", async () => {
    const source = new FhirRestDataSource({ client: minimalClient(fhirBaseUrl(), []) });
    const notFound = await rejectionOf(source.read('Patient', 'missing-one'));
    expect(notFound).to.be.instanceOf(NotFoundError);
    const invalid = await rejectionOf(source.create({ ...referralRequest('key-bad'), intent: 'wish' }));
    expect(invalid).to.be.instanceOf(ValidationError);
    expect((invalid as ValidationError).outcomeText).to.contain('request-intent');
    expect(invalid.message).not.to.contain('PRIVATE-NOTE-TEXT');
  });

  it('reads the outcome from an older client error that carries `body` instead of `response`', async () => {
    const client: FhirRequestClient = {
      async request() {
        const body = {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'conflict', diagnostics: 'Version conflict' }],
        };
        throw Object.assign(new Error('412 Precondition Failed'), { statusCode: 412, body });
      },
    };
    const error = await rejectionOf(new FhirRestDataSource({ client }).read('Task', 'x'));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).outcomeText).to.equal('Version conflict');
  });

  it('times out a client that never answers, even if it ignores the signal', async () => {
    const client: FhirRequestClient = { request: () => new Promise(() => {}) };
    const error = await rejectionOf(new FhirRestDataSource({ client, timeoutMs: 100 }).read('Patient', 'maria-alvarez'));
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('turns a client failure without a status into a NetworkError', async () => {
    await setFaults([{ fault: 'drop', resourceType: 'Patient', times: DROP_EVERY_ATTEMPT }]);
    const error = await rejectionOf(new FhirRestDataSource({ client: minimalClient(fhirBaseUrl(), []) }).read('Patient', 'maria-alvarez'));
    expect(error).to.be.instanceOf(NetworkError);
  });
});
