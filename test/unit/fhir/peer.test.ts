import { expect } from '@open-wc/testing';
import { PEER_SPECIALIST, isPeerSpecialist } from '../../../src/fhir/peer.js';
import { categoriseRole } from '../../../src/fhir/categorise.js';

describe('isPeerSpecialist', () => {
  it('recognises the NUCC code in a Coding, a CodeableConcept or an array', () => {
    expect(PEER_SPECIALIST).to.deep.equal({
      system: 'http://nucc.org/provider-taxonomy',
      code: '175T00000X',
      display: 'Peer Specialist',
    });
    expect(isPeerSpecialist({ system: PEER_SPECIALIST.system, code: '175T00000X' })).to.equal(true);
    expect(
      isPeerSpecialist({
        coding: [
          { system: 'http://loinc.org', code: 'x' },
          { system: PEER_SPECIALIST.system, code: '175T00000X' },
        ],
      }),
    ).to.equal(true);
    expect(isPeerSpecialist([{ text: 'Nurse' }, { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.101', code: '175T00000X' }] }])).to.equal(
      true,
    );
  });

  it('does not take the code from another system', () => {
    expect(isPeerSpecialist({ system: 'http://example.org/local', code: '175T00000X' })).to.equal(false);
  });

  it('recognises "peer specialist" and "peer support" text, not other peers', () => {
    for (const text of ['Peer Specialist', 'certified peer-specialist', 'PEER SUPPORT WORKER', 'Peer support specialist']) {
      expect(isPeerSpecialist({ text }), text).to.equal(true);
    }
    expect(isPeerSpecialist({ coding: [{ display: 'Peer support' }] })).to.equal(true);
    for (const text of [
      'Peer review',
      'peer reviewer',
      'Supportive peers',
      'Psychiatrist',
      'Peer Support Supervisor',
      'Peer support program manager',
    ]) {
      expect(isPeerSpecialist({ text }), text).to.equal(false);
    }
  });

  it('answers false for anything that is not a concept', () => {
    for (const value of [undefined, null, 0, 'peer specialist', [], {}, [null], { coding: 'x' }]) {
      expect(isPeerSpecialist(value)).to.equal(false);
    }
  });
});

describe('categoriseRole', () => {
  const nucc = (code: string) => [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code }] }];
  const snomed = (code: string) => [{ coding: [{ system: 'http://snomed.info/sct', code }] }];

  it('maps NUCC and SNOMED CT codes', () => {
    expect(categoriseRole(nucc('175T00000X'), 'practitioner')).to.equal('peer-specialist');
    expect(categoriseRole(nucc('2084P0800X'), 'practitioner')).to.equal('psychiatrist');
    expect(categoriseRole(nucc('1041C0700X'), 'practitioner')).to.equal('therapist');
    expect(categoriseRole(nucc('171M00000X'), 'practitioner-role')).to.equal('case-manager');
    expect(categoriseRole(nucc('172V00000X'), 'practitioner')).to.equal('community-health-worker');
    expect(categoriseRole(snomed('80584001'), 'practitioner')).to.equal('psychiatrist');
    expect(categoriseRole(snomed('224535009'), 'practitioner')).to.equal('nurse');
    expect(categoriseRole(snomed('453231000124104'), 'practitioner')).to.equal('primary-care');
  });

  it('maps free text, with supervisors before peers and only talking therapy as therapy', () => {
    expect(categoriseRole([{ text: 'Peer Support Supervisor' }], 'practitioner')).to.equal('supervisor');
    expect(categoriseRole([{ text: 'Physical therapist' }], 'practitioner')).to.equal('other');
    expect(categoriseRole([{ text: 'Mental health counsellor' }], 'practitioner')).to.equal('therapist');
    expect(categoriseRole([{ text: 'Care coordinator' }], 'practitioner')).to.equal('case-manager');
    expect(categoriseRole([{ text: 'Psychiatric nurse' }], 'practitioner')).to.equal('nurse');
  });

  it('lets the member kind decide for patients and related persons', () => {
    expect(categoriseRole(nucc('175T00000X'), 'patient')).to.equal('client');
    expect(categoriseRole([], 'related-person')).to.equal('family');
    expect(categoriseRole(snomed('133932002'), 'practitioner')).to.equal('other');
    expect(categoriseRole(snomed('133932002'), 'unknown')).to.equal('family');
    expect(categoriseRole([{ text: 'Patient' }], 'unknown')).to.equal('client');
    expect(categoriseRole('garbage', 'practitioner')).to.equal('other');
  });
});
