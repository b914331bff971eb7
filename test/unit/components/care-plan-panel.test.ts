// <care-plan-panel> standalone: what it shows (header, goals, activities, notes), the two views and
// the peer filter, keyboard, public fixtures, hostile text, dates in the page's language, and the
// loading-free states (empty, invalid, partial, no activities, read-only). Writes: *-write.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-plan-panel/define.js';
import type { CareDataErrorEvent } from '../../../src/events/data-error.js';
import { loadFixture, loadFixtures } from '../../helpers/fixtures.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { $, $$, type El, NOW, text, headings, seed, render } from '../../helpers/plan-panel.js';

describe('<care-plan-panel> shows the plan', () => {
  it('title, status, period, author, contributors with roles (the peer badged) and the care team', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    expect(text($(el, '[part="title"]'))).to.equal("Maria's recovery plan");
    expect(text($(el, '[part="plan-status"]'))).to.equal('Plan status: Active');
    const facts = text($(el, '.header dl'));
    expect(facts).to.contain('Period Sep 1, 2026 – Aug 31, 2027');
    expect(facts).to.contain('Author Jordan Lee Therapist');
    expect(facts).to.contain(
      'Contributors Jordan Lee Therapist Rosa Delgado ★ Peer specialist Priya Raman Case manager Maria Alvarez Client',
    );
    expect(facts).to.contain('Care team Maria Alvarez: community mental health team');
    expect(facts).to.contain('Elena Kovacs Therapist (former)');
    expect($$(el, '.header [part~="peer-badge"]')).to.have.length(2);
  });

  it('goals in the client’s own words, who said them, statuses and targets with due dates', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    expect(headings(el, 3)).to.deep.equal([
      'I want to get back to work, even part-time, by the spring.',
      "Sleep through the night most nights so I'm not so tired all day.",
      'Have people I can call when things get hard, not just my sister.',
      'Find my own place where I feel safe.',
      'Activities not linked to a goal',
    ]);
    const work = $(el, 'section.goal')!;
    expect(work.querySelector('q')).not.to.equal(null);
    expect(text(work.querySelector('.said'))).to.equal('In Maria Alvarez’s own words Client');
    expect(text(work.querySelector('.chips'))).to.equal('Goal status: Active Progress: In progress');
    expect(text(work.querySelector('.targets'))).to.equal(
      'Hours of paid work per week: At least 15 hours a week, due Apr 30, 2027 (in 5 months)',
    );
    expect(work.querySelector('time')!.getAttribute('datetime')).to.equal('2027-04-30');
  });

  it('each activity: what, status, when, who with a role badge, goals served, progress newest first', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    const peerVisit = $(el, '#activity-0')!;
    expect(peerVisit.getAttribute('part')).to.equal('activity peer-activity');
    expect(text(peerVisit.querySelector('[role="heading"]'))).to.equal('Weekly one-to-one peer support meeting');
    expect(text(peerVisit.querySelector('[part="activity-status"]'))).to.equal('In progress');
    const facts = text(peerVisit.querySelector('dl'));
    expect(facts).to.contain('Who Rosa Delgado ★ Peer specialist');
    expect(facts).to.contain('When Thursdays 2-3 pm at the Recovery Learning Space, or by phone');
    expect(facts).to.contain('Serves Have people I can call when things get hard, not just my sister. I want to get back to work');
    const notes = [...peerVisit.querySelectorAll('[part="note"]')].map(text);
    expect(notes[0]).to.match(/^Maria practised .* Rosa Delgado, CPS · Nov 19, 2026, \d+:10 [AP]M \(5 days ago\)$/);
    expect(notes[1]).to.match(/^Maria came to the Thursday drop-in/);
    expect(text($(el, '#activity-1 dl'))).to.contain('When Dec 3, 2026 (in 9 days) – Jan 28, 2027 (in 2 months)');
    expect(text($(el, '#activity-3 [part~="badge"]'))).to.equal('Psychiatrist');
    expect($(el, '#activity-3')!.getAttribute('part')).to.equal('activity');
  });

  it('shows an activity serving two goals in full once and points to it from the other goal', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    expect($$(el, '#activity-0')).to.have.length(1);
    const connection = $$(el, 'section.goal')[2];
    const pointer = connection.querySelector<HTMLButtonElement>('.pointer button')!;
    expect(text(pointer.parentElement)).to.equal(
      'Weekly one-to-one peer support meeting (details under “I want to get back to work, even part-time, by the spring.”)',
    );
    pointer.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#activity-0'));
  });

  it('switches to "by team member" with the keyboard and filters to peer support only', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    const [byGoal] = $$<HTMLInputElement>(el, 'input[type="radio"]');
    byGoal.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('member');
    expect(el.getAttribute('view')).to.equal('member');
    expect(headings(el, 3)).to.deep.equal([
      'Rosa Delgado ★ Peer specialist',
      'Jordan Lee Therapist',
      'Samuel Okafor Psychiatrist',
      'Priya Raman Case manager',
      'Ana Torres Community health worker',
    ]);
    expect($(el, 'section.group.peer [role="heading"]')!.textContent).to.contain('Rosa Delgado');

    const filter = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    filter.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.peerOnly).to.equal(true);
    expect(text($(el, '.toolbar [role="status"]'))).to.equal('Showing 2 of 6 activities');
    expect(headings(el, 3)).to.deep.equal(['Rosa Delgado ★ Peer specialist']);
    expect($$(el, 'article').map((a) => a.id)).to.deep.equal(['activity-0', 'activity-1']);

    el.view = 'goal';
    await el.updateComplete;
    expect(headings(el, 3)).to.have.length(3); // work, sleep, connection; housing has no peer activity
    await expectAccessibleInThemes(el);
  });

  it('says so when no activity is led by a peer specialist', async () => {
    const f201 = await loadFixture('hl7-fhir-r4/careplan-example-f201-renal.json');
    const el = await fixture<El>(html`<care-plan-panel peer-only .carePlan=${f201} .now=${NOW}></care-plan-panel>`);
    expect(text(el.shadowRoot)).to.contain('No activity in this plan is led by a peer specialist.');
    expect($$(el, 'article')).to.have.length(0);
  });

  it('is axe-clean in light and dark, and honours heading-level', async () => {
    const { plan, bundle } = await seed();
    const el = await render(plan, { resources: bundle });
    await expectAccessibleInThemes(el);
    el.headingLevel = 3;
    await el.updateComplete;
    expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#activity-0 [role="heading"]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('keeps heading levels within 1..6 whatever heading-level says', async () => {
    const { plan, bundle } = await seed();
    const levels = async (value: string) => {
      const el = await fixture<El>(
        html`<care-plan-panel heading-level=${value} .carePlan=${plan} .resources=${bundle} .now=${NOW}></care-plan-panel>`,
      );
      return ['[part="title"]', '.group-title', '#activity-0 [role="heading"]'].map((selector) =>
        $(el, selector)!.getAttribute('aria-level'),
      );
    };
    expect(await levels('0')).to.deep.equal(['2', '3', '4']);
    expect(await levels('abc')).to.deep.equal(['2', '3', '4']);
    expect(await levels('-3')).to.deep.equal(['2', '3', '4']);
    expect(await levels('9')).to.deep.equal(['6', '6', '6']);
    expect(await levels('5')).to.deep.equal(['5', '6', '6']);
  });

  it('the plan’s period is one translatable message', async () => {
    const { plan, bundle } = await seed();
    registerMessages('es', { 'carePlan.between': 'del {start} al {end}', 'carePlan.period': 'Periodo' });
    document.documentElement.lang = 'es';
    try {
      const el = await render(plan, { resources: bundle });
      expect(text($(el, '.header dl'))).to.contain('Periodo del 1 sept 2026 al 31 ago 2027');
    } finally {
      document.documentElement.lang = 'en';
      registerMessages('es', {});
    }
  });

  it('writes dates through Intl in the page’s language', async () => {
    const { plan, bundle } = await seed();
    document.documentElement.lang = 'de';
    try {
      const el = await render(plan, { resources: bundle });
      expect(text($(el, 'section.goal .targets'))).to.contain('30.04.2027 (in 5 Monaten)');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('<care-plan-panel> with public FHIR examples', () => {
  it('HL7 f201: the contained care team and goal, activities named by their code', async () => {
    const errors: CareDataErrorEvent[] = [];
    const el = await render(await loadFixture('hl7-fhir-r4/careplan-example-f201-renal.json'), {}, errors);
    expect(errors).to.have.length(0);
    expect(text($(el, '.header dl'))).to.contain('Care team Dokter Bronsig Team member Nurse Carla Espinosa Team member');
    expect(headings(el, 3)[0]).to.equal('Re-established renal function with at least healthy nutrients.');
    expect(text($(el, 'section.goal .chips'))).to.equal('Goal status: Completed Progress: Achieved');
    expect(headings(el, 4)).to.deep.equal(['Potassium supplementation', 'Echography of kidney']);
    expect(text($(el, '[part="plan-status"]'))).to.contain('Draft');
    await expectAccessibleInThemes(el);
  });

  it('HL7 careplan-example: an unresolved goal and performer degrade to their display text', async () => {
    const errors: CareDataErrorEvent[] = [];
    const el = await render(await loadFixture('hl7-fhir-r4/careplan-example.json'), {}, errors);
    expect(errors).to.have.length(0);
    expect(headings(el, 3)).to.deep.equal(['A goal that could not be loaded', 'Activities not linked to a goal']);
    expect(text($(el, '#activity-0 dl'))).to.contain('Who Peter James Chalmers Client');
    expect(text($(el, '.header dl'))).to.contain('Author Dr Adam Careful');
  });

  it('HL7 careplan-example with its CareTeam and Goal given resolves both', async () => {
    const [plan, ...resources] = await loadFixtures([
      'hl7-fhir-r4/careplan-example.json',
      'hl7-fhir-r4/careteam-example.json',
      'hl7-fhir-r4/goal-example.json',
    ]);
    const el = await render(plan, { resources });
    expect(headings(el, 3)[0]).to.equal('Target weight is 160 to 180 lbs.');
    expect(text($(el, 'section.goal'))).to.contain('Patient wants to defer weight loss until after honeymoon.');
    expect(text($(el, 'section.goal .targets'))).to.contain('Weight Measured: 160–180 lbs, due Apr 5, 2016');
    expect(text($(el, '.header dl'))).to.contain('Peter James Charlmers Care Plan for Inpatient Encounter');
  });

  it('US Core careplan-ulcer with US Core goals passed in `goals`', async () => {
    const [plan, goal, sdoh] = await loadFixtures([
      'us-core/careplan-ulcer-example.json',
      'us-core/goal-1.json',
      'us-core/goal-sdoh-2.json',
    ]);
    const errors: CareDataErrorEvent[] = [];
    const el = await render(plan, { goals: [goal, sdoh] }, errors);
    expect(errors).to.have.length(0);
    expect(headings(el, 3)).to.deep.equal(['Patient is targeting a pulse oximetry of 92% and a weight of 195 lbs', 'In paid employment']);
    expect(text($$(el, 'section.goal')[0].querySelector('.said'))).to.equal('Expressed by Dr Ronald Bone');
    expect(text($$(el, 'section.goal')[1].querySelector('.said'))).to.equal('In Amy Shaw’s own words Client');
    expect(text($$(el, 'section.goal')[1])).to.contain('No activities for this goal yet.');
    await expectAccessibleInThemes(el);
  });
});
