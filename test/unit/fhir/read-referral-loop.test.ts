// What comes back along the referral loop: the coded decline reason, the outcome in Task.output,
// who made the latest change; and which ServiceRequests are referrals to peer support.
import { expect } from '@open-wc/testing';
import { readReferral } from '../../../src/fhir/read/referral.js';
import { isPeerSupportReferral } from '../../../src/fhir/read/peer-support-referral.js';
import { EXT } from '../../../src/fhir/extensions.js';
import { REFERRAL_LOOP_SYSTEMS, REFERRAL_OUTCOME_OUTPUT } from '../../../src/fhir/codes.js';

const base = { resourceType: 'Task', id: 't1', status: 'rejected', intent: 'order', code: { text: 'fulfill' } };

describe('reading what the programme sent back', () => {
  it('a coded decline reason, its words, and who declined (resolved to a name)', () => {
    const task = {
      ...base,
      statusReason: { coding: [{ system: REFERRAL_LOOP_SYSTEMS.declineReason, code: 'no-capacity' }], text: 'Full until January' },
      extension: [{ url: EXT.taskLastChangedBy, valueReference: { reference: 'PractitionerRole/sup', display: 'Dana Whitfield' } }],
    };
    const { value, problems } = readReferral({ task });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({ status: 'rejected', declineReason: 'no-capacity', statusReason: 'Full until January' });
    expect(value!.lastChangedBy).to.deep.include({ name: 'Dana Whitfield', reference: 'PractitionerRole/sup' });
  });

  it('the outcome in Task.output, with the programme’s own words when given', () => {
    const output = (code: string, text?: string) => ({
      type: { coding: [{ ...REFERRAL_OUTCOME_OUTPUT }] },
      valueCodeableConcept: { coding: [{ system: REFERRAL_LOOP_SYSTEMS.outcome, code }], ...(text ? { text } : {}) },
    });
    expect(readReferral({ task: { ...base, status: 'completed', output: [output('engaged')] } }).value).to.deep.include({
      outcome: 'engaged',
    });
    expect(
      readReferral({ task: { ...base, status: 'completed', output: [output('engaged', 'Met twice, WRAP started')] } }).value,
    ).to.deep.include({
      outcome: 'engaged',
      outcomeText: 'Met twice, WRAP started',
    });
    const foreign = { type: { text: 'something else' }, valueCodeableConcept: { text: 'not an outcome' } };
    expect(readReferral({ task: { ...base, status: 'completed', output: [foreign] } }).value).not.to.have.property('outcome');
  });

  it('an unknown outcome code keeps its display as words; hostile shapes are skipped, never thrown', () => {
    const task = {
      ...base,
      status: 'failed',
      output: [
        'not an object',
        {
          type: { coding: [{ ...REFERRAL_OUTCOME_OUTPUT }] },
          valueCodeableConcept: { coding: [{ system: REFERRAL_LOOP_SYSTEMS.outcome, code: 'moved-away', display: 'Client moved away' }] },
        },
      ],
      statusReason: { coding: [{ system: REFERRAL_LOOP_SYSTEMS.declineReason, code: 'made-up' }] },
    };
    const { value } = readReferral({ task });
    expect(value).to.deep.include({ outcomeText: 'Client moved away' });
    expect(value).not.to.have.property('outcome');
    expect(value).not.to.have.property('declineReason');
  });
});

describe('isPeerSupportReferral', () => {
  const request = (code: unknown) => ({ resourceType: 'ServiceRequest', code });
  it('knows SNOMED CT 461481000124109 and HCPCS H0038, either one', () => {
    expect(isPeerSupportReferral(request({ coding: [{ system: 'http://snomed.info/sct', code: '461481000124109' }] }))).to.equal(true);
    expect(
      isPeerSupportReferral(request({ coding: [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'H0038' }] })),
    ).to.equal(true);
  });
  it('falls back to text only when nothing is coded', () => {
    expect(isPeerSupportReferral(request({ text: 'Referral to peer support' }))).to.equal(true);
    expect(
      isPeerSupportReferral(request({ coding: [{ system: 'http://snomed.info/sct', code: '183524004' }], text: 'peer support' })),
    ).to.equal(false);
    expect(isPeerSupportReferral(request({ text: 'Psychiatry referral' }))).to.equal(false);
    expect(isPeerSupportReferral('ServiceRequest')).to.equal(false);
    expect(isPeerSupportReferral(request(undefined))).to.equal(false);
  });
});
