/**
 * One peer recogniser: for every row, isPeerSpecialist() gives the expected answer, categoriseRole()
 * the expected category, and the two agree for every member kind that is not the client or family.
 * Rules: src/fhir/peer.ts and README "FHIR extensions".
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isPeerSpecialist } from '../../../src/fhir/peer.js';
import { categoriseRole } from '../../../src/fhir/categorise.js';
import { readPeerRole } from '../../../src/fhir/read/practitioner-role.js';
import { buildCardModel } from '../../../src/components/care-peer-role-card/peer-view.js';
import type { RoleCategory } from '../../../src/model/role-category.js';
import type { MemberKind } from '../../../src/model/team-member.js';

const NUCC = 'http://nucc.org/provider-taxonomy';
const NUCC_OID = 'urn:oid:2.16.840.1.113883.6.101';
const SNOMED = 'http://snomed.info/sct';
const PEER = '175T00000X';
const KINDS: readonly MemberKind[] = ['practitioner', 'practitioner-role', 'organization', 'care-team', 'unknown'];

const text = (value: string) => ({ text: value });
const coded = (system: string, code: string, value?: string) => ({ coding: [{ system, code }], ...(value ? { text: value } : {}) });

interface Row {
  name: string;
  input: unknown;
  peer: boolean;
  /** categoriseRole(input, 'practitioner-role'). */
  category: RoleCategory;
}

const ROWS: Row[] = [
  // Text that names a peer role.
  { name: 'peer specialist', input: text('Peer Specialist'), peer: true, category: 'peer-specialist' },
  { name: 'hyphenated, lower case', input: text('certified peer-specialist'), peer: true, category: 'peer-specialist' },
  { name: 'certified peer specialist (CPS)', input: text('Certified Peer Specialist (CPS)'), peer: true, category: 'peer-specialist' },
  { name: 'peer support specialist', input: text('Peer Support Specialist'), peer: true, category: 'peer-specialist' },
  { name: 'peer support worker', input: text('PEER SUPPORT WORKER'), peer: true, category: 'peer-specialist' },
  { name: 'peer supporter', input: text('Peer supporter'), peer: true, category: 'peer-specialist' },
  { name: 'peer support, a coding display', input: { coding: [{ display: 'Peer support' }] }, peer: true, category: 'peer-specialist' },
  { name: 'recovery coach', input: text('Recovery Coach'), peer: true, category: 'peer-specialist' },
  { name: 'peer recovery coach', input: text('Peer recovery coach'), peer: true, category: 'peer-specialist' },
  { name: 'peer recovery specialist', input: text('Certified Peer Recovery Specialist'), peer: true, category: 'peer-specialist' },
  { name: 'family peer advocate', input: text('Family Peer Advocate'), peer: true, category: 'peer-specialist' },
  { name: 'youth peer advocate', input: text('Youth peer advocate'), peer: true, category: 'peer-specialist' },
  { name: 'parent peer partner', input: text('Parent Peer Partner'), peer: true, category: 'peer-specialist' },
  { name: 'lead before the title', input: text('Lead Peer Specialist'), peer: true, category: 'peer-specialist' },
  { name: 'a programme named after the title', input: text('Peer Specialist, ACT Program'), peer: true, category: 'peer-specialist' },
  // Roles around peers.
  { name: 'peer support supervisor', input: text('Peer Support Supervisor'), peer: false, category: 'supervisor' },
  { name: 'supervisor of peers', input: text('Supervisor of peer specialists'), peer: false, category: 'supervisor' },
  { name: 'peer supervision lead', input: text('Peer support supervision lead'), peer: false, category: 'supervisor' },
  { name: 'recovery coach supervisor', input: text('Recovery coach supervisor'), peer: false, category: 'supervisor' },
  { name: 'family peer advocate supervisor', input: text('Family Peer Advocate Supervisor'), peer: false, category: 'supervisor' },
  { name: 'programme manager', input: text('Peer Support Program Manager'), peer: false, category: 'other' },
  { name: 'programme manager, British', input: text('Peer support programme manager'), peer: false, category: 'other' },
  { name: 'coordinator', input: text('Peer Support Coordinator'), peer: false, category: 'other' },
  { name: 'co-ordinator', input: text('Peer support co-ordinator'), peer: false, category: 'other' },
  { name: 'director', input: text('Peer Support Director'), peer: false, category: 'other' },
  { name: 'director of', input: text('Director of Peer Support Services'), peer: false, category: 'other' },
  { name: 'programme lead', input: text('Peer Recovery Programme Lead'), peer: false, category: 'other' },
  { name: 'team lead', input: text('Peer Support Team Lead'), peer: false, category: 'other' },
  { name: 'management', input: text('Peer support management'), peer: false, category: 'other' },
  { name: 'care coordinator around peers', input: text('Peer support care coordinator'), peer: false, category: 'case-manager' },
  // Other peers and other roles.
  { name: 'peer review', input: text('Peer review'), peer: false, category: 'other' },
  { name: 'peer reviewer', input: text('peer reviewer'), peer: false, category: 'other' },
  { name: 'supportive peers', input: text('Supportive peers'), peer: false, category: 'other' },
  { name: 'bare peer', input: text('Peer'), peer: false, category: 'other' },
  { name: 'bare CPS', input: text('CPS'), peer: false, category: 'other' },
  { name: 'support worker', input: text('Support worker'), peer: false, category: 'other' },
  { name: 'psychiatrist text', input: text('Psychiatrist'), peer: false, category: 'psychiatrist' },
  // Codes.
  { name: 'NUCC peer coding', input: { system: NUCC, code: PEER }, peer: true, category: 'peer-specialist' },
  { name: 'NUCC peer by OID', input: coded(NUCC_OID, PEER), peer: true, category: 'peer-specialist' },
  { name: 'peer code in another system', input: { system: 'http://example.org/local', code: PEER }, peer: false, category: 'other' },
  { name: 'peer code, no system', input: { code: PEER }, peer: false, category: 'other' },
  {
    name: 'peer code among others',
    input: {
      coding: [
        { system: 'http://loinc.org', code: 'x' },
        { system: NUCC, code: PEER },
      ],
    },
    peer: true,
    category: 'peer-specialist',
  },
  { name: 'NUCC psychiatrist', input: coded(NUCC, '2084P0800X'), peer: false, category: 'psychiatrist' },
  // Codes against conflicting text: codes win.
  { name: 'peer code, supervisor text', input: coded(NUCC, PEER, 'Peer Support Supervisor'), peer: true, category: 'peer-specialist' },
  { name: 'peer code, manager text', input: coded(NUCC, PEER, 'Peer Support Program Manager'), peer: true, category: 'peer-specialist' },
  { name: 'peer code, nurse text', input: coded(NUCC, PEER, 'Nurse'), peer: true, category: 'peer-specialist' },
  {
    name: 'case-manager code, peer text',
    input: coded(NUCC, '171M00000X', 'Peer Support Specialist'),
    peer: false,
    category: 'case-manager',
  },
  {
    name: 'nurse code, peer display',
    input: { coding: [{ system: SNOMED, code: '224535009', display: 'Peer specialist' }] },
    peer: false,
    category: 'nurse',
  },
  { name: 'family code, peer text (a practitioner)', input: coded(SNOMED, '133932002', 'Peer specialist'), peer: false, category: 'other' },
  {
    name: 'unknown local code, peer text',
    input: coded('http://example.org/roles', 'PSS', 'Peer Support Specialist'),
    peer: true,
    category: 'peer-specialist',
  },
  // Arrays (a participant's roles plus its PractitionerRole's codes).
  {
    name: 'array: peer code wins over psychiatrist code',
    input: [coded(NUCC, '2084P0800X'), coded(NUCC_OID, PEER)],
    peer: true,
    category: 'peer-specialist',
  },
  { name: 'array: peer text and nurse text', input: [text('Nurse'), text('Peer support worker')], peer: true, category: 'peer-specialist' },
  {
    name: 'array: peer text, therapist code',
    input: [text('Recovery coach'), coded(NUCC, '1041C0700X')],
    peer: false,
    category: 'therapist',
  },
  {
    name: 'array: peer text and a supervisor text',
    input: [text('Peer specialist'), text('Clinical supervisor')],
    peer: true,
    category: 'peer-specialist',
  },
  {
    name: 'array: only roles around peers',
    input: [text('Peer Support Coordinator'), text('Peer Support Supervisor')],
    peer: false,
    category: 'supervisor',
  },
  { name: 'empty array', input: [], peer: false, category: 'other' },
  // Not concepts at all.
  { name: 'a string', input: 'peer specialist', peer: false, category: 'other' },
  { name: 'null', input: null, peer: false, category: 'other' },
  { name: 'coding not an array', input: { coding: 'x', text: 'Peer specialist' }, peer: true, category: 'peer-specialist' },
];

describe('the peer recogniser (isPeerSpecialist and categoriseRole)', () => {
  it('has a row for each rule', () => {
    expect(ROWS.length).to.be.at.least(30);
    expect(new Set(ROWS.map((row) => row.name)).size).to.equal(ROWS.length);
  });

  for (const row of ROWS) {
    it(`${row.name}: ${row.peer ? 'a peer' : 'not a peer'}, ${row.category}`, () => {
      expect(isPeerSpecialist(row.input), 'isPeerSpecialist').to.equal(row.peer);
      expect(categoriseRole(row.input, 'practitioner-role'), 'categoriseRole').to.equal(row.category);
      for (const kind of KINDS) {
        expect(categoriseRole(row.input, kind) === 'peer-specialist', `categoriseRole(${kind}) agrees`).to.equal(row.peer);
      }
    });
  }

  it('the kind still decides for the client and family', () => {
    expect(categoriseRole(coded(NUCC, PEER), 'patient')).to.equal('client');
    expect(categoriseRole(text('Family peer advocate'), 'related-person')).to.equal('family');
  });

  it('the card badges a role as the recogniser does, even when its label alone reads as peer text', () => {
    const card = (code: unknown) => {
      const peer = readPeerRole({ resourceType: 'PractitionerRole', id: 'r', code: [code] }).value!;
      const { category } = buildCardModel(peer, {});
      return { isPeer: peer.isPeer, category };
    };
    expect(card(coded(NUCC, '171M00000X', 'Peer Support Specialist'))).to.deep.equal({ isPeer: false, category: 'other' });
    expect(card(text('Peer Support Program Manager'))).to.deep.equal({ isPeer: false, category: 'other' });
    expect(card(text('Recovery coach'))).to.deep.equal({ isPeer: true, category: 'peer-specialist' });
  });

  it('agrees on any mix of these texts and codes, for every kind but client and family', () => {
    const texts = ROWS.flatMap((row) => (isText(row.input) ? [row.input.text] : []));
    const codings = fc.record({
      system: fc.constantFrom(NUCC, NUCC_OID, SNOMED, 'http://example.org/local'),
      code: fc.constantFrom(PEER, '2084P0800X', '171M00000X', '224535009', '133932002', '116154003', 'x'),
      display: fc.option(fc.constantFrom(...texts), { nil: undefined }),
    });
    const concept = fc.record({
      text: fc.option(fc.constantFrom(...texts), { nil: undefined }),
      coding: fc.array(codings, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.oneof(concept, fc.array(concept, { maxLength: 3 })), fc.constantFrom(...KINDS), (input, kind) => {
        expect(categoriseRole(input, kind) === 'peer-specialist').to.equal(isPeerSpecialist(input));
      }),
      { numRuns: 500 },
    );
  });
});

function isText(value: unknown): value is { text: string } {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
}
