import { expect } from '@open-wc/testing';
import {
  DEFAULT_PEER_DOES,
  DEFAULT_PEER_DOES_NOT,
  DEFAULT_RESPONSIBILITIES,
  NAPS_VALUES,
  ROLE_CATEGORIES,
  ROLE_CATEGORY_LABELS,
  SAMHSA_COMPETENCIES,
  canShowLivedExperience,
  hasActivePeer,
  newestFirst,
  peerMembers,
  type TeamMember,
} from '../../../src/model/index.js';
import { DEFAULT_PEER_DOES_KEYS, DEFAULT_PEER_DOES_NOT_KEYS } from '../../../src/components/care-peer-role-card/messages.js';
import { PeerRoleSchema, TeamMemberSchema } from '../../../src/model/schemas/index.js';

const member = (overrides: Partial<TeamMember>): TeamMember => ({
  key: 'k',
  kind: 'practitioner',
  roles: [],
  category: 'other',
  isPeer: false,
  active: true,
  telecom: [],
  unresolved: false,
  ...overrides,
});

describe('model constants', () => {
  it('has a label and a default responsibility for every role category', () => {
    for (const category of ROLE_CATEGORIES) {
      expect(ROLE_CATEGORY_LABELS[category], category).to.be.a('string').and.not.equal('');
      expect(DEFAULT_RESPONSIBILITIES[category], category).to.be.a('string').and.not.equal('');
    }
    expect(DEFAULT_RESPONSIBILITIES['peer-specialist']).to.contain('lived experience');
  });

  it('lists the 12 SAMHSA competencies and the 12 N.A.P.S. values', () => {
    expect(SAMHSA_COMPETENCIES.map((c) => c.code)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(NAPS_VALUES).to.have.length(12);
    expect(new Set(NAPS_VALUES.map((v) => v.code)).size).to.equal(12);
  });

  it('has the SAMHSA does / does-not chart with a key per line', () => {
    expect(DEFAULT_PEER_DOES).to.have.length(7);
    expect(DEFAULT_PEER_DOES_NOT).to.have.length(7);
    expect(DEFAULT_PEER_DOES_KEYS).to.have.length(DEFAULT_PEER_DOES.length);
    expect(DEFAULT_PEER_DOES_NOT_KEYS[0]).to.equal('peer.does-not.1');
    expect(DEFAULT_PEER_DOES_NOT.join(' ')).to.match(/diagnose/i);
  });
});

describe('model schemas and helpers', () => {
  it('validates a team member and rejects an unknown category', () => {
    expect(TeamMemberSchema.safeParse(member({})).success).to.equal(true);
    expect(TeamMemberSchema.safeParse({ ...member({}), category: 'wizard' }).success).to.equal(false);
  });

  it('rejects a competency outside 1..12', () => {
    const base = {
      roleLabel: 'Peer Specialist',
      isPeer: true,
      active: true,
      credentials: [],
      does: [],
      doesNot: [],
      values: [],
      availability: [],
      unavailable: [],
      languages: [],
      telecom: [],
    };
    expect(PeerRoleSchema.safeParse({ ...base, competencies: [1, 12] }).success).to.equal(true);
    expect(PeerRoleSchema.safeParse({ ...base, competencies: [13] }).success).to.equal(false);
  });

  it('lists peers current first, and knows whether a current peer is on the team', () => {
    const team = {
      members: [member({ key: 'a', isPeer: true, active: false }), member({ key: 'b' }), member({ key: 'c', isPeer: true })],
    };
    expect(peerMembers(team).map((m) => m.key)).to.deep.equal(['c', 'a']);
    expect(hasActivePeer(team)).to.equal(true);
    expect(hasActivePeer({ members: [member({ isPeer: true, active: false })] })).to.equal(false);
  });

  it('shows a lived-experience statement only with consent, unrevoked, to its audience', () => {
    const experience = { statement: 'My words', audience: 'client' as const, consentDate: '2024-01-01' };
    expect(canShowLivedExperience(experience, 'client')).to.equal(true);
    expect(canShowLivedExperience(experience, 'team')).to.equal(false);
    expect(canShowLivedExperience({ ...experience, audience: 'both' }, 'team')).to.equal(true);
    expect(canShowLivedExperience({ ...experience, revoked: true }, 'client')).to.equal(false);
    expect(canShowLivedExperience(undefined, 'client')).to.equal(false);
  });

  it('sorts notes newest first, undated last in their original order', () => {
    const notes = [
      { text: 'a' },
      { text: 'b', time: '2024-01-01' },
      { text: 'c' },
      { text: 'd', time: '2025-01-01T10:00:00Z' },
      { text: 'e', time: 'garbage' },
    ];
    expect(newestFirst(notes).map((n) => n.text)).to.deep.equal(['d', 'b', 'a', 'c', 'e']);
  });
});
