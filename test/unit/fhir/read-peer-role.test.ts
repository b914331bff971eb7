import { expect } from '@open-wc/testing';
import { readPeerRole } from '../../../src/fhir/read/practitioner-role.js';
import { EXT } from '../../../src/fhir/extensions.js';
import { canShowLivedExperience } from '../../../src/model/peer-role.js';
import { PeerRoleSchema } from '../../../src/model/schemas/peer-role.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { peerResources, peerRole } from './peer-resources.js';

const NOW = new Date('2025-06-01T00:00:00Z');

function withExtensions(extension: unknown[]): unknown {
  return { ...peerRole, extension };
}

describe('readPeerRole', () => {
  it('reads a fully described peer specialist with their Practitioner, organisation and supervisor', () => {
    const { value, problems } = readPeerRole(peerRole, { resources: peerResources, now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({
      id: 'peer-jordan-role',
      name: 'Jordan Rivera',
      pronouns: 'they/them',
      photoUrl: 'https://example.org/photos/jordan.jpg',
      roleLabel: 'Certified Peer Specialist',
      isPeer: true,
      active: true,
      period: { start: '2022-01-10' },
      organization: { name: 'Harbor Peer Support Programme', reference: 'Organization/harbor-peer' },
      does: ['Shares their own recovery story when it helps', 'Goes with clients to first appointments'],
      doesNot: ['Hold or adjust medication'],
      competencies: [3, 6],
      values: ['hopeful', 'person-driven'],
      availabilityNote: 'Evening groups on Tuesdays by arrangement',
    });
    expect(value?.credentials).to.deep.equal([
      {
        name: 'Massachusetts Certified Peer Specialist (CPS)',
        issuer: 'Massachusetts Department of Mental Health',
        identifier: 'CPS-2291',
        period: { start: '2021-03-01' },
      },
    ]);
    expect(value?.supervision).to.deep.equal({
      supervisorName: 'Dana Whitfield',
      supervisorRole: 'Peer Support Supervisor',
      supervisorReference: 'PractitionerRole/supervisor-role',
      cadence: 'Weekly, 1 hour',
      hasPeerExperience: true,
    });
    expect(value?.availability).to.deep.equal([
      { daysOfWeek: ['mon', 'wed', 'thu'], start: '09:00:00', end: '17:00:00' },
      { daysOfWeek: ['sat'], allDay: true },
    ]);
    expect(value?.unavailable).to.deep.equal([{ description: 'Annual leave', during: { start: '2025-08-04', end: '2025-08-15' } }]);
    expect(value?.languages).to.deep.equal([
      { code: 'en', display: 'English' },
      { code: 'es', display: 'Spanish' },
    ]);
    // The role's work contacts, not the Practitioner's home phone.
    expect(value?.telecom.map((t) => t.value)).to.deep.equal(['555-0142', 'jordan.rivera@harbor.example.org']);
    expect(value?.livedExperience).to.deep.equal({
      statement: 'I have lived with depression since my teens and know recovery is possible.',
      audience: 'both',
      consentDate: '2024-02-01',
    });
    expect(canShowLivedExperience(value?.livedExperience, 'client')).to.equal(true);
    expect(PeerRoleSchema.safeParse(value).success).to.equal(true);
  });

  it('without the Practitioner, still names the peer from the reference display', () => {
    const { value, problems } = readPeerRole(peerRole, { now: NOW });
    expect(value?.name).to.equal('Jordan R.');
    expect(value?.credentials).to.deep.equal([]);
    expect(value?.organization).to.deep.equal({ name: 'Harbor Peer Support', reference: 'Organization/harbor-peer' });
    expect(value?.supervision?.supervisorName).to.equal('Dana Whitfield');
    expect(value?.supervision?.supervisorRole).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('drops the statement text once consent is revoked, and hides it from the wrong audience', () => {
    const revoked = readPeerRole(
      withExtensions([
        {
          url: EXT.livedExperience,
          extension: [
            { url: 'statement', valueString: 'Private words' },
            { url: 'audience', valueCode: 'team' },
            { url: 'consent-date', valueDateTime: '2024-02-01' },
            { url: 'revoked', valueDateTime: '2024-09-01' },
          ],
        },
      ]),
    );
    expect(revoked.value?.livedExperience).to.deep.equal({
      statement: '',
      audience: 'team',
      consentDate: '2024-02-01',
      revoked: true,
    });
    expect(JSON.stringify(revoked.value)).not.to.contain('Private words');
    const badDate = readPeerRole(
      withExtensions([
        {
          url: EXT.livedExperience,
          extension: [
            { url: 'statement', valueString: 'Private words' },
            { url: 'audience', valueCode: 'both' },
            { url: 'revoked', valueDateTime: 'last week' },
          ],
        },
      ]),
    );
    expect(badDate.value?.livedExperience).to.deep.equal({ statement: '', audience: 'both', revoked: true });
    expect(badDate.problems.map((p) => [p.path, p.code])).to.deep.equal([['extension[0].extension[2].valueDateTime', 'wrong-type']]);
    const teamOnly = { statement: 'Words', audience: 'team' as const, consentDate: '2024-01-01' };
    expect(canShowLivedExperience(teamOnly, 'client')).to.equal(false);
    expect(canShowLivedExperience({ ...teamOnly, consentDate: undefined }, 'team')).to.equal(false);
  });

  it('reports bad extension content by path and keeps the rest', () => {
    const { value, problems } = readPeerRole(
      withExtensions([
        { url: EXT.competency, valueCoding: { code: '13' } },
        { url: EXT.competency, valueCoding: { code: '2' } },
        { url: EXT.peerValue, valueCoding: { code: 'obedient' } },
        {
          url: EXT.livedExperience,
          extension: [
            { url: 'statement', valueString: 'x' },
            { url: 'audience', valueCode: 'world' },
          ],
        },
      ]),
    );
    expect(value?.competencies).to.deep.equal([2]);
    expect(value?.livedExperience).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.code])).to.deep.include.members([
      ['extension[0].valueCoding.code', 'unknown-code'],
      ['extension[2].valueCoding.code', 'unknown-code'],
      ['extension[3].extension[1].valueCode', 'unknown-code'],
    ]);
  });

  it('reads the HL7 R4 practitionerrole-example: availability, telecom, an ended period', async () => {
    const { value, problems } = readPeerRole(await loadFixture('hl7-fhir-r4/practitionerrole-example.json'), { now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({ name: 'Dr Adam Careful', roleLabel: 'RP', isPeer: false, active: false });
    expect(value?.availability).to.have.length(2);
    expect(value?.availability[1]).to.deep.equal({ daysOfWeek: ['thu', 'fri'], start: '09:00:00', end: '12:00:00' });
    expect(value?.unavailable[0]?.during).to.deep.equal({ start: '2017-05-01', end: '2017-05-20' });
    expect(value?.telecom).to.have.length(2);
  });

  it('reads the US Core PractitionerRole bundle, resolving the Practitioner from the Bundle', async () => {
    const bundle = await loadFixture<{ entry: { resource: unknown }[] }>(
      'us-core/PractitionerRole_Practitioner_Endpoint_Bundle_Example.json',
    );
    const { value, problems } = readPeerRole(bundle.entry[0]?.resource, { bundle, now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({ name: 'Brenda Jennings Richard', roleLabel: 'primary care physician', isPeer: false });
    expect(value?.organization).to.deep.equal({ name: 'Acme Lab', reference: 'Organization/acme-lab' });
    expect(value?.credentials).to.deep.equal([
      { name: 'Medical Doctor', issuer: 'Michigan Department of Licensing and Regulatory Affairs', identifier: 'LARA-1011' },
    ]);
    // The role has no telecom, so the Practitioner's work number is used and the home one is not.
    expect(value?.telecom).to.deep.equal([{ system: 'phone', value: '313-555-6443', use: 'work' }]);
  });

  it('reports an unresolvable, unnamed Practitioner and supervisor', () => {
    const role = {
      resourceType: 'PractitionerRole',
      practitioner: { reference: 'Practitioner/nobody' },
      extension: [{ url: EXT.supervision, extension: [{ url: 'supervisor', valueReference: { reference: 'Practitioner/gone' } }] }],
    };
    const { value, problems } = readPeerRole(role);
    expect(value?.name).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['practitioner.reference', 'unresolved-reference'],
      ['extension[0].extension[0].valueReference.reference', 'unresolved-reference'],
    ]);
  });

  it('rejects a Practitioner given where a PractitionerRole is expected', () => {
    const { value, problems } = readPeerRole({ resourceType: 'Practitioner' });
    expect(value).to.equal(undefined);
    expect(problems).to.deep.equal([
      { path: 'resourceType', code: 'wrong-resource-type', message: 'resourceType: expected PractitionerRole' },
    ]);
  });
});

describe('readPeerRole on a role that is not peer support', () => {
  it('does not label an uncoded role "Peer Specialist"', async () => {
    const { readPeerRole } = await import('../../../src/fhir/read/practitioner-role.js');
    const result = readPeerRole({ resourceType: 'PractitionerRole', id: 'r1' });
    expect(result.value?.isPeer).to.equal(false);
    expect(result.value?.roleLabel).to.equal('');
  });
});
