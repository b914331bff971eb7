/** <care-team-roster> standalone: what it shows, the no-peer state, other states, hostile input, locale, a11y. */
import { expect, html, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../src/components/care-team-roster/define.js';
import type { CareTeamRoster } from '../../../src/components/care-team-roster/care-team-roster.js';
import type { CareDataErrorEvent } from '../../../src/events/data-error.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { HOSTILE_TEXT, wasPwned } from '../../helpers/hostile.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

import { NOW, seed, roster, seedRoster, $, $$, rows, rowNames, rowOf, headings, text, choose } from '../../helpers/roster.js';
/** The list item of the member with this name: button, description and any expanded card. */
const itemOf = (element: CareTeamRoster, name: string) => rowOf(element, name).closest('[role="listitem"]')!;

/** The part of axe-core's API (window.axe) the accessible-name check uses. */
interface AxeText {
  setup(root: Document): void;
  teardown(): void;
  commons: { text: { accessibleText(node: Element): string } };
}

/** The accessible name as axe computes it (the accessible-name algorithm, through shadow DOM). */
function accessibleName(node: Element): string {
  const axe = (window as unknown as { axe: AxeText }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** The text of the elements a node's aria-describedby names. */
function description(node: Element): string {
  const root = node.getRootNode() as ShadowRoot;
  return (node.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** Collects care-data-error events from the moment the element is created. */
function listenForErrors(): { events: CareDataErrorEvent[]; stop: () => void } {
  const events: CareDataErrorEvent[] = [];
  const listener = (event: Event) => events.push(event as CareDataErrorEvent);
  document.addEventListener('care-data-error', listener);
  return { events, stop: () => document.removeEventListener('care-data-error', listener) };
}

describe('<care-team-roster> shows the team', () => {
  it('lists every current member with name, role, responsibility, organisation and period, grouped by role with counts', async () => {
    const element = await seedRoster();
    expect(text($(element, '[part="title"]'))).to.equal('Maria Alvarez: community mental health team');
    expect(text($(element, '[part="summary"]'))).to.equal('Members: 7');
    expect(headings(element)).to.deep.equal([
      'Peer specialist (1)',
      'Psychiatrist (1)',
      'Therapist (1)',
      'Case manager (1)',
      'Community health worker (1)',
      'Client (1)',
    ]);
    expect(rowNames(element)).to.deep.equal(['Rosa Delgado', 'Samuel Okafor', 'Jordan Lee', 'Priya Raman', 'Ana Torres', 'Maria Alvarez']);
    const jordan = rowOf(element, 'Jordan Lee');
    expect(text(jordan.querySelector('[part~="badge"]'))).to.equal('Therapist');
    expect(text(jordan.querySelector('.role-text'))).to.equal('Therapist (LICSW)');
    const details = itemOf(element, 'Jordan Lee');
    expect(text(details.querySelector('[part="responsibility"]'))).to.equal('Weekly individual therapy (CBT for anxiety and sleep)');
    expect(text(details.querySelector('[part="organization"]'))).to.equal('Riverside Community Mental Health Center');
    expect(text(details.querySelector('[part="period"]'))).to.match(/^Since .*2026$/);
  });

  it('makes the peer specialist unmistakable: a distinct badge and a "what a peer does here" line', async () => {
    const element = await seedRoster();
    const rosa = rowOf(element, 'Rosa Delgado');
    expect(rosa.closest('.member')!.classList.contains('peer')).to.equal(true);
    expect(rosa.querySelector('[part~="badge"]')!.getAttribute('part')).to.equal('badge peer-badge');
    expect(text(itemOf(element, 'Rosa Delgado').querySelector('[part="responsibility"]'))).to.equal(
      'What a peer does here: Weekly peer support in Spanish or English; WRAP planning; goes with Maria to housing appointments when she asks',
    );
    // Non-peers carry neither.
    expect(itemOf(element, 'Priya Raman').querySelector('.peer-label')).to.equal(null);
    expect($$(element, '[part~="peer-badge"]')).to.have.length(1);
  });

  it("falls back to the role's default responsibility when the data gives none", async () => {
    const element = await seedRoster();
    expect(text(itemOf(element, 'Maria Alvarez').querySelector('[part="responsibility"]'))).to.equal(
      'The person at the centre of the plan, who sets their own goals.',
    );
  });

  it('screen readers hear name and role (and "Peer specialist" for the peer), with the responsibility as description', async () => {
    const element = await seedRoster();
    const rosa = rowOf(element, 'Rosa Delgado');
    expect(accessibleName(rosa)).to.equal('Rosa Delgado Peer specialist');
    expect(description(rosa)).to.match(/^What a peer does here: Weekly peer support .* PeerBridge Peer Support Program Since .*2026$/);
    expect(accessibleName(rowOf(element, 'Jordan Lee'))).to.equal('Jordan Lee Therapist Therapist (LICSW)');
    const list = $(element, '.list')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(accessibleName(list)).to.equal('Peer specialist (1)');
    expect(rosa.closest('[role="listitem"]')!.parentElement).to.equal(list);
  });

  it('keeps ended members under a collapsed "Past members", never dropping them', async () => {
    const element = await seedRoster();
    const past = $(element, 'details.past') as HTMLDetailsElement;
    expect(past.open).to.equal(false);
    expect(text(past.querySelector('summary'))).to.equal('Past members (1)');
    expect(rowNames(element)).to.not.include('Elena Kovacs');
    past.querySelector('summary')!.click();
    await oneEvent(past, 'toggle');
    await element.updateComplete;
    const elena = rowOf(element, 'Elena Kovacs');
    expect(elena.closest('details')).to.equal(past);
    expect(text(itemOf(element, 'Elena Kovacs').querySelector('[part="period"]'))).to.match(/2026 – .*2026/);
  });

  it('shows the client and family or carers as such (US Core example)', async () => {
    const team = await loadFixture('us-core/careteam-example.json');
    const element = await roster(html`<care-team-roster .careTeam=${team} .now=${NOW}></care-team-roster>`);
    expect(text(rowOf(element, 'Amy V. Shaw').querySelector('[part~="badge"]'))).to.equal('Client');
    const niece = rowOf(element, 'Sarah van Putten');
    expect(text(niece.querySelector('[part~="badge"]'))).to.equal('Family or carer');
    expect(text(niece.querySelector('.role-text'))).to.equal('Caregiver (person)');
  });

  it('renders the HL7 and US Core examples without care-data-error', async () => {
    for (const path of ['hl7-fhir-r4/careteam-example.json', 'us-core/careteam-example.json']) {
      const errors = listenForErrors();
      const team = await loadFixture(path);
      const element = await roster(html`<care-team-roster .careTeam=${team} .now=${NOW}></care-team-roster>`);
      errors.stop();
      expect(errors.events, path).to.have.length(0);
      expect(rows(element).length, path).to.be.greaterThan(0);
    }
    // The HL7 example's contained, ended dietician appears as a past member under her role text.
    const team = await loadFixture('hl7-fhir-r4/careteam-example.json');
    const element = await roster(html`<care-team-roster .careTeam=${team} .now=${NOW}></care-team-roster>`);
    expect(text($(element, 'details.past summary'))).to.equal('Past members (1)');
  });

  it('shows an unresolved member by the reference\'s display, else "Unknown member", without breaking the list', async () => {
    const team = {
      resourceType: 'CareTeam',
      participant: [
        { member: { reference: 'Practitioner/gone', display: 'Dr. Display Only' } },
        { member: { reference: 'Practitioner/nameless' } },
        { role: [{ text: 'peer support worker' }] },
      ],
    };
    const errors = listenForErrors();
    const element = await roster(html`<care-team-roster .careTeam=${team} .now=${NOW}></care-team-roster>`);
    errors.stop();
    expect(rowNames(element)).to.have.members(['Dr. Display Only', 'Unknown member', 'Unknown member']);
    expect(errors.events).to.have.length(1);
    expect(errors.events[0].detail.problems.map((p) => p.code)).to.deep.equal(['unresolved-reference']);
    // The member with only a peer role is still recognised as a peer.
    expect($$(element, '[part~="peer-badge"]')).to.have.length(1);
  });

  it('uses the heading level it is given', async () => {
    const element = await seedRoster({ headingLevel: 3 });
    expect($(element, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(element, '.group-heading')!.getAttribute('aria-level')).to.equal('4');
  });
});

describe('<care-team-roster> no peer specialist', () => {
  it("says so and shows the host's referral button from the no-peer slot", async () => {
    // The host's button is the host's to style: system colours, so WebKitGTK's grey default does not fail axe in dark.
    const { bundle, team } = await seed();
    const withoutPeer = { ...team, participant: team.participant.filter((p) => !String(p.member.reference).includes('peer')) };
    const element = await roster(html`<care-team-roster .careTeam=${withoutPeer} .resources=${bundle} .now=${NOW}
      ><button slot="no-peer" style="color: CanvasText; background: Canvas; border: 1px solid CanvasText">Refer to peer support</button></care-team-roster
    >`);
    const notice = $(element, '[part="no-peer"]')!;
    expect(text(notice)).to.contain('No peer specialist on this team');
    const slot = notice.querySelector('slot[name="no-peer"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Refer to peer support']);
    await expectAccessibleInThemes(element);
  });

  it('counts only current peers: a peer whose period ended still leaves the team without one', async () => {
    const { bundle, team } = await seed();
    const ended = structuredClone(team);
    ended.participant.find((p) => String(p.member.reference).includes('peer'))!.period = { start: '2026-01-01', end: '2026-02-01' };
    const element = await roster(html`<care-team-roster .careTeam=${ended} .resources=${bundle} .now=${NOW}></care-team-roster>`);
    expect($(element, '[part="no-peer"]')).to.not.equal(null);
  });

  it('is absent when a current peer is on the team', async () => {
    const element = await seedRoster();
    expect($(element, '[part="no-peer"]')).to.equal(null);
  });
});

describe('<care-team-roster> states', () => {
  it('shows an invalid state and fires care-data-error (once) for input that is not a CareTeam', async () => {
    const errors = listenForErrors();
    const element = await roster(html`<care-team-roster .careTeam=${{ resourceType: 'Patient' }}></care-team-roster>`);
    element.requestUpdate();
    await element.updateComplete;
    errors.stop();
    expect(text($(element, '[part="status"]'))).to.contain('Some of the care team could not be shown.');
    expect(errors.events).to.have.length(1);
    expect(errors.events[0].detail).to.deep.include({ kind: 'validation', source: 'careTeam' });
    await expectAccessibleInThemes(element);
  });

  it('renders the valid part of partly invalid data, with a notice', async () => {
    const { bundle, team } = await seed();
    const broken = structuredClone(team);
    (broken.participant as unknown[]).push({ member: 42 }, 'not a participant');
    const errors = listenForErrors();
    const element = await roster(html`<care-team-roster .careTeam=${broken} .resources=${bundle} .now=${NOW}></care-team-roster>`);
    errors.stop();
    // The participant whose member is not a reference is still a participant: kept, as "Unknown member".
    expect(rowNames(element)).to.have.length(7);
    expect(rowNames(element)).to.include('Unknown member');
    expect(text($(element, '[part="status"]'))).to.contain('2 problems in the data');
    expect(errors.events[0].detail.problems.map((p) => p.path)).to.deep.equal(['participant[7].member', 'participant[8]']);
  });

  it('shows an empty state for a team without members, with the no-peer notice', async () => {
    const element = await roster(html`<care-team-roster .careTeam=${{ resourceType: 'CareTeam', name: 'New team' }}></care-team-roster>`);
    expect(text($(element, 'p.notice'))).to.equal('This care team has no members yet.');
    expect($(element, '[part="no-peer"]')).to.not.equal(null);
    expect($(element, '[part="toolbar"]')).to.equal(null);
    await expectAccessibleInThemes(element);
  });

  it('says there is nothing to show when it has no input and no provider', async () => {
    const element = await roster(html`<care-team-roster></care-team-roster>`);
    expect(text($(element, '[part="status"]'))).to.equal('There is no care team to show.');
  });

  it('is accessible in light and dark, collapsed and with past members open', async () => {
    const element = await seedRoster();
    await expectAccessibleInThemes(element);
    ($(element, 'details.past') as HTMLDetailsElement).open = true;
    await oneEvent($(element, 'details.past')!, 'toggle');
    await expectAccessibleInThemes(element);
  });
});

describe('<care-team-roster> hostile input and locale', () => {
  it('keeps hostile strings as text everywhere', async () => {
    const team = {
      resourceType: 'CareTeam',
      id: 'x',
      name: HOSTILE_TEXT,
      participant: [
        {
          role: [
            { text: HOSTILE_TEXT },
            { coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '175T00000X' }], text: `peer ${HOSTILE_TEXT}` },
          ],
          member: { reference: 'Practitioner/h', display: HOSTILE_TEXT },
          onBehalfOf: { display: HOSTILE_TEXT },
          period: { start: HOSTILE_TEXT },
          extension: [{ url: 'https://care-team-elements.org/fhir/StructureDefinition/team-responsibility', valueString: HOSTILE_TEXT }],
        },
      ],
    };
    const element = await roster(html`<care-team-roster .careTeam=${team} expand-peers .now=${NOW}></care-team-roster>`);
    await choose(element, 'Group by', 'organization');
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text($(element, '[part="title"]'))).to.equal(HOSTILE_TEXT.replace(/\s+/g, ' '));
    expect(text($(element, '.name'))).to.equal(HOSTILE_TEXT.replace(/\s+/g, ' '));
    expect(text($(element, '[part="organization"]'))).to.equal(HOSTILE_TEXT.replace(/\s+/g, ' '));
    expect(text($(element, '.group-heading'))).to.contain('<img');
    rows(element)[0].click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wasPwned()).to.equal(false);
  });

  it("uses registered translations and the locale's dates, and survives a malformed locale", async () => {
    registerMessages('es', { 'roster.count': 'Miembros: {count}', 'roster.since': 'Desde {date}' });
    document.documentElement.lang = 'es';
    try {
      const element = await seedRoster();
      expect(text($(element, '[part="summary"]'))).to.equal('Miembros: 7');
      expect(text(itemOf(element, 'Jordan Lee').querySelector('[part="period"]'))).to.equal('Desde 14 abr 2026');
      document.documentElement.lang = 'not a locale!';
      const broken = await seedRoster();
      expect(rows(broken)).to.have.length(6);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
