// SharedReadsDataSource over FhirRestDataSource and real HTTP to the in-memory FHIR server: what
// the server is asked, counted in its request log, when several callers want the same resource.
import { expect } from '@open-wc/testing';
import { AbortError, FhirRestDataSource, isDataSourceError } from '../../src/data/index.js';
import { SharedReadsDataSource } from '../../src/data/shared-reads.js';
import type { Resource } from '../../src/fhir/types.js';
import { changeResource, clearServerRequests, fhirBaseUrl, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { rejectionOf } from '../helpers/data-source.js';

const gets = async (pathIncludes: string) => (await serverRequests({ method: 'GET', pathIncludes })).length;

describe('SharedReadsDataSource (HTTP, in-memory FHIR server)', () => {
  let source: SharedReadsDataSource;

  beforeEach(async () => {
    await resetServer();
    await clearServerRequests();
    source = new SharedReadsDataSource(new FhirRestDataSource({ baseUrl: fhirBaseUrl(), timeoutMs: 5000 }));
  });

  it('joins identical reads in flight: one GET for three callers, each with its own copy', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => source.read('Patient', 'maria-alvarez')));
    expect(await gets('/Patient/maria-alvarez')).to.equal(1);
    expect(a).to.deep.equal(b);
    expect(a).to.deep.equal(c);
    (a as Resource & { gender?: string }).gender = 'changed by one element';
    expect((b as Resource & { gender?: string }).gender).to.not.equal('changed by one element');
  });

  it('reuses a read for later reads, and a copy that a caller changes is not what the next one gets', async () => {
    const first = await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado');
    first.active = false;
    const again = await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado');
    expect(await gets('/Practitioner/rosa-delgado')).to.equal(1);
    expect(again.active).to.not.equal(false);
  });

  it('reuses what a search found (matches and _include) for reads of those resources', async () => {
    await source.search('CareTeam', { subject: 'Patient/maria-alvarez', _include: 'CareTeam:participant' });
    await source.read('CareTeam', 'maria-care-team');
    await source.read('PractitionerRole', 'peer-rosa-role');
    expect(await gets('/CareTeam/maria-care-team')).to.equal(0);
    expect(await gets('/PractitionerRole/peer-rosa-role')).to.equal(0);
  });

  it('joins identical searches in flight but runs a later one again (a search is never reused)', async () => {
    const params = { patient: 'Patient/maria-alvarez', code: 'fulfill' };
    await Promise.all([source.search('Task', params), source.search('Task', params)]);
    expect(await gets('/Task?')).to.equal(1);
    await source.search('Task', params);
    expect(await gets('/Task?')).to.equal(2);
  });

  it('a fresh read asks the server and replaces the kept copy', async () => {
    await source.read('Task', 'referral-peer-2026-09-task');
    await changeResource('Task', 'referral-peer-2026-09-task', { status: 'on-hold' });
    await clearServerRequests(); // the helper's own read and write
    expect((await source.read<Resource & { status?: string }>('Task', 'referral-peer-2026-09-task')).status).to.not.equal('on-hold');
    const fresh = await source.read<Resource & { status?: string }>('Task', 'referral-peer-2026-09-task', { fresh: true });
    expect(fresh.status).to.equal('on-hold');
    expect((await source.read<Resource & { status?: string }>('Task', 'referral-peer-2026-09-task')).status).to.equal('on-hold');
    expect(await gets('/Task/referral-peer-2026-09-task'), 'the fresh read only').to.equal(1);
  });

  it('a write through it replaces the kept copy with what the server saved', async () => {
    const practitioner = await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado');
    const saved = await source.update({ ...practitioner, active: false });
    const again = await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado');
    expect(again.active).to.equal(false);
    expect(again.meta?.versionId).to.equal(saved.meta?.versionId);
    expect(await gets('/Practitioner/rosa-delgado')).to.equal(1);
  });

  it('a conflicting write forgets the kept copy, so the next read shows what the other user saved', async () => {
    const stale = await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado');
    await changeResource('Practitioner', 'rosa-delgado', { active: false });
    await rejectionOf(source.update({ ...stale, active: true }));
    expect((await source.read<Resource & { active?: boolean }>('Practitioner', 'rosa-delgado')).active).to.equal(false);
  });

  it('keeps no failure: a read that failed is asked again', async () => {
    await setFaults([{ method: 'GET', pathIncludes: '/Organization/peerbridge-program', fault: '500' }]);
    await rejectionOf(source.read('Organization', 'peerbridge-program'));
    const organization = await source.read('Organization', 'peerbridge-program');
    expect(organization.id).to.equal('peerbridge-program');
    expect(await gets('/Organization/peerbridge-program')).to.equal(2);
  });

  it('one caller giving up does not cancel the request for another; the last one does', async () => {
    await setFaults([{ method: 'GET', pathIncludes: '/Patient/maria-alvarez', fault: 'slow', delayMs: 300 }]);
    const leaving = new AbortController();
    const first = source.read('Patient', 'maria-alvarez', { signal: leaving.signal });
    const second = source.read('Patient', 'maria-alvarez', { signal: new AbortController().signal });
    leaving.abort();
    const error = await rejectionOf(first);
    expect(error).to.be.instanceOf(AbortError);
    expect((await second).id).to.equal('maria-alvarez');

    const only = new AbortController();
    await setFaults([{ method: 'GET', pathIncludes: '/Patient/maria-alvarez', fault: 'slow', delayMs: 300 }]);
    const fresh = source.read('Patient', 'maria-alvarez', { signal: only.signal, fresh: true });
    only.abort();
    const abandoned = await rejectionOf(fresh);
    expect(isDataSourceError(abandoned) && abandoned.kind).to.equal('aborted');
    // A new caller after everyone gave up starts its own request rather than joining the cancelled one.
    expect((await source.read('Patient', 'maria-alvarez', { fresh: true })).id).to.equal('maria-alvarez');
  });

  describe('readMany: several resources of one type', () => {
    const ROLES = ['peer-rosa-role', 'therapist-role', 'psychiatrist-role'];

    it('reads them with one _id search, in the order asked, and reuses them for later reads', async () => {
      const roles = await source.readMany('PractitionerRole', ROLES);
      expect(roles.map((role) => role.id)).to.deep.equal(ROLES);
      const requests = await serverRequests({ method: 'GET' });
      expect(requests).to.have.length(1);
      expect(decodeURIComponent(requests[0].path)).to.contain('_id=peer-rosa-role,therapist-role,psychiatrist-role');
      await source.read('PractitionerRole', 'therapist-role');
      expect(await serverRequests({ method: 'GET' })).to.have.length(1);
    });

    it('asks only for those it does not hold, and a read while the batch is in flight joins it', async () => {
      await source.read('PractitionerRole', 'peer-rosa-role');
      await clearServerRequests();
      const [roles, single] = await Promise.all([
        source.readMany('PractitionerRole', ROLES),
        source.read('PractitionerRole', 'therapist-role'),
      ]);
      expect(roles).to.have.length(3);
      expect(single.id).to.equal('therapist-role');
      const requests = await serverRequests({ method: 'GET' });
      expect(requests.map((request) => decodeURIComponent(request.path))).to.deep.equal([
        '/fhir/PractitionerRole?_id=therapist-role,psychiatrist-role&_count=2',
      ]);
    });

    it('joins a single read already on its way rather than asking for that resource again', async () => {
      const leaving = new AbortController();
      const single = source.read('PractitionerRole', 'peer-rosa-role', { signal: leaving.signal });
      const many = source.readMany('PractitionerRole', ROLES);
      leaving.abort(); // the single read's own caller gives up: the batch still gets the resource
      await rejectionOf(single);
      expect((await many).map((role) => role.id)).to.deep.equal(ROLES);
      const paths = (await serverRequests({ method: 'GET' })).map((request) => decodeURIComponent(request.path));
      expect(paths, paths.join(' ')).to.have.length(2);
      expect(paths).to.include('/fhir/PractitionerRole?_id=therapist-role,psychiatrist-role&_count=2');
    });

    it('leaves out one that is gone, after reading it on its own to be sure', async () => {
      const roles = await source.readMany('PractitionerRole', ['peer-rosa-role', 'no-such-role']);
      expect(roles.map((role) => role.id)).to.deep.equal(['peer-rosa-role']);
      expect(await gets('/PractitionerRole/no-such-role')).to.equal(1);
    });

    it('reads one by one when the server refuses the search (403), and finds them all', async () => {
      await setFaults([{ method: 'GET', pathIncludes: '/PractitionerRole?', fault: '403' }]);
      const roles = await source.readMany('PractitionerRole', ROLES);
      expect(roles.map((role) => role.id)).to.have.members(ROLES);
      expect(await gets('/PractitionerRole/')).to.equal(3);
    });

    it('fails on a failure a retry may fix (503), and keeps nothing from it', async () => {
      await setFaults([{ method: 'GET', pathIncludes: '/PractitionerRole?', fault: '503' }]);
      const error = await rejectionOf(source.readMany('PractitionerRole', ROLES));
      expect(isDataSourceError(error) && error.retryable).to.equal(true);
      expect(await source.readMany('PractitionerRole', ROLES)).to.have.length(3);
    });

    it('a caller that gives up gets an AbortError; the batch still serves the others', async () => {
      await setFaults([{ method: 'GET', pathIncludes: '/PractitionerRole?', fault: 'slow', delayMs: 300 }]);
      const leaving = new AbortController();
      const first = source.readMany('PractitionerRole', ROLES, { signal: leaving.signal });
      const second = source.readMany('PractitionerRole', ROLES);
      leaving.abort();
      expect(await rejectionOf(first)).to.be.instanceOf(AbortError);
      expect(await second).to.have.length(3);
      expect(await gets('/PractitionerRole')).to.equal(1);
    });
  });

  it('offers the optional members the wrapped source has, and only those', () => {
    expect(typeof source.transaction).to.equal('function');
    expect(typeof source.capabilities).to.equal('function');
    const bare = new SharedReadsDataSource({
      read: () => Promise.reject(new Error('unused')),
      search: () => Promise.reject(new Error('unused')),
      create: () => Promise.reject(new Error('unused')),
      update: () => Promise.reject(new Error('unused')),
    });
    expect(bare.capabilities).to.equal(undefined);
    expect(bare.transaction).to.equal(undefined);
  });
});
