import { expect } from '@open-wc/testing';
import { readCareTeam } from '../../../src/fhir/read/care-team.js';
import { CareTeamSchema } from '../../../src/model/schemas/care-team.js';
import { loadFixture, loadFixtures } from '../../helpers/fixtures.js';
import { peerCareTeam, peerResources } from './peer-resources.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('readCareTeam', () => {
  describe('HL7 R4 careteam-example (contained Practitioner, onBehalfOf, periods)', () => {
    it('reads both members, resolving the contained Practitioner by #id', async () => {
      const { value, problems } = readCareTeam(await loadFixture('hl7-fhir-r4/careteam-example.json'), { now: NOW });
      expect(problems).to.deep.equal([]);
      expect(value?.name).to.equal('Peter James Charlmers Care Plan for Inpatient Encounter');
      expect(value?.status).to.equal('active');
      expect(value?.subject).to.deep.equal({ reference: 'Patient/example', display: 'Peter James Chalmers' });
      const [patient, dietician] = value?.members ?? [];
      expect(patient).to.include({
        name: 'Peter James Chalmers',
        kind: 'patient',
        category: 'client',
        unresolved: true,
        active: true,
      });
      // The contained resource's own name wins over the reference's (misspelt) display.
      expect(dietician).to.include({ name: 'Dorothy Dietician', kind: 'practitioner', unresolved: false, isPeer: false });
      expect(dietician?.roles).to.deep.equal([{ display: 'adviser' }]);
      expect(dietician?.organization).to.deep.equal({ reference: 'Organization/f001' });
    });

    it('shows a participant whose period has ended as past, not hidden', async () => {
      const { value } = readCareTeam(await loadFixture('hl7-fhir-r4/careteam-example.json'), { now: NOW });
      expect(value?.members[1]?.period).to.deep.equal({ end: '2013-01-01' });
      expect(value?.members[1]?.active).to.equal(false);
      const before = readCareTeam(await loadFixture('hl7-fhir-r4/careteam-example.json'), {
        now: new Date('2012-12-31T23:00:00Z'),
      });
      expect(before.value?.members[1]?.active).to.equal(true);
    });

    it('produces a value the CareTeam schema accepts', async () => {
      const { value } = readCareTeam(await loadFixture('hl7-fhir-r4/careteam-example.json'), { now: NOW });
      expect(CareTeamSchema.safeParse(value).success).to.equal(true);
    });
  });

  describe('US Core CareTeam with its members passed as resources', () => {
    it('resolves Practitioners, the Patient and the RelatedPerson and categorises them', async () => {
      const [team, ...resources] = await loadFixtures([
        'us-core/careteam-example.json',
        'us-core/practitioner-1.json',
        'us-core/practitioner-2.json',
        'us-core/patient-example.json',
        'us-core/relatedperson-shaw-niece.json',
      ]);
      const { value, problems } = readCareTeam(team, { resources, now: NOW });
      expect(problems).to.deep.equal([]);
      const summary = value?.members.map((m) => [m.name, m.kind, m.category, m.roles[0]?.display, m.unresolved]);
      expect(summary).to.deep.equal([
        ['Ronald Bone', 'practitioner', 'other', 'Cardiologist', false],
        ['Fielding Kathy', 'practitioner', 'primary-care', 'Primary care provider', false],
        ['Amy V. Baxter', 'patient', 'client', 'Patient (person)', false],
        ['Sarah van Putten', 'related-person', 'family', 'Caregiver (person)', false],
      ]);
      expect(value?.members[1]?.telecom).to.deep.equal([
        { system: 'email', value: 'Kathy.Fielding@direct.ExampleMedicalPractice.net', use: 'work' },
      ]);
      expect(value?.members.every((m) => m.active && !m.isPeer)).to.equal(true);
      expect(new Set(value?.members.map((m) => m.key)).size).to.equal(4);
    });

    it('without the resources, falls back to each reference display with no problems', async () => {
      const { value, problems } = readCareTeam(await loadFixture('us-core/careteam-example.json'), { now: NOW });
      expect(problems).to.deep.equal([]);
      expect(value?.members.map((m) => [m.name, m.unresolved])).to.deep.equal([
        ['Ronald Bone, MD', true],
        ['Kathy Fielding, MD', true],
        ['Amy V. Shaw', true],
        ['Sarah van Putten', true],
      ]);
    });
  });

  describe('a mental-health team with peer specialists', () => {
    it('makes the peer unmistakable and reads PractitionerRole members', () => {
      const { value, problems } = readCareTeam(peerCareTeam, { resources: peerResources, now: NOW });
      expect(problems).to.deep.equal([]);
      const byName = new Map(value?.members.map((m) => [m.name, m]));
      const jordan = byName.get('Jordan Rivera');
      expect(jordan).to.include({ kind: 'practitioner-role', category: 'peer-specialist', isPeer: true, active: true });
      expect(jordan?.reference).to.equal('Practitioner/peer-jordan');
      expect(jordan?.practitionerRoleReference).to.equal('PractitionerRole/peer-jordan-role');
      expect(jordan?.organization).to.deep.equal({
        name: 'Harbor Peer Support Programme',
        reference: 'Organization/harbor-peer',
      });
      expect(jordan?.responsibility).to.equal('Meets Sam weekly; links to the hearing-voices group.');
      expect(byName.get('Priya Natarajan')?.category).to.equal('psychiatrist');
      expect(byName.get('Alex Chen')?.category).to.equal('therapist');
      expect(byName.get('Morgan Lee')?.category).to.equal('case-manager');
      expect(byName.get('Luis Ortega')?.category).to.equal('community-health-worker');
      const casey = byName.get('Casey Brooks');
      expect(casey).to.include({ isPeer: true, active: false });
    });
  });

  describe('organisations shared by members', () => {
    const role = (id: string, organization: object, contained?: object[]) => ({
      resourceType: 'PractitionerRole',
      id,
      ...(contained ? { contained } : {}),
      organization,
    });
    const resources = [
      { resourceType: 'Organization', id: 'harbor', name: 'Harbor Peer Support' },
      role('a', { reference: 'Organization/harbor' }),
      role('b', { reference: 'Organization/harbor', display: 'Harbour (old name)' }),
      role('c', { reference: '#org' }, [{ resourceType: 'Organization', id: 'org', name: 'Riverside Clinic' }]),
      role('d', { reference: '#org' }, [{ resourceType: 'Organization', id: 'org', name: 'Northside Recovery' }]),
      role('g', { reference: ' #org' }, [{ resourceType: 'Organization', id: 'org', name: 'Eastside Clinic' }]),
      role('h', { reference: ' #org' }, [{ resourceType: 'Organization', id: 'org', name: 'Westside Drop-in' }]),
      role('e', { reference: 'Organization/gone', display: 'First display' }),
      role('f', { reference: 'Organization/gone', display: 'Second display' }),
    ];
    const team = {
      resourceType: 'CareTeam',
      participant: ['a', 'b', 'c', 'd', 'g', 'h', 'e', 'f'].map((id) => ({ member: { reference: `PractitionerRole/${id}` } })),
    };

    it('gives each member the organisation its own reference names', () => {
      const { value } = readCareTeam(team, { resources, now: NOW });
      expect(value?.members.map((member) => member.organization?.name)).to.deep.equal([
        'Harbor Peer Support',
        'Harbor Peer Support',
        'Riverside Clinic',
        'Northside Recovery',
        'Eastside Clinic',
        'Westside Drop-in',
        'First display',
        'Second display',
      ]);
    });
  });

  describe('malformed input', () => {
    it('rejects what is not a CareTeam', () => {
      expect(readCareTeam(null).problems).to.deep.equal([
        { path: '', code: 'not-an-object', message: 'expected a FHIR CareTeam resource object' },
      ]);
      expect(readCareTeam({ resourceType: 'Patient' }).problems[0]).to.include({
        path: 'resourceType',
        code: 'wrong-resource-type',
      });
      expect(readCareTeam({ resourceType: 'CareTeam' }).value?.members).to.deep.equal([]);
    });

    it('reports each bad element by path and keeps the valid members', () => {
      const { value, problems } = readCareTeam({
        resourceType: 'CareTeam',
        status: 'on-fire',
        participant: [
          { member: { reference: 'Practitioner/a', display: 'A' } },
          'not a participant',
          { member: { reference: 42 } },
          { member: { reference: 'Practitioner/missing' } },
          { member: { reference: 'Patient/p', display: 'P' }, onBehalfOf: { reference: 'Organization/o' } },
          { role: [{ text: 'Nurse' }], period: { end: 'yesterday' } },
        ],
      });
      const found = problems.map((p) => [p.path, p.code]);
      expect(found).to.deep.equal([
        ['participant[1]', 'wrong-type'],
        ['participant[2].member.reference', 'wrong-type'],
        ['participant[3].member.reference', 'unresolved-reference'],
        ['participant[4].onBehalfOf', 'invariant'],
        ['participant[5].period.end', 'wrong-type'],
        ['status', 'unknown-code'],
      ]);
      expect(problems[2]?.message).to.equal('participant[3].member.reference: reference Practitioner/missing could not be resolved');
      expect(value?.members).to.have.length(5);
      expect(value?.members[2]?.unresolved).to.equal(true);
      expect(value?.members[2]?.name).to.equal(undefined);
      expect(value?.members[3]?.organization).to.equal(undefined);
      expect(value?.members[4]).to.include({ category: 'nurse', kind: 'unknown', unresolved: false });
    });

    it('never echoes data values in messages', () => {
      const { problems } = readCareTeam({
        resourceType: 'CareTeam',
        status: 'Jane Doe has schizophrenia',
        participant: [{ member: { reference: 'Patient?name=Jane Doe' } }],
      });
      expect(problems.length).to.be.greaterThan(0);
      for (const problem of problems) expect(problem.message).not.to.contain('Jane');
    });
  });
});
