// The in-memory FHIR server itself, as a browser on another origin sees it: CORS-visible headers,
// validation, conditional writes, transactions, paging links, the admin API, and a coherent seed.
import { expect } from '@open-wc/testing';
import type { Bundle, Extension, Resource } from '../../src/fhir/types.js';
import { EXT, SYSTEM } from '../../src/fhir/extensions.js';
import { adminUrl, countResources, fhirBaseUrl, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';

const JSON_HEADERS = { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' };

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${fhirBaseUrl()}${path}`, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${fhirBaseUrl()}${path}`, { headers: { Accept: 'application/fhir+json' } });
  expect(response.status, path).to.equal(200);
  return (await response.json()) as T;
}

async function allOfType(type: string): Promise<Resource[]> {
  const bundle = await getJson<Bundle>(`/${type}?_count=1000`);
  return (bundle.entry ?? []).map((entry) => entry.resource as Resource);
}

function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'reference' && typeof child === 'string') found.push(child);
      else referencesIn(child, found);
    }
  }
  return found;
}

const SEED_TYPES = [
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'CareTeam',
  'CarePlan',
  'Goal',
  'ServiceRequest',
  'Task',
  'Consent',
];

describe('in-memory FHIR server', () => {
  beforeEach(() => resetServer());

  it('answers a cross-origin write with ETag, Location and Last-Modified readable by the page', async () => {
    const response = await post('/Patient', { resourceType: 'Patient', name: [{ family: 'Test' }] });
    expect(response.status).to.equal(201);
    expect(response.headers.get('ETag')).to.equal('W/"1"');
    expect(response.headers.get('Location')).to.match(new RegExp(`^${fhirBaseUrl()}/Patient/[^/]+/_history/1$`));
    expect(response.headers.get('Last-Modified')).to.be.a('string');
  });

  it('rejects a bogus required code and a missing required element with a 400 OperationOutcome', async () => {
    const badCode = await post('/CarePlan', {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/maria-alvarez' },
      activity: [{ detail: { status: 'sort-of' } }],
    });
    expect(badCode.status).to.equal(400);
    const outcome = (await badCode.json()) as { issue: { diagnostics: string; expression: string[] }[] };
    expect(outcome.issue[0]?.diagnostics).to.contain('care-plan-activity-status');
    expect(outcome.issue[0]?.expression).to.deep.equal(['CarePlan.activity[0].detail.status']);
    const missing = await post('/Goal', {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      subject: { reference: 'Patient/maria-alvarez' },
    });
    expect(missing.status).to.equal(400);
    expect(JSON.stringify(await missing.json())).to.contain('Goal.description');
  });

  it('answers 412 when If-None-Exist matches several resources', async () => {
    const resource = { resourceType: 'Task', status: 'draft', intent: 'order', identifier: [{ system: 'urn:test', value: 'duplicate' }] };
    await post('/Task', resource);
    await post('/Task', resource);
    const response = await post('/Task', resource, { 'If-None-Exist': 'identifier=urn:test|duplicate' });
    expect(response.status).to.equal(412);
  });

  it('answers 400 to an unknown search parameter instead of silently matching nothing', async () => {
    const search = await fetch(`${fhirBaseUrl()}/Task?descripton=typo`);
    expect(search.status).to.equal(400);
    expect(JSON.stringify(await search.json())).to.contain('Unknown search parameter');
    const create = await post('/Task', { resourceType: 'Task', status: 'draft', intent: 'order' }, { 'If-None-Exist': 'descripton=typo' });
    expect(create.status).to.equal(400);
  });

  it('rolls a failed transaction back completely', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: {
            resourceType: 'Task',
            status: 'requested',
            intent: 'order',
            identifier: [{ system: 'urn:test', value: 'rollback-me' }],
          },
          request: { method: 'POST', url: 'Task' },
        },
        { resource: { resourceType: 'Task', status: 'maybe', intent: 'order' }, request: { method: 'POST', url: 'Task' } },
      ],
    };
    const response = await post('', bundle);
    expect(response.status).to.equal(400);
    expect(await countResources('Task', { identifier: 'urn:test|rollback-me' })).to.equal(0);
  });

  it('pages with next links that point back at this server', async () => {
    const first = await getJson<Bundle>('/Practitioner?_count=4');
    const next = first.link?.find((link) => link.relation === 'next')?.url;
    expect(next?.startsWith(`${fhirBaseUrl()}/Practitioner?`)).to.equal(true);
    const second = (await (await fetch(next as string)).json()) as Bundle;
    expect(second.entry?.every((entry) => entry.search?.mode === 'match')).to.equal(true);
    expect(first.total).to.equal(8);
  });

  it('applies fault rules in order, counts them down, and logs requests without bodies', async () => {
    await setFaults([{ fault: '503', resourceType: 'Goal', times: 2 }]);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${fhirBaseUrl()}/Goal/goal-work`)).status);
    expect(statuses).to.deep.equal([503, 503, 200]);
    const log = await serverRequests({ pathIncludes: '/Goal/' });
    expect(log.map((r) => [r.status, r.fault ?? null])).to.deep.equal([
      [503, '503'],
      [503, '503'],
      [200, null],
    ]);
    expect(Object.keys(log[0] ?? {}).sort()).to.deep.equal(['at', 'fault', 'method', 'path', 'status']);
  });

  it('refuses malformed fault rules with a 400', async () => {
    const response = await fetch(`${adminUrl()}/faults`, {
      method: 'POST',
      headers: { 'X-Care-Admin': '1' },
      body: JSON.stringify({ rules: [{ fault: 'explode' }] }),
    });
    expect(response.status).to.equal(400);
  });

  it('reset restores the seed after writes', async () => {
    const task = await getJson<Resource>('/Task/referral-peer-2026-09-task');
    await fetch(`${fhirBaseUrl()}/Task/referral-peer-2026-09-task`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ ...task, status: 'completed' }),
    });
    await resetServer();
    const restored = await getJson<Resource>('/Task/referral-peer-2026-09-task');
    expect(restored.status).to.equal('accepted');
    expect(restored.meta?.versionId).to.equal('1');
  });
});

describe('seed: the sample team', () => {
  it('has no reference that fails to resolve', async () => {
    const resources = (await Promise.all(SEED_TYPES.map(allOfType))).flat();
    const known = new Set(resources.map((r) => `${r.resourceType}/${r.id}`));
    const dangling = resources.flatMap((r) => referencesIn({ ...r, meta: undefined })).filter((ref) => !known.has(ref));
    expect(dangling).to.deep.equal([]);
  });

  it('has two peer specialists coded NUCC 175T00000X with the project extensions, one with a consented statement', async () => {
    const roles = await allOfType('PractitionerRole');
    const peers = roles.filter((role) => JSON.stringify(role['code']).includes('175T00000X'));
    expect(peers.map((p) => p.id).sort()).to.deep.equal(['peer-marcus-role', 'peer-rosa-role']);
    for (const peer of peers) {
      const urls = (peer.extension ?? []).map((e) => e.url);
      expect(urls).to.include.members([EXT.roleScope, EXT.competency, EXT.peerValue, EXT.supervision]);
      const codings = (peer.extension ?? []).filter((e) => e.url === EXT.competency).map((e) => e.valueCoding);
      expect(codings.every((c) => c?.system === SYSTEM.competency && Number(c.code) >= 1 && Number(c.code) <= 12)).to.equal(true);
    }
    const statements = peers.flatMap((p) => (p.extension ?? []).filter((e: Extension) => e.url === EXT.livedExperience));
    expect(statements).to.have.length(1);
    expect(statements[0]?.extension?.find((e) => e.url === 'audience')?.valueCode).to.equal('both');
  });

  it('links the care team, plan, goals and the earlier referral', async () => {
    const team = await getJson<Resource>('/CareTeam/maria-care-team');
    const participants = team['participant'] as { member: { reference: string }; onBehalfOf?: unknown; period?: { end?: string } }[];
    expect(participants.some((p) => p.member.reference === 'PractitionerRole/peer-rosa-role')).to.equal(true);
    expect(participants.filter((p) => p.period?.end)).to.have.length(1);
    expect(participants.filter((p) => p.onBehalfOf).every((p) => p.member.reference.startsWith('Practitioner/'))).to.equal(true);
    const plans = await getJson<Bundle>('/CarePlan?subject=Patient/maria-alvarez&_include=CarePlan:goal');
    expect(plans.entry?.filter((e) => e.resource?.resourceType === 'Goal')).to.have.length(4);
    const tasks = await getJson<Bundle>(`/Task?identifier=${encodeURIComponent(SYSTEM.referralKey)}|6f1c2a9e-5b7d-4c1e-9a3f-2d8e4b6c0a17`);
    expect(tasks.entry?.[0]?.resource?.['status']).to.equal('accepted');
  });
});

describe('admin API protection', () => {
  it('refuses admin requests without the X-Care-Admin header (no cross-site resets)', async () => {
    const response = await fetch(`${adminUrl()}/reset`, { method: 'POST' });
    expect(response.status).to.equal(403);
  });
});
