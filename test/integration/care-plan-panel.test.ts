// <care-plan-panel> connected to the in-memory FHIR server over HTTP: loading by id and by patient
// (with the picker) and load errors with retry. Write-back: care-plan-panel-save.test.ts and
// care-plan-panel-follow.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-plan-panel/define.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import { fhirBaseUrl, resetServer, resourcesRead, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import { deepActive } from '../helpers/lazy-load.js';
import { sendKeys } from '@web/test-runner-commands';
import { NOW, $, text, connected, loaded, addCrisisPlan } from '../helpers/plan-panel-connected.js';

describe('<care-plan-panel> connected: loading', () => {
  beforeEach(() => resetServer());

  it('loads the plan by id with its goals and care team; the peer is a peer; no data errors', async () => {
    const errors: CareDataErrorEvent[] = [];
    const listener = (e: CareDataErrorEvent) => errors.push(e);
    document.addEventListener('care-data-error', listener);
    const el = await connected();
    await loaded(el);
    document.removeEventListener('care-data-error', listener);
    expect(text($(el, '[part="title"]'))).to.equal("Maria's recovery plan");
    expect(el.shadowRoot!.querySelectorAll('section.goal')).to.have.length(4);
    expect(text($(el, '#activity-0 dl'))).to.contain('Who Rosa Delgado, CPS ★ Peer specialist');
    expect(text($(el, '.header dl'))).to.contain('Care team Maria Alvarez: community mental health team');
    expect(errors).to.have.length(0);
    // The goals and the care team came with the plan (_include): no request of their own.
    const requests = await serverRequests({ method: 'GET' });
    expect(resourcesRead(requests)).to.include('CarePlan/maria-care-plan');
    expect(decodeURIComponent(requests[0].path)).to.contain('_include=CarePlan:goal').and.contain('_include=CarePlan:care-team');
    expect(requests.filter((request) => /\/fhir\/(Goal|CareTeam)\b/.test(request.path))).to.deep.equal([]);
    await expectAccessibleInThemes(el);
  });

  it('shows a polite loading state while the plan loads', async () => {
    await setFaults([{ method: 'GET', resourceType: 'CarePlan', fault: 'slow', delayMs: 800 }]);
    const el = await connected();
    await waitUntil(() => text(el.shadowRoot).includes('Loading the care plan…'), 'no loading state');
    expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    await expectAccessibleInThemes(el);
    await loaded(el);
  });

  it('a load error says so with Try again, which recovers', async () => {
    await setFaults([{ method: 'GET', resourceType: 'CarePlan', fault: '503' }]);
    const el = await connected();
    await waitUntil(() => $(el, '[role="alert"]'), 'no error state', { timeout: 5000 });
    // The plan is asked for with its goals, by a search.
    expect(text($(el, '[role="alert"]'))).to.contain('Could not load the care plan. The server answered with an error (503).');
    expect($(el, '[role="alert"] details code')!.textContent).to.contain('Could not search CarePlan: the FHIR server answered 503');
    await expectAccessibleInThemes(el);
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    await waitUntil(() => deepActive() === $(el, '[part="title"]'), 'focus lands on the plan’s title, not on <body>');
  });

  it('patient mode: one active plan loads directly; several get a labelled picker', async () => {
    const el = await connected({ patient: 'Patient/maria-alvarez' });
    await loaded(el);
    expect($(el, '#plan-picker')).to.equal(null);

    await addCrisisPlan({ period: { start: '2026-10-01' } });
    const other = await connected({ patient: 'Patient/maria-alvarez' });
    await waitUntil(() => $(other, '#plan-picker'), 'no picker', { timeout: 5000 });
    const picker = $<HTMLSelectElement>(other, '#plan-picker')!;
    expect(other.shadowRoot!.querySelector(`label[for="plan-picker"]`)!.textContent).to.equal('Care plan');
    expect([...picker.options].map((o) => o.textContent)).to.include('Crisis plan, from Oct 1, 2026');
    await loaded(other);
    picker.focus();
    picker.value = [...picker.options].find((o) => o.textContent.startsWith('Crisis plan'))!.value;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => text($(other, '[part="title"]')) === 'Crisis plan', 'the chosen plan did not load', { timeout: 5000 });
    expect(other.shadowRoot!.activeElement).to.equal(picker);
    await expectAccessibleInThemes(other);
  });

  it('the element’s own patient attribute wins over the provider’s', async () => {
    const provider = await fixture(html`<care-team-provider fhir-base-url=${fhirBaseUrl()} patient="Patient/nobody-here">
      <care-plan-panel patient="maria-alvarez" .now=${NOW}></care-plan-panel>
    </care-team-provider>`);
    const el = provider.querySelector('care-plan-panel')!;
    await loaded(el);
    expect((await serverRequests({ method: 'GET', pathIncludes: '/CarePlan?' }))[0].path).to.contain('subject=Patient%2Fmaria-alvarez');
  });

  it('a goal that fails to load for now (503) fails the load with Try again, which recovers', async () => {
    // A server that refuses the plan's search with _include: the plan is read, then its goals, which fail for now.
    await setFaults([
      { method: 'GET', pathIncludes: '/CarePlan?', fault: '403' },
      { method: 'GET', resourceType: 'Goal', fault: '503' },
    ]);
    const el = await connected();
    await waitUntil(() => $(el, '[role="alert"]'), 'no error state', { timeout: 5000 });
    // The goals are read together, by one _id search.
    expect(text($(el, '[role="alert"]'))).to.contain('Could not load the care plan. The server answered with an error (503).');
    expect($(el, '[role="alert"] details code')!.textContent).to.contain('Could not search Goal: the FHIR server answered 503');
    expect(!!$(el, '#activity-0'), 'the plan is shown without its goals').to.equal(false);
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await loaded(el);
    expect(el.shadowRoot!.querySelectorAll('section.goal')).to.have.length(4);
    expect(text(el.shadowRoot)).not.to.contain('A goal that could not be loaded');
  });

  it('an invalid care-plan-id says so and fires care-data-error; nothing is requested', async () => {
    const errors: CareDataErrorEvent[] = [];
    const listener = (e: CareDataErrorEvent) => errors.push(e);
    document.addEventListener('care-data-error', listener);
    const el = await connected({ id: 'not a plan/../x' });
    document.removeEventListener('care-data-error', listener);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ kind: 'validation', source: 'care-plan-id' });
    expect(errors[0].detail.problems[0].path).to.equal('care-plan-id');
    expect(text($(el, '[part="status"]'))).to.contain('Some of the care plan could not be shown.');
    expect(await serverRequests({ method: 'GET', pathIncludes: '/CarePlan' })).to.have.length(0);
    await expectAccessibleInThemes(el);
    el.carePlanId = 'maria-care-plan';
    await loaded(el);
    expect(!!$(el, '[part="status"]'), 'the invalid-id notice stayed').to.equal(false);
  });

  it('removing care-plan-id removes the plan; another id shows that plan', async () => {
    const provider = await fixture(html`<care-team-provider fhir-base-url=${fhirBaseUrl()}>
      <care-plan-panel care-plan-id="maria-care-plan" .now=${NOW}></care-plan-panel>
    </care-team-provider>`);
    const el = provider.querySelector('care-plan-panel')!;
    await loaded(el);
    el.removeAttribute('care-plan-id');
    await el.updateComplete;
    expect(!!$(el, '[part="panel"]'), 'the removed plan is still shown').to.equal(false);
    expect(text($(el, '[part="status"]'))).to.equal('There is no care plan to show.');
    const created = await addCrisisPlan();
    el.setAttribute('care-plan-id', `CarePlan/${created.id}`);
    await waitUntil(() => text($(el, '[part="title"]')) === 'Crisis plan', 'the other plan did not load', { timeout: 5000 });
  });

  it('patient mode without an active plan says so', async () => {
    const el = await connected({ patient: 'Patient/nobody-here' });
    await waitUntil(() => $(el, '[part="status"]') && !text(el.shadowRoot).includes('Loading'), 'no state', { timeout: 5000 });
    expect(text($(el, '[part="status"]'))).to.equal('There is no active care plan to show.');
  });
});
