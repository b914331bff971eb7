import { expect } from '@open-wc/testing';
import { readReferral } from '../../../src/fhir/read/referral.js';
import { buildReferralResources } from '../../../src/fhir/write/referral.js';
import { withTaskStatus } from '../../../src/fhir/write/task-status.js';
import { ReferralSchema } from '../../../src/model/schemas/referral.js';
import type { ReferralDraft } from '../../../src/model/schemas/referral-draft.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { peerResources } from './peer-resources.js';

const draft: ReferralDraft = {
  reason: 'Isolated since discharge; wants someone who has been there',
  clientHopes: 'Someone to talk to who gets it',
  preferences: { language: 'es', sharedExperience: ['psychosis', 'hospital stay'], peerGender: 'female' },
  urgency: 'soon',
  performer: { reference: 'Organization/harbor-peer', display: 'Harbor Peer Support' },
  note: 'Prefers afternoon calls',
  consentGiven: true,
};

const context = {
  key: '0f8fad5b-d9cb-469f-a165-70867728950e',
  patient: { reference: 'Patient/client-sam', display: 'Sam Okafor' },
  requester: { reference: 'Practitioner/psych-priya', display: 'Dr. Priya Natarajan' },
  now: new Date('2025-06-01T12:00:00Z'),
};

describe('readReferral', () => {
  it('reads back what buildReferralResources wrote (round trip)', () => {
    const { serviceRequest, task, consent } = buildReferralResources(draft, context);
    const resources = [
      { ...serviceRequest, id: 'sr1' },
      { ...task, id: 't1', focus: { reference: 'ServiceRequest/sr1' } },
      { ...consent, id: 'c1' },
    ];
    const { value, problems } = readReferral(
      { serviceRequest: resources[0], task: resources[1], consent: resources[2] },
      { resources: peerResources },
    );
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({
      serviceRequestId: 'sr1',
      taskId: 't1',
      consentId: 'c1',
      consentStatus: 'active',
      consentDate: '2025-06-01T12:00:00.000Z',
      status: 'requested',
      reason: draft.reason,
      clientHopes: draft.clientHopes,
      urgency: 'soon',
      note: 'Prefers afternoon calls',
      identifierKey: context.key,
      authoredOn: '2025-06-01T12:00:00.000Z',
      lastModified: '2025-06-01T12:00:00.000Z',
    });
    expect(value?.preferences).to.deep.equal({
      language: 'es',
      sharedExperience: ['psychosis', 'hospital stay'],
      peerGender: 'female',
    });
    expect(value?.patient).to.deep.equal({ reference: 'Patient/client-sam', display: 'Sam Okafor' });
    expect(value?.performer).to.deep.equal({ name: 'Harbor Peer Support Programme', reference: 'Organization/harbor-peer' });
    expect(value?.owner).to.deep.equal({ name: 'Harbor Peer Support Programme', reference: 'Organization/harbor-peer' });
    expect(value?.requester).to.deep.equal({ name: 'Priya Natarajan', reference: 'Practitioner/psych-priya' });
    expect(ReferralSchema.safeParse(value).success).to.equal(true);
  });

  it('shows the programme’s reason once the Task is rejected', () => {
    const { serviceRequest, task } = buildReferralResources(draft, context);
    const rejected = withTaskStatus(task, 'rejected', 'No Spanish-speaking peer available this month', new Date('2025-06-03T09:00:00Z'));
    const { value } = readReferral({ serviceRequest, task: rejected.value });
    expect(value).to.deep.include({
      status: 'rejected',
      statusReason: 'No Spanish-speaking peer available this month',
      lastModified: '2025-06-03T09:00:00.000Z',
    });
  });

  it('reads the HL7 R4 Task example (lab workflow) without spurious problems', async () => {
    const { value, problems } = readReferral({ task: await loadFixture('hl7-fhir-r4/task-example1.json') });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({
      taskId: 'example1',
      status: 'in-progress',
      urgency: 'routine',
      authoredOn: '2016-10-31T08:25:05+10:00',
    });
    expect(value?.owner).to.deep.equal({
      name: 'Clinical Laboratory @ Acme Hospital',
      reference: 'Organization/1832473e-2fe0-452d-abe9-3cdb9879522f',
    });
  });

  it('derives the status from a ServiceRequest alone (US Core behavioural-health referral)', async () => {
    const { value, problems } = readReferral({ serviceRequest: await loadFixture('us-core/servicerequest-rehab.json') });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({ serviceRequestId: 'rehab', status: 'requested', reason: 'Alcohol use disorder (disorder)' });
    expect(value?.patient).to.deep.equal({ reference: 'Patient/example', display: 'Amy Shaw' });
    expect(value?.requester).to.deep.equal({ reference: 'Practitioner/practitioner-1' });
  });

  it('reads the other public ServiceRequests and the Consent example', async () => {
    for (const path of ['us-core/servicerequest-foodpantry-referral.json', 'hl7-fhir-r4/servicerequest-example-di.json']) {
      const { value, problems } = readReferral({ serviceRequest: await loadFixture(path) });
      expect(problems, path).to.deep.equal([]);
      expect(value?.status, path).to.equal('requested');
    }
    const consent = readReferral({
      serviceRequest: await loadFixture('hl7-fhir-r4/servicerequest-example-di.json'),
      consent: await loadFixture('hl7-fhir-r4/consent-example-notOrg.json'),
    });
    expect(consent.problems).to.deep.equal([]);
    expect(consent.value).to.deep.include({
      reason: 'Check for metastatic disease',
      consentStatus: 'active',
      consentDate: '2015-11-18',
    });
  });

  describe('malformed input', () => {
    it('needs a ServiceRequest or a Task', () => {
      expect(readReferral({}).problems).to.deep.equal([
        { path: '', code: 'missing', message: 'a referral needs a ServiceRequest or a Task' },
      ]);
      expect(readReferral(null as never).problems[0]).to.include({ code: 'not-an-object' });
    });

    it('reports each resource’s problems under its own prefix', () => {
      const { value, problems } = readReferral({
        serviceRequest: { resourceType: 'ServiceRequest', id: 'a', status: 'active', priority: 'whenever' },
        task: { resourceType: 'Task', status: 'pending', intent: 'order', focus: { reference: 'ServiceRequest/b' } },
        consent: { resourceType: 'Patient' },
      });
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['serviceRequest.intent', 'missing'],
        ['serviceRequest.priority', 'unknown-code'],
        ['serviceRequest.subject', 'missing'],
        ['task.status', 'unknown-code'],
        ['consent.resourceType', 'wrong-resource-type'],
        ['task.focus', 'invariant'],
      ]);
      // The Task's status is unusable, so the request's status stands in.
      expect(value?.status).to.equal('requested');
    });
  });
});
