/** <care-team-roster> with large teams: the virtualization threshold, bounded DOM, keyboard and a11y. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../../src/components/care-team-roster/define.js';
import type { CareTeamRoster } from '../../../src/components/care-team-roster/care-team-roster.js';
import { buildRosterView, navigationOrder } from '../../../src/components/care-team-roster/roster-model.js';
import { readCareTeam } from '../../../src/fhir/read/care-team.js';
import type { CareTeam } from '../../../src/model/care-team.js';
import type { TeamMember } from '../../../src/model/team-member.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { syntheticTeam, type SyntheticTeam } from '../../../bench/team-fixture.js';

const NOW = new Date('2026-11-24T12:00:00Z');

/** The bench's synthetic team of `size` current members (nobody has left). */
function currentTeam(size: number): SyntheticTeam {
  return syntheticTeam(size, { leaversEvery: 0 });
}

/** The members the roster shows, mapped the same way, for expected values. */
function membersOf(data: SyntheticTeam): CareTeam['members'] {
  return readCareTeam(data.careTeam, { resources: data.resources, now: NOW }).value!.members;
}

async function roster(data: SyntheticTeam): Promise<CareTeamRoster> {
  const element = await fixture<CareTeamRoster>(
    html`<care-team-roster .careTeam=${data.careTeam} .resources=${data.resources} .now=${NOW}></care-team-roster>`,
  );
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('button.row'), 'rows rendered');
  return element;
}

const rowCount = (element: CareTeamRoster) => element.shadowRoot!.querySelectorAll('[role="listitem"]').length;
const virtualizers = (element: CareTeamRoster) => element.shadowRoot!.querySelectorAll('care-roster-virtualizer').length;
const focusedName = (element: CareTeamRoster) => element.shadowRoot!.activeElement?.querySelector('.name')?.textContent;

/** Waits for focus on the member's row; a failure says where focus is instead. */
async function focusOn(element: CareTeamRoster, name: string | undefined, label: string): Promise<void> {
  await waitUntil(() => focusedName(element) === name, label, { timeout: 3000 }).catch(() => {
    const active = element.shadowRoot!.activeElement ?? document.activeElement;
    throw new Error(`${label}: focus is on ${focusedName(element) ?? active?.tagName ?? 'nothing'}, not ${name}`);
  });
}

describe('<care-team-roster> virtualization', () => {
  // The virtualizer triggers benign "ResizeObserver loop" errors (see its README); mocha would fail on them.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('renders up to 200 rows as plain lists, every row in the DOM', async () => {
    const element = await roster(currentTeam(200));
    expect(virtualizers(element)).to.equal(0);
    expect(rowCount(element)).to.equal(200);
  });

  it('virtualizes above 200 rows', async () => {
    const element = await roster(currentTeam(201));
    expect(virtualizers(element)).to.be.greaterThan(0);
    expect(rowCount(element)).to.be.lessThan(201);
  });

  it('keeps the DOM bounded with 5,000 members, with list positions for screen readers', async () => {
    const team = currentTeam(5000);
    const element = await roster(team);
    // Let the virtualizer measure and settle.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = rowCount(element);
    expect(count, `rows in the DOM: ${count}`).to.be.lessThan(150);
    expect(count).to.be.greaterThan(3);
    const first = element.shadowRoot!.querySelector('[role="listitem"]')!;
    const group = buildRosterView(membersOf(team), { groupBy: 'role', sort: 'name' }).groups[0];
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal(String(group.members.length));
    expect(element.shadowRoot!.querySelector('.group-heading')!.textContent.trim()).to.equal(`Peer specialist (${group.members.length})`);
  });

  it('moves by keyboard to rows that are not rendered yet: End, Home and type-ahead', async () => {
    const team = currentTeam(5000);
    const order = navigationOrder(buildRosterView(membersOf(team), { groupBy: 'role', sort: 'name' }), false);
    const element = await roster(team);
    element.shadowRoot!.querySelector<HTMLElement>('button.row')!.focus();
    await sendKeys({ press: 'End' });
    await focusOn(element, order.at(-1)!.name, 'End: focus on the last member');
    expect(rowCount(element)).to.be.lessThan(150);
    await sendKeys({ press: 'ArrowUp' });
    await focusOn(element, order.at(-2)!.name, 'ArrowUp: focus on the one before');
    await sendKeys({ press: 'Home' });
    await focusOn(element, order[0].name, 'Home: focus back on the first member');
    // Type-ahead to a member far down the list, by the full name (names carry a unique number).
    const target = order[3100];
    await sendKeys({ type: target.name! });
    await focusOn(element, target.name, 'type-ahead');
    expect(element.shadowRoot!.querySelectorAll('button.row[tabindex="0"]')).to.have.length(1);
  });

  it('renders other rows as the list scrolls, and keeps a tab stop in view', async () => {
    const element = await roster(currentTeam(5000));
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.lists')!;
    const before = [...element.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent);
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitUntil(() => {
      const names = [...element.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent);
      return names.length > 0 && !names.includes(before[0]);
    }, 'rows from the middle of the team');
    expect(rowCount(element)).to.be.lessThan(150);
    await waitUntil(() => element.shadowRoot!.querySelector('button.row[tabindex="0"]'), 'a tab stop among the rendered rows');
    const stop = element.shadowRoot!.querySelector<HTMLElement>('button.row[tabindex="0"]')!;
    const view = scroller.getBoundingClientRect();
    expect(stop.getBoundingClientRect().bottom).to.be.greaterThan(view.top);
  });

  it('virtualizes the past members too, once they are shown', async () => {
    const element = await roster(syntheticTeam(6000)); // every 25th has left: 240 past members
    const past = element.shadowRoot!.querySelector('details.past') as HTMLDetailsElement;
    expect(past.querySelector('summary')!.textContent).to.equal('Past members (240)');
    past.open = true;
    await waitUntil(() => past.querySelector('care-roster-virtualizer'), 'past list rendered');
    // Far below 5,760 current members: its rows render once it is scrolled into view.
    past.scrollIntoView();
    await waitUntil(() => past.querySelector('care-roster-virtualizer [role="listitem"]'), 'past rows rendered');
    expect(past.querySelectorAll('[role="listitem"]').length).to.be.lessThan(240);
  });

  it('is accessible in light and dark when virtualized', async () => {
    const element = await roster(currentTeam(1000));
    await expectAccessibleInThemes(element);
  });

  it('selects a virtualized row like any other', async () => {
    const element = await roster(currentTeam(1000));
    const row = element.shadowRoot!.querySelector<HTMLElement>('button.row')!;
    const selected = new Promise<TeamMember>((resolve) =>
      element.addEventListener('care-member-selected', (event) => resolve(event.detail.member), { once: true }),
    );
    row.click();
    expect((await selected).name).to.equal(row.querySelector('.name')!.textContent);
  });
});
