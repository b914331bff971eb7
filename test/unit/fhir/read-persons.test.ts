import { expect } from '@open-wc/testing';
import { readPractitioner } from '../../../src/fhir/read/practitioner.js';
import { readPatient } from '../../../src/fhir/read/patient.js';
import { readRelatedPerson } from '../../../src/fhir/read/related-person.js';
import { readOrganization } from '../../../src/fhir/read/organization.js';
import { PersonSchema } from '../../../src/model/schemas/team-member.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { peerPractitioner } from './peer-resources.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('person readers', () => {
  it('reads a Practitioner’s name, pronouns and photo, and leaves out the home phone', () => {
    const { value, problems } = readPractitioner(peerPractitioner);
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal({
      id: 'peer-jordan',
      kind: 'practitioner',
      name: 'Jordan Rivera',
      pronouns: 'they/them',
      photoUrl: 'https://example.org/photos/jordan.jpg',
      telecom: [],
      active: true,
    });
  });

  it('reads US Core practitioner-1 (given + family, prefix not shown)', async () => {
    const { value, problems } = readPractitioner(await loadFixture('us-core/practitioner-1.json'));
    expect(problems).to.deep.equal([]);
    expect(value?.name).to.equal('Ronald Bone');
  });

  it('prefers the usual name of US Core’s Patient and leaves out the client’s own contacts', async () => {
    const { value, problems } = readPatient(await loadFixture('us-core/patient-example.json'));
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({ name: 'Amy V. Baxter', kind: 'patient', active: true, telecom: [] });
    expect(PersonSchema.safeParse(value).success).to.equal(true);
  });

  it('uses the name the HL7 example Patient is known by (use "usual") over the official one', async () => {
    const { value, problems } = readPatient(await loadFixture('hl7-fhir-r4/patient-example.json'));
    expect(problems).to.deep.equal([]);
    expect(value?.name).to.equal('Jim');
  });

  it('reads RelatedPersons with their relationship', async () => {
    const niece = readRelatedPerson(await loadFixture('us-core/relatedperson-shaw-niece.json'), { now: NOW });
    expect(niece.problems).to.deep.equal([]);
    expect(niece.value).to.deep.include({
      name: 'Sarah van Putten',
      relationship: 'niece',
      kind: 'related-person',
      active: true,
    });
    const peter = readRelatedPerson(await loadFixture('hl7-fhir-r4/relatedperson-example-peter.json'), { now: NOW });
    expect(peter.problems).to.deep.equal([]);
    expect(peter.value).to.deep.include({ name: 'Peter James Chalmers', relationship: 'C', photoUrl: 'Binary/f012' });
    expect(peter.value?.telecom).to.deep.equal([{ system: 'phone', value: '(03) 5555 6473', use: 'work' }]);
  });

  it('reads an Organization', () => {
    const { value } = readOrganization({
      resourceType: 'Organization',
      id: 'o',
      name: 'Harbor Peer Support',
      active: false,
      partOf: { display: 'Harbor Health' },
    });
    expect(value).to.deep.include({ name: 'Harbor Peer Support', active: false, organization: { name: 'Harbor Health' } });
  });

  it('rejects the wrong resource type and reports bad names', () => {
    expect(readPatient({ resourceType: 'Practitioner' }).problems[0]).to.include({ code: 'wrong-resource-type' });
    const { value, problems } = readPatient({ resourceType: 'Patient', name: [{ given: 'Sam' }, 'x'] });
    expect(value?.name).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['name[0].given', 'wrong-type'],
      ['name[1]', 'wrong-type'],
    ]);
  });
});
