/** <care-team-roster> standalone: grouping, filter and sort, selection and its event, expand-peers, keyboard. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-team-roster/define.js';
import type { CareMemberSelectedEvent } from '../../../src/components/care-team-roster/events.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

import { seedRoster, $, $$, rows, rowNames, rowOf, headings, text, choose } from '../../helpers/roster.js';
import type { Json } from '../../helpers/roster.js';

describe('<care-team-roster> grouping, filter and sort', () => {
  it('groups by organisation with counts, "No organisation" last', async () => {
    const element = await seedRoster();
    await choose(element, 'Group by', 'organization');
    expect(headings(element)).to.deep.equal([
      'PeerBridge Peer Support Program (1)',
      'Riverside Community Mental Health Center (4)',
      'No organisation (1)',
    ]);
  });

  it('shows one labelled list without grouping, sorted by role when asked', async () => {
    const element = await seedRoster({ groupBy: 'none' });
    expect(headings(element)).to.deep.equal([]);
    expect($(element, '.list')!.getAttribute('aria-label')).to.equal('Team members');
    expect(rowNames(element)).to.deep.equal(['Ana Torres', 'Jordan Lee', 'Maria Alvarez', 'Priya Raman', 'Rosa Delgado', 'Samuel Okafor']);
    await choose(element, 'Sort by', 'role');
    expect(rowNames(element)).to.deep.equal(['Rosa Delgado', 'Samuel Okafor', 'Jordan Lee', 'Priya Raman', 'Ana Torres', 'Maria Alvarez']);
  });

  it('filters by role, offering only the roles present with their counts, and says what is shown', async () => {
    const element = await seedRoster();
    const options = $$(element, 'label.control select')[0].querySelectorAll('option');
    expect([...options].map((o) => o.textContent)).to.deep.equal([
      'All roles (7)',
      'Peer specialist (1)',
      'Psychiatrist (1)',
      'Therapist (2)',
      'Case manager (1)',
      'Community health worker (1)',
      'Client (1)',
    ]);
    await choose(element, 'Show', 'therapist');
    expect(element.filterRole).to.equal('therapist');
    expect(rowNames(element)).to.deep.equal(['Jordan Lee']);
    expect(text($(element, 'details.past summary'))).to.equal('Past members (1)');
    expect(text($(element, '[part="summary"]'))).to.equal('Showing 2 of 7 members');
    expect($(element, '[part="summary"]')!.getAttribute('role')).to.equal('status');
  });

  it('says when nothing matches a role the team does not have, keeping that choice visible', async () => {
    const element = await seedRoster({ filterRole: 'nurse' });
    expect(text($(element, 'p.notice'))).to.equal('No members match this filter.');
    expect(($$(element, 'label.control select')[0] as HTMLSelectElement).selectedOptions[0].textContent).to.equal('Nurse (0)');
    await expectAccessibleInThemes(element);
  });

  it('treats unknown option values as the defaults', async () => {
    const element = await seedRoster({ groupBy: 'colour' as never, sort: 'shoe-size' as never, filterRole: 'wizard' });
    expect(headings(element)[0]).to.equal('Peer specialist (1)');
    expect(rows(element)).to.have.length(6);
  });
});

describe('<care-team-roster> selection and events', () => {
  it('fires care-member-selected with the member and team id on click, and marks the row current', async () => {
    const element = await seedRoster();
    const row = rowOf(element, 'Priya Raman');
    setTimeout(() => row.click());
    const event = await oneEvent<CareMemberSelectedEvent>(element, 'care-member-selected');
    expect(event.detail.member.name).to.equal('Priya Raman');
    expect(event.detail.member.category).to.equal('case-manager');
    expect(event.detail.careTeamId).to.equal('maria-care-team');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    await element.updateComplete;
    expect(row.getAttribute('aria-current')).to.equal('true');
    expect(rows(element).filter((r) => r.hasAttribute('aria-current'))).to.have.length(1);
    expect(element.selected).to.equal(event.detail.member.key);
  });

  it('fires nothing when the host sets `selected`, but shows it', async () => {
    const element = await seedRoster();
    let fired = 0;
    element.addEventListener('care-member-selected', () => (fired += 1));
    element.selected = 'PractitionerRole/chw-role';
    await element.updateComplete;
    expect(rowOf(element, 'Ana Torres').getAttribute('aria-current')).to.equal('true');
    expect(rowOf(element, 'Ana Torres').tabIndex, 'the selected row holds the tab stop').to.equal(0);
    expect(fired).to.equal(0);
  });

  it('with expand-peers, selecting a peer expands their compact role card in place, and again collapses it', async () => {
    const element = await seedRoster({ expandPeers: true });
    const rosa = rowOf(element, 'Rosa Delgado');
    expect(rosa.getAttribute('aria-expanded')).to.equal('false');
    expect(rowOf(element, 'Jordan Lee').hasAttribute('aria-expanded')).to.equal(false);
    rosa.click();
    await element.updateComplete;
    expect(rosa.getAttribute('aria-expanded')).to.equal('true');
    const card = $(element, 'care-peer-role-card') as HTMLElement & { practitionerRole?: Json; updateComplete: Promise<unknown> };
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.practitionerRole?.id).to.equal('peer-rosa-role');
    expect(card.closest('[role="listitem"]')).to.equal(rosa.closest('[role="listitem"]'));
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Rosa Delgado');
    await expectAccessibleInThemes(element);
    rosa.click();
    await element.updateComplete;
    expect(rosa.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, 'care-peer-role-card')).to.equal(null);
  });

  it('does not expand peers without expand-peers', async () => {
    const element = await seedRoster();
    rowOf(element, 'Rosa Delgado').click();
    await element.updateComplete;
    expect($(element, 'care-peer-role-card')).to.equal(null);
  });
});

describe('<care-team-roster> keyboard', () => {
  it('is one tab stop; arrows, Home and End move between rows, across groups', async () => {
    const element = await seedRoster();
    expect(rows(element).filter((row) => row.tabIndex === 0)).to.have.length(1);
    // The toolbar's last control, then Tab: straight onto the rows' single tab stop.
    const before = $$(element, 'label.control select').at(-1)!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => element.shadowRoot!.activeElement?.querySelector('.name')?.textContent;
    expect(focused()).to.equal('Rosa Delgado');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Samuel Okafor');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Maria Alvarez');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), 'no wrap at the end').to.equal('Maria Alvarez');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('Rosa Delgado');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('Rosa Delgado');
    await sendKeys({ press: 'ArrowDown' });
    // The tab stop follows focus: leaving and coming back lands on the same row.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(element.shadowRoot!.activeElement).to.equal(before);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Samuel Okafor');
    expect(rows(element).filter((row) => row.tabIndex === 0)).to.have.length(1);
    // Tab leaves the rows in one step (to the "Past members" disclosure).
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
  });

  it('types ahead by name', async () => {
    const element = await seedRoster();
    rows(element)[0].focus();
    const focused = () => element.shadowRoot!.activeElement?.querySelector('.name')?.textContent;
    await sendKeys({ type: 'j' });
    expect(focused()).to.equal('Jordan Lee');
    // After a pause the next letters start a new search.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await sendKeys({ type: 'pr' });
    expect(focused()).to.equal('Priya Raman');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await sendKeys({ type: 'zz' });
    expect(focused(), 'no match: focus stays').to.equal('Priya Raman');
  });

  it('selects with Enter and with Space', async () => {
    const element = await seedRoster();
    const selected: string[] = [];
    element.addEventListener('care-member-selected', (event) => selected.push(event.detail.member.name ?? ''));
    rowOf(element, 'Ana Torres').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    expect(selected).to.deep.equal(['Ana Torres', 'Maria Alvarez']);
  });

  it('reaches past members with the arrows once they are shown', async () => {
    const element = await seedRoster();
    const past = $(element, 'details.past') as HTMLDetailsElement;
    past.open = true;
    await oneEvent(past, 'toggle');
    await element.updateComplete;
    rowOf(element, 'Maria Alvarez').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot!.activeElement?.querySelector('.name')?.textContent).to.equal('Elena Kovacs');
  });
});
