/** <care-plan-panel> standalone: the empty, invalid and partial states, and hostile input. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/care-plan-panel/define.js';
import type { CareDataErrorEvent } from '../../../src/events/data-error.js';
import { HOSTILE_TEXT, wasPwned } from '../../helpers/hostile.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { $, $$, type El, type Json, NOW, text, seed, render } from '../../helpers/plan-panel.js';

describe('<care-plan-panel> states and hostile input', () => {
  it('without any input says there is no care plan (never blank)', async () => {
    const el = await fixture<El>(html`<care-plan-panel></care-plan-panel>`);
    expect(text($(el, '[part="status"]'))).to.equal('There is no care plan to show.');
    await expectAccessibleInThemes(el);
  });

  it('a plan with no goals or activities shows its header and says so', async () => {
    const el = await render({
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/p' },
      title: 'New plan',
    });
    expect(text($(el, '[part="title"]'))).to.equal('New plan');
    expect(text(el.shadowRoot)).to.contain('This plan has no goals or activities yet.');
    expect($(el, '[part="toolbar"]')).to.equal(null);
    await expectAccessibleInThemes(el);
  });

  it('not a CarePlan: an invalid-data notice and one care-data-error, however often it re-renders', async () => {
    const errors: CareDataErrorEvent[] = [];
    const el = await render({ resourceType: 'Patient', id: 'x' }, {}, errors);
    document.addEventListener('care-data-error', (e) => errors.push(e));
    el.peerOnly = true;
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ kind: 'validation', source: 'CarePlan/x' });
    expect(text($(el, '[part="status"]'))).to.contain('Some of the care plan could not be shown.');
    expect($(el, '[part="panel"]')).to.equal(null);
    await expectAccessibleInThemes(el);
  });

  it('partly invalid: notes the problems and shows what is valid', async () => {
    const { plan, bundle } = await seed();
    const broken = structuredClone(plan) as { activity: { detail: Json }[] };
    broken.activity[2].detail.status = 'finished';
    const errors: CareDataErrorEvent[] = [];
    const el = await render(broken, { resources: bundle }, errors);
    expect(errors[0].detail.problems.map((p) => p.path)).to.deep.equal(['activity[2].detail.status']);
    expect(text($(el, '[part="status"]'))).to.contain('1 problem in the data');
    expect(text($(el, '#activity-2 [part="activity-status"]'))).to.equal('Status unknown');
    // The unknown status is shown, selected, in the select; the settable ones follow.
    expect($<HTMLSelectElement>(el, '#activity-2 select')!.value).to.equal('unknown');
    await expectAccessibleInThemes(el);
  });

  it('keeps hostile text as text everywhere', async () => {
    const { plan, bundle } = await seed();
    const hostile = structuredClone(plan) as Json & { activity: Json[]; contributor: Json[] };
    hostile.title = HOSTILE_TEXT;
    hostile.contributor = [{ display: HOSTILE_TEXT }];
    hostile.goal = [{ reference: 'Goal/missing', display: HOSTILE_TEXT }];
    hostile.activity = [
      {
        detail: { status: 'scheduled', description: HOSTILE_TEXT, scheduledString: HOSTILE_TEXT, performer: [{ display: HOSTILE_TEXT }] },
        progress: [{ text: HOSTILE_TEXT, authorString: HOSTILE_TEXT, time: '2026-11-01' }],
      },
    ];
    const el = await render(hostile, { resources: bundle });
    expect(text($(el, '[part="title"]'))).to.equal(HOSTILE_TEXT);
    expect(text(el.shadowRoot).split(HOSTILE_TEXT).length).to.be.greaterThan(6);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(wasPwned()).to.equal(false);
    expect($(el, '#activity-0 select')!.getAttribute('aria-label')).to.equal(`Status of “${HOSTILE_TEXT}”`);
  });

  it('read-only: the plan without any note or status control', async () => {
    const { plan, bundle } = await seed();
    const el = await fixture<El>(html`<care-plan-panel readonly .carePlan=${plan} .resources=${bundle} .now=${NOW}></care-plan-panel>`);
    expect(el.readOnly).to.equal(true);
    expect($$(el, 'article')).to.have.length(6);
    expect($$(el, 'select, textarea, form')).to.have.length(0);
    await expectAccessibleInThemes(el);
  });
});
