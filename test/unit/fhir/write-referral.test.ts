import { expect } from '@open-wc/testing';
import {
  buildReferralResources,
  programmePeerSearch,
  revokedServiceRequest,
  SHARED_EXPERIENCES,
  sharedExperienceText,
  withServiceRequestReference,
} from '../../../src/fhir/write/referral.js';
import { buildReferralTransaction } from '../../../src/fhir/write/transaction.js';
import { ifNoneExistFor, mintIdempotencyKey } from '../../../src/fhir/write/idempotency.js';
import { EXT, SYSTEM } from '../../../src/fhir/extensions.js';
import { validateReferralDraft, type ReferralDraft } from '../../../src/model/schemas/referral-draft.js';

const KEY = '7d444840-9dc0-11d1-b245-5ffdce74fad2';
const context = {
  key: KEY,
  patient: { reference: 'Patient/client-sam' },
  requester: { reference: 'PractitionerRole/psych-priya-role', display: 'Dr. Priya Natarajan' },
  carePlan: { reference: 'CarePlan/sam-plan' },
  programme: { reference: 'Organization/harbor-peer', display: 'Harbor Peer Support' },
  now: new Date('2025-06-01T12:00:00Z'),
};
const minimal: ReferralDraft = { reason: 'Wants support after discharge', urgency: 'routine', consentGiven: true };
const full: ReferralDraft = {
  ...minimal,
  urgency: 'urgent',
  clientHopes: 'Someone who has been there',
  preferences: { language: 'es', sharedExperience: ['voices'], peerGender: 'male' },
  performer: { reference: 'PractitionerRole/peer-jordan-role', display: 'Jordan Rivera' },
  note: 'Call after 2pm',
};
const conditional = `ServiceRequest?identifier=${SYSTEM.referralKey}|${KEY}`;

describe('buildReferralResources', () => {
  it('builds a ServiceRequest per the SDOH referral pattern', () => {
    const { serviceRequest } = buildReferralResources(full, context);
    expect(serviceRequest).to.deep.include({
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      priority: 'asap',
      subject: context.patient,
      requester: context.requester,
      basedOn: [context.carePlan],
      performer: [{ reference: 'PractitionerRole/peer-jordan-role', display: 'Jordan Rivera' }],
      reasonCode: [{ text: 'Wants support after discharge' }],
      authoredOn: '2025-06-01T12:00:00.000Z',
      identifier: [{ system: SYSTEM.referralKey, value: KEY }],
    });
    // SNOMED CT as US Behavioral Health Profiles codes it, beside HCPCS.
    expect(serviceRequest.code?.coding?.[0]).to.deep.include({ system: 'http://snomed.info/sct', code: '461481000124109' });
    expect(serviceRequest.code?.coding?.[1]).to.deep.include({
      system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
      code: 'H0038',
    });
    expect(serviceRequest.code?.text).to.equal('Peer support');
    expect(serviceRequest.note).to.deep.equal([{ text: 'Call after 2pm', time: '2025-06-01T12:00:00.000Z' }]);
    expect(serviceRequest.extension).to.deep.equal([
      { url: EXT.clientHopes, valueString: 'Someone who has been there' },
      {
        url: EXT.referralPreferences,
        extension: [
          { url: 'language', valueCoding: { system: 'urn:ietf:bcp:47', code: 'es' } },
          { url: 'shared-experience', valueString: 'voices' },
          { url: 'peer-gender', valueCode: 'male' },
        ],
      },
    ]);
  });

  it('builds the Task that tracks it: fulfill, focus, for, requested', () => {
    const { task } = buildReferralResources(full, context);
    expect(task).to.deep.include({
      resourceType: 'Task',
      status: 'requested',
      intent: 'order',
      focus: { reference: conditional },
      for: context.patient,
      requester: context.requester,
      owner: { reference: 'PractitionerRole/peer-jordan-role', display: 'Jordan Rivera' },
      authoredOn: '2025-06-01T12:00:00.000Z',
      identifier: [{ system: SYSTEM.referralKey, value: `${KEY}:task` }],
    });
    expect(task.code?.coding?.[0]).to.deep.include({ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' });
  });

  it('builds the Consent to share with the peer programme', () => {
    const { consent } = buildReferralResources(full, context);
    expect(consent).to.deep.include({
      resourceType: 'Consent',
      status: 'active',
      patient: context.patient,
      dateTime: '2025-06-01T12:00:00.000Z',
    });
    expect(consent.scope.coding?.[0]).to.deep.include({
      system: 'http://terminology.hl7.org/CodeSystem/consentscope',
      code: 'patient-privacy',
    });
    expect(consent.category[0]?.coding?.[0]).to.deep.include({
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: 'IDSCL',
    });
    expect(consent.provision?.type).to.equal('permit');
    expect(consent.provision?.actor?.[0]?.reference).to.deep.equal(full.performer);
    expect(consent.provision?.data).to.deep.equal([{ meaning: 'related', reference: { reference: conditional } }]);
    expect(consent.identifier).to.deep.equal([{ system: SYSTEM.referralKey, value: `${KEY}:consent` }]);
  });

  it('leaves optional parts out of a minimal draft; the Consent still names the programme', () => {
    const programme = { reference: 'Organization/harbor-peer', display: 'Harbor Peer Support' };
    const { serviceRequest, task, consent } = buildReferralResources(minimal, {
      key: KEY,
      patient: context.patient,
      programme,
      now: context.now,
    });
    expect(serviceRequest).not.to.have.any.keys('extension', 'performer', 'requester', 'basedOn', 'note');
    expect(serviceRequest.priority).to.equal('routine');
    expect(task).not.to.have.any.keys('owner', 'requester');
    expect(consent.provision?.actor).to.deep.equal([{ role: consent.provision?.actor?.[0]?.role, reference: programme }]);
    expect(consent.provision?.actor?.[0]?.role.coding?.[0]?.code).to.equal('IRCP');
  });

  it('names the chosen peer and the programme in the Consent, each once', () => {
    const programme = { reference: 'Organization/harbor-peer' };
    const actors = (draft: ReferralDraft) =>
      buildReferralResources(draft, { ...context, programme }).consent.provision?.actor?.map((actor) => actor.reference.reference);
    expect(actors(full)).to.deep.equal(['PractitionerRole/peer-jordan-role', 'Organization/harbor-peer']);
    expect(actors({ ...minimal, performer: { reference: 'Organization/harbor-peer' } })).to.deep.equal(['Organization/harbor-peer']);
  });

  it('refuses a Consent with no recipient: a permit without an actor would apply to anyone', () => {
    expect(() => buildReferralResources(minimal, { key: KEY, patient: context.patient })).to.throw(TypeError, /recipient/);
  });

  it('gives the same identifiers for the same key (a retry) and new ones for a new key', () => {
    const first = buildReferralResources(minimal, context);
    const retry = buildReferralResources(minimal, { ...context, now: new Date('2025-06-01T12:05:00Z') });
    expect([retry.serviceRequest.identifier, retry.task.identifier, retry.consent.identifier]).to.deep.equal([
      first.serviceRequest.identifier,
      first.task.identifier,
      first.consent.identifier,
    ]);
    const other = buildReferralResources(minimal, { ...context, key: mintIdempotencyKey() });
    expect(other.serviceRequest.identifier).not.to.deep.equal(first.serviceRequest.identifier);
  });

  it('refuses to build without the client’s consent, and the draft schema says why', () => {
    const unconsented = { ...minimal, consentGiven: false } as unknown as ReferralDraft;
    expect(() => buildReferralResources(unconsented, context)).to.throw(TypeError);
    const validation = validateReferralDraft({ ...minimal, consentGiven: false });
    expect(validation).to.deep.equal({ ok: false, fieldErrors: { consentGiven: 'referral.error.consent-required' } });
  });

  it('points Task and Consent at the created ServiceRequest on request', () => {
    const linked = withServiceRequestReference(buildReferralResources(full, context), 'ServiceRequest/42');
    expect(linked.task.focus).to.deep.equal({ reference: 'ServiceRequest/42' });
    expect(linked.consent.provision?.data?.[0]?.reference).to.deep.equal({ reference: 'ServiceRequest/42' });
    expect(linked.consent.provision?.type).to.equal('permit');
  });
});

describe('shared experience, revocation, programme peers', () => {
  it('stores stable codes and shows them (or older free text) in readable English', () => {
    const { serviceRequest } = buildReferralResources(
      { ...full, preferences: { sharedExperience: ['psychiatric-hospitalisation', 'lgbtq'] } },
      context,
    );
    const parts = serviceRequest.extension?.find((e) => e.url === EXT.referralPreferences)?.extension;
    expect(parts).to.deep.equal([
      { url: 'shared-experience', valueString: 'psychiatric-hospitalisation' },
      { url: 'shared-experience', valueString: 'lgbtq' },
    ]);
    expect(Object.keys(SHARED_EXPERIENCES)).to.have.length(7);
    for (const code of Object.keys(SHARED_EXPERIENCES)) expect(code).to.match(/^[a-z-]+$/);
    expect(sharedExperienceText('psychiatric-hospitalisation')).to.equal('Psychiatric hospitalisation');
    expect(sharedExperienceText('hearing voices (typed by hand)')).to.equal('hearing voices (typed by hand)');
    expect(sharedExperienceText('constructor')).to.equal('constructor');
  });

  it('revokes an open ServiceRequest without changing the original, and leaves a closed one', () => {
    const { serviceRequest } = buildReferralResources(full, context);
    const open = { ...serviceRequest, id: 'sr1', meta: { versionId: '3' } };
    expect(revokedServiceRequest(open)).to.deep.equal({ ...open, status: 'revoked' });
    expect(open.status).to.equal('active');
    for (const status of ['revoked', 'completed', 'entered-in-error'])
      expect(revokedServiceRequest({ ...open, status }), status).to.equal(undefined);
  });

  it('searches a programme’s active peer specialists by organisation or service', () => {
    expect(programmePeerSearch('Organization/harbor-peer')).to.deep.include({ organization: 'Organization/harbor-peer', active: 'true' });
    expect(programmePeerSearch('HealthcareService/peer-line')).to.deep.include({
      service: 'HealthcareService/peer-line',
      role: 'http://nucc.org/provider-taxonomy|175T00000X',
    });
  });
});

describe('ifNoneExistFor and mintIdempotencyKey', () => {
  it('makes the conditional-create query from the idempotency identifier', () => {
    const { serviceRequest, task } = buildReferralResources(minimal, context);
    expect(ifNoneExistFor(serviceRequest)).to.equal(`identifier=${SYSTEM.referralKey}|${KEY}`);
    expect(ifNoneExistFor(task)).to.equal(`identifier=${SYSTEM.referralKey}|${KEY}:task`);
    expect(ifNoneExistFor({ identifier: [{ system: 'https://x.org/ids', value: 'a b&c' }] })).to.equal(
      'identifier=https://x.org/ids|a%20b%26c',
    );
    expect(ifNoneExistFor({})).to.equal(undefined);
  });

  it('mints distinct UUIDs', () => {
    const keys = new Set(Array.from({ length: 20 }, () => mintIdempotencyKey()));
    expect(keys.size).to.equal(20);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('buildReferralTransaction', () => {
  it('is a transaction of three conditional creates linked by urn:uuid', () => {
    let n = 0;
    const uuid = () => `00000000-0000-4000-8000-00000000000${++n}`;
    const bundle = buildReferralTransaction(full, context, uuid);
    expect(bundle).to.deep.include({ resourceType: 'Bundle', type: 'transaction' });
    const entries = bundle.entry ?? [];
    expect(entries.map((e) => [e.fullUrl, e.request?.method, e.request?.url, e.request?.ifNoneExist])).to.deep.equal([
      ['urn:uuid:00000000-0000-4000-8000-000000000001', 'POST', 'ServiceRequest', `identifier=${SYSTEM.referralKey}|${KEY}`],
      ['urn:uuid:00000000-0000-4000-8000-000000000002', 'POST', 'Task', `identifier=${SYSTEM.referralKey}|${KEY}:task`],
      ['urn:uuid:00000000-0000-4000-8000-000000000003', 'POST', 'Consent', `identifier=${SYSTEM.referralKey}|${KEY}:consent`],
    ]);
    expect(entries[1]?.resource?.focus).to.deep.equal({ reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' });
    expect((entries[2]?.resource?.provision as { data: unknown[] }).data).to.deep.equal([
      { meaning: 'related', reference: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' } },
    ]);
  });
});
