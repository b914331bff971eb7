/** The roster's pure data logic: grouping, filtering, sorting, counts, keyboard order, type-ahead, input checks. */
import { expect } from '@open-wc/testing';
import type { TeamMember } from '../../../src/model/team-member.js';
import type { RoleCategory } from '../../../src/model/role-category.js';
import {
  buildRosterView,
  countByRole,
  filterMembers,
  findByTypeahead,
  fold,
  groupMembers,
  navigationOrder,
  rosterOptions,
  shouldVirtualize,
  sortMembers,
  VIRTUALIZE_ABOVE,
} from '../../../src/components/care-team-roster/roster-model.js';
import { decideKey } from '../../../src/components/care-team-roster/roster-keys.js';
import { mapFhirTeam } from '../../../src/components/care-team-roster/roster-input.js';
import { mostRecentTeam } from '../../../src/data/load-care-team.js';
import { badgeLabel, extraRoles, periodText } from '../../../src/components/care-team-roster/roster-row.js';
import type { Resource } from '../../../src/fhir/types.js';

function member(name: string | undefined, category: RoleCategory, extra: Partial<TeamMember> = {}): TeamMember {
  return {
    key: `k-${name ?? 'unnamed'}-${category}`,
    ...(name === undefined ? {} : { name }),
    kind: 'practitioner-role',
    roles: [],
    category,
    isPeer: category === 'peer-specialist',
    active: true,
    telecom: [],
    unresolved: false,
    ...extra,
  };
}

const names = (list: readonly TeamMember[]) => list.map((m) => m.name ?? '(unnamed)');

describe('roster model: sorting', () => {
  it('sorts by name ignoring case and accents, unnamed members last', () => {
    const sorted = sortMembers(
      [member('zoe', 'nurse'), member(undefined, 'other'), member('Émile', 'therapist'), member('ana', 'psychiatrist')],
      'name',
    );
    expect(names(sorted)).to.deep.equal(['ana', 'Émile', 'zoe', '(unnamed)']);
  });

  it('sorts by role in category order (peer first), then by name', () => {
    const sorted = sortMembers(
      [member('Bo', 'therapist'), member('Al', 'therapist'), member('Cy', 'peer-specialist'), member('Di', 'client')],
      'role',
    );
    expect(names(sorted)).to.deep.equal(['Cy', 'Al', 'Bo', 'Di']);
  });

  it('is stable and total for equal names (key breaks the tie) and does not mutate the input', () => {
    const input = [member('Sam', 'nurse', { key: 'b' }), member('Sam', 'nurse', { key: 'a' })];
    const sorted = sortMembers(input, 'name');
    expect(sorted.map((m) => m.key)).to.deep.equal(['a', 'b']);
    expect(input.map((m) => m.key)).to.deep.equal(['b', 'a']);
  });

  it('folds case, accents and outer spaces', () => {
    expect(fold('  Ólafur ÅSA ')).to.equal('olafur asa');
  });
});

describe('roster model: grouping, filter and counts', () => {
  const team = [
    member('Rosa', 'peer-specialist', { organization: { name: 'PeerBridge' } }),
    member('Sam', 'psychiatrist', { organization: { name: 'Riverside' } }),
    member('Jo', 'therapist', { organization: { name: 'Riverside' } }),
    member('Maria', 'client'),
    member('Elena', 'therapist', { active: false, organization: { name: 'Riverside' } }),
  ];

  it('groups by role in category order, the peer specialist first', () => {
    const groups = groupMembers(team, 'role', 'name');
    expect(groups.map((g) => g.category)).to.deep.equal(['peer-specialist', 'psychiatrist', 'therapist', 'client']);
    expect(names(groups[2].members)).to.deep.equal(['Elena', 'Jo']);
  });

  it('groups by organisation alphabetically, members without one last', () => {
    const groups = groupMembers(team, 'organization', 'name');
    expect(groups.map((g) => g.organization ?? '(none)')).to.deep.equal(['PeerBridge', 'Riverside', '(none)']);
    expect(groups.map((g) => g.members.length)).to.deep.equal([1, 3, 1]);
  });

  it('puts everyone in one group with no grouping, and no group for no members', () => {
    expect(groupMembers(team, 'none', 'name')).to.have.length(1);
    expect(groupMembers([], 'role', 'name')).to.deep.equal([]);
    expect(groupMembers([], 'none', 'name')).to.deep.equal([]);
  });

  it('filters by role category', () => {
    expect(names(filterMembers(team, 'therapist'))).to.deep.equal(['Jo', 'Elena']);
    expect(filterMembers(team, undefined)).to.have.length(5);
  });

  it('counts members per role over the whole team, in category order', () => {
    expect(countByRole(team)).to.deep.equal([
      ['peer-specialist', 1],
      ['psychiatrist', 1],
      ['therapist', 2],
      ['client', 1],
    ]);
  });

  it('builds the view: current members grouped, ended members apart, counts of shown and total', () => {
    const view = buildRosterView(team, { groupBy: 'role', sort: 'name', filter: 'therapist' });
    expect(view.groups.map((g) => [g.category, names(g.members)])).to.deep.equal([['therapist', ['Jo']]]);
    expect(names(view.past)).to.deep.equal(['Elena']);
    expect([view.shown, view.total]).to.deep.equal([2, 5]);
    expect(view.roleCounts).to.have.length(4);
  });

  it('orders keyboard navigation through the groups, then the past members only when shown', () => {
    const view = buildRosterView(team, { groupBy: 'role', sort: 'name' });
    expect(names(navigationOrder(view, false))).to.deep.equal(['Rosa', 'Sam', 'Jo', 'Maria']);
    expect(names(navigationOrder(view, true))).to.deep.equal(['Rosa', 'Sam', 'Jo', 'Maria', 'Elena']);
  });

  it('reads view options from attribute values, unknown values falling back to the defaults', () => {
    expect(rosterOptions('organization', 'role', 'peer-specialist')).to.deep.equal({
      groupBy: 'organization',
      sort: 'role',
      filter: 'peer-specialist',
    });
    expect(rosterOptions('colour', 'size', 'wizard')).to.deep.equal({ groupBy: 'role', sort: 'name', filter: undefined });
    expect(rosterOptions('none', 'name', '')).to.deep.equal({ groupBy: 'none', sort: 'name', filter: undefined });
  });

  it('virtualizes above 200 rows', () => {
    expect(VIRTUALIZE_ABOVE).to.equal(200);
    expect(shouldVirtualize(200)).to.equal(false);
    expect(shouldVirtualize(201)).to.equal(true);
  });
});

describe('roster model: type-ahead and keys', () => {
  const order = [
    member('Ana', 'nurse'),
    member('Ben', 'nurse'),
    member('Anita', 'nurse'),
    member('Ángel', 'nurse'),
    member(undefined, 'other'),
  ];
  const key = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false });

  it('finds the next name starting with the query, wrapping, ignoring case and accents', () => {
    expect(findByTypeahead(order, 'an', 0)).to.equal(0);
    expect(findByTypeahead(order, 'a', 1)).to.equal(2);
    expect(findByTypeahead(order, 'ANG', 0)).to.equal(3);
    expect(findByTypeahead(order, 'b', 3)).to.equal(1);
    expect(findByTypeahead(order, 'x', 0)).to.equal(-1);
    expect(findByTypeahead(order, '', 0)).to.equal(-1);
  });

  it('moves with arrows, Home and End, clamped to the list', () => {
    expect(decideKey(key('ArrowDown'), 1, order, '').target).to.equal(2);
    expect(decideKey(key('ArrowDown'), 4, order, '').target).to.equal(4);
    expect(decideKey(key('ArrowUp'), 0, order, '').target).to.equal(0);
    expect(decideKey(key('Home'), 3, order, 'a').target).to.equal(0);
    expect(decideKey(key('End'), 0, order, '')).to.deep.equal({ target: 4, buffer: '' });
  });

  it('types ahead: one letter goes to the next match, more letters refine, the same letter cycles', () => {
    expect(decideKey(key('a'), 0, order, '')).to.deep.equal({ target: 2, buffer: 'a' });
    expect(decideKey(key('n'), 0, order, 'a')).to.deep.equal({ target: 0, buffer: 'an' });
    expect(decideKey(key('i'), 0, order, 'an')).to.deep.equal({ target: 2, buffer: 'ani' });
    expect(decideKey(key('a'), 2, order, 'a')).to.deep.equal({ target: 3, buffer: 'aa' });
  });

  it('leaves Space to the button unless a query is being typed, and ignores modified keys', () => {
    expect(decideKey(key(' '), 0, order, '')).to.deep.equal({ buffer: '' });
    expect(decideKey(key(' '), 0, order, 'ana').buffer).to.equal('ana ');
    expect(decideKey({ key: 'a', ctrlKey: true, metaKey: false, altKey: false }, 0, order, '')).to.deep.equal({ buffer: '' });
    expect(decideKey(key('Tab'), 0, order, 'an')).to.deep.equal({ buffer: 'an' });
  });
});

describe('roster input', () => {
  it('accepts resources as an array or a Bundle, and resolves contained members', () => {
    const team = {
      resourceType: 'CareTeam',
      contained: [{ resourceType: 'Practitioner', id: 'p1', name: [{ text: 'Dana Contained' }] }],
      participant: [{ member: { reference: '#p1' } }, { member: { reference: 'Practitioner/p2' } }],
    };
    const practitioner = { resourceType: 'Practitioner', id: 'p2', name: [{ text: 'Lee Listed' }] };
    const fromArray = mapFhirTeam(team, [practitioner], undefined);
    const fromBundle = mapFhirTeam(team, { resourceType: 'Bundle', type: 'collection', entry: [{ resource: practitioner }] }, undefined);
    expect(fromArray.value!.members.map((m) => m.name)).to.deep.equal(['Dana Contained', 'Lee Listed']);
    expect(fromBundle.value!.members.map((m) => m.name)).to.deep.equal(['Dana Contained', 'Lee Listed']);
    expect(fromArray.problems).to.deep.equal([]);
    expect(fromArray.resolver.resolve('#p1')?.resource['id']).to.equal('p1');
  });
});

describe('roster load: the most recent team', () => {
  it('takes the team whose period started last, then the latest update', () => {
    const teams = [
      { resourceType: 'CareTeam', id: 'old', period: { start: '2024-01-01' } },
      { resourceType: 'CareTeam', id: 'new', period: { start: '2026-03-02' }, meta: { lastUpdated: '2026-03-02T00:00:00Z' } },
      { resourceType: 'CareTeam', id: 'newer-edit', period: { start: '2026-03-02' }, meta: { lastUpdated: '2026-09-01T00:00:00Z' } },
      { resourceType: 'CareTeam', id: 'undated' },
    ] as Resource[];
    expect(mostRecentTeam(teams)?.id).to.equal('newer-edit');
    expect(mostRecentTeam([teams[3], teams[0]])?.id).to.equal('old');
    expect(mostRecentTeam([])).to.equal(undefined);
  });
});

describe('roster row text', () => {
  it('labels the badge by category, by the role text for "other", and lists only the extra role texts', () => {
    const therapist = member('Jo', 'therapist', {
      roles: [{ display: 'Therapist' }, { display: 'Therapist (LICSW)' }, { display: 'therapist (licsw)' }],
    });
    expect(badgeLabel(therapist, 'en')).to.equal('Therapist');
    expect(extraRoles(therapist, 'Therapist')).to.deep.equal(['Therapist (LICSW)']);
    const adviser = member('Dot', 'other', { roles: [{ display: 'adviser' }] });
    expect(badgeLabel(adviser, 'en')).to.equal('adviser');
    expect(badgeLabel(member('X', 'other'), 'en')).to.equal('Team member');
  });

  it('writes the period as since, until or a range, and nothing without dates', () => {
    expect(periodText(member('a', 'nurse', { period: { start: '2026-03-02' } }), 'en-GB')).to.equal('Since 2 Mar 2026');
    expect(periodText(member('a', 'nurse', { period: { end: '2026-04-10' } }), 'en-GB')).to.equal('Until 10 Apr 2026');
    expect(periodText(member('a', 'nurse', { period: { start: '2026-03-02', end: '2026-04-10' } }), 'en-GB')).to.equal(
      '2 Mar 2026 – 10 Apr 2026',
    );
    expect(periodText(member('a', 'nurse', { period: { start: 'garbage' } }), 'en-GB')).to.equal(undefined);
    expect(periodText(member('a', 'nurse'), 'en-GB')).to.equal(undefined);
  });
});
