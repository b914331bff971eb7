// <care-plan-panel> connected to the in-memory FHIR server over HTTP: loading by id and by patient
// (with the picker), load errors with retry, and write-back with no lost update: notes and statuses
// saved with If-Match, a concurrent save by another client (412) re-applied or shown as a choice,
// a dropped connection keeping the typed note with Retry, a lost answer not duplicating the note.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-plan-panel/define.js';
import type { CarePlanPanel } from '../../src/components/care-plan-panel/care-plan-panel.js';
import type { CarePlanUpdatedEvent } from '../../src/components/care-plan-panel/events.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import { fhirBaseUrl, readResource, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import { deepActive } from '../helpers/lazy-load.js';
import { sendKeys } from '@web/test-runner-commands';

type El = CarePlanPanel;
type Plan = {
  meta: { versionId: string };
  activity: { detail: { status: string; description?: string }; progress?: { text: string; authorReference?: unknown }[] }[];
};
const NOW = new Date('2026-11-24T12:00:00Z');
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: HTMLElement | ShadowRoot | null) =>
  ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();
const notesOf = (plan: Plan, index: number) => (plan.activity[index].progress ?? []).map((note) => note.text);
const plan = () => readResource<Plan>('CarePlan', 'maria-care-plan');

async function connected(attributes: { id?: string; patient?: string } = { id: 'maria-care-plan' }, timeout = 5000): Promise<El> {
  const provider = await fixture(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${attributes.patient ?? 'Patient/maria-alvarez'} user="PractitionerRole/therapist-role" .requestTimeout=${timeout}>
      <care-plan-panel care-plan-id=${attributes.id ?? ''} .now=${NOW}></care-plan-panel>
    </care-team-provider>
  `);
  return provider.querySelector('care-plan-panel')!;
}

const loaded = (el: El) => waitUntil(() => $(el, '#activity-0'), 'the plan did not load', { timeout: 5000 });

/** Another client (another browser tab, another clinician) saving the plan in between. */
async function otherClient(change: (plan: Plan) => void): Promise<void> {
  const current = await plan();
  change(current);
  const response = await fetch(`${fhirBaseUrl()}/CarePlan/maria-care-plan`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/fhir+json', 'If-Match': `W/"${current.meta.versionId}"` },
    body: JSON.stringify(current),
  });
  expect(response.status).to.equal(200);
}

async function addNote(el: El, index: number, note: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, `#note-${index}`)!;
  field.value = note;
  field.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, `#activity-${index} button[type="submit"]`)!.click();
  await el.updateComplete;
}

async function setStatus(el: El, index: number, status: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#activity-${index} select`)!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  $<HTMLButtonElement>(el, `#activity-${index} .controls button[type="button"]`)!.click();
  await el.updateComplete;
}

const idle = (el: El, index: number) =>
  waitUntil(() => $(el, `#activity-${index}`)?.getAttribute('aria-busy') === 'false', 'still saving', { timeout: 5000 });

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
    const reads = (await serverRequests({ method: 'GET' })).map((r) => r.path.replace(/^\/fhir\//, ''));
    expect(reads).to.include.members(['CarePlan/maria-care-plan', 'CareTeam/maria-care-team', 'Goal/goal-work', 'Goal/goal-housing']);
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
    expect(text($(el, '[role="alert"]'))).to.contain('Could not load the care plan. Could not read CarePlan: the FHIR server answered 503');
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

    const second = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      title: 'Crisis plan',
      subject: { reference: 'Patient/maria-alvarez' },
      period: { start: '2026-10-01' },
      activity: [{ detail: { status: 'scheduled', description: 'Call Rosa first' } }],
    };
    await fetch(`${fhirBaseUrl()}/CarePlan`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify(second),
    });
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
    await setFaults([{ method: 'GET', resourceType: 'Goal', fault: '503' }]);
    const el = await connected();
    await waitUntil(() => $(el, '[role="alert"]'), 'no error state', { timeout: 5000 });
    expect(text($(el, '[role="alert"]'))).to.contain('Could not load the care plan. Could not read Goal: the FHIR server answered 503');
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
    const other = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      title: 'Crisis plan',
      subject: { reference: 'Patient/maria-alvarez' },
    };
    const created = (await (
      await fetch(`${fhirBaseUrl()}/CarePlan`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/fhir+json' },
        body: JSON.stringify(other),
      })
    ).json()) as { id: string };
    el.setAttribute('care-plan-id', `CarePlan/${created.id}`);
    await waitUntil(() => text($(el, '[part="title"]')) === 'Crisis plan', 'the other plan did not load', { timeout: 5000 });
  });

  it('patient mode without an active plan says so', async () => {
    const el = await connected({ patient: 'Patient/nobody-here' });
    await waitUntil(() => $(el, '[part="status"]') && !text(el.shadowRoot).includes('Loading'), 'no state', { timeout: 5000 });
    expect(text($(el, '[part="status"]'))).to.equal('There is no active care plan to show.');
  });
});

describe('<care-plan-panel> connected: saving without lost updates', () => {
  beforeEach(() => resetServer());

  it('saves a note with If-Match, authored by the signed-in user', async () => {
    const el = await connected();
    await loaded(el);
    const updated = new Promise<CarePlanUpdatedEvent>((resolve) => el.addEventListener('care-plan-updated', resolve, { once: true }));
    await addNote(el, 1, 'WRAP session booked for 3 December.');
    const event = await updated;
    expect(event.detail).to.deep.include({ saved: true, change: 'note', activityIndex: 1 });
    const saved = await plan();
    expect(saved.meta.versionId).to.equal('2');
    expect(saved.activity[1].progress).to.deep.equal([
      {
        authorReference: { reference: 'PractitionerRole/therapist-role', display: 'Jordan Lee, LICSW' },
        time: NOW.toISOString(),
        text: 'WRAP session booked for 3 December.',
      },
    ]);
    expect((event.detail.carePlan.meta as { versionId: string }).versionId).to.equal('2');
    await idle(el, 1);
    expect($<HTMLTextAreaElement>(el, '#note-1')!.value).to.equal('');
    expect(text($(el, '#activity-1 [part="note"]'))).to.contain('WRAP session booked for 3 December. Jordan Lee, LICSW');
  });

  it('a plan given as a property inside a provider is saved through it; the property stays the host’s, the saved version is shown and sent', async () => {
    const given = await plan();
    const provider = await fixture(html`<care-team-provider fhir-base-url=${fhirBaseUrl()}>
      <care-plan-panel .carePlan=${given} .now=${NOW}></care-plan-panel>
    </care-team-provider>`);
    const el = provider.querySelector('care-plan-panel')!;
    const updated = oneEvent<CarePlanUpdatedEvent>(el, 'care-plan-updated');
    await el.updateComplete;
    await addNote(el, 3, 'Medication review moved to 9 December.');
    await idle(el, 3);
    expect(notesOf(await plan(), 3)).to.deep.equal(['Medication review moved to 9 December.']);
    expect(((await updated).detail.carePlan.meta as { versionId: string }).versionId).to.equal('2');
    expect(el.carePlan).to.equal(given);
    expect(given.meta.versionId).to.equal('1');
    expect(text($(el, '#activity-3 [part="note"]'))).to.contain('Medication review moved to 9 December.');

    // A second change goes on the saved version (no conflict with the host's older copy).
    await addNote(el, 3, 'Confirmed with the client.');
    await idle(el, 3);
    expect(notesOf(await plan(), 3)).to.deep.equal(['Medication review moved to 9 December.', 'Confirmed with the client.']);
  });

  it('saves a status; a second change goes on the new version', async () => {
    const el = await connected();
    await loaded(el);
    await setStatus(el, 1, 'scheduled');
    await idle(el, 1);
    await setStatus(el, 0, 'on-hold');
    await idle(el, 0);
    const saved = await plan();
    expect([saved.activity[1].detail.status, saved.activity[0].detail.status, saved.meta.versionId]).to.deep.equal([
      'scheduled',
      'on-hold',
      '3',
    ]);
    const puts = await serverRequests({ method: 'PUT' });
    expect(puts.map((r) => r.status)).to.deep.equal([200, 200]);
  });

  it('someone else saved first (412): reloads, re-applies the note, loses neither note', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => p.activity[2].progress!.push({ text: 'Other clinician: 5 of 7 nights.' }));
    await addNote(el, 0, 'Maria went to the job fair.');
    await idle(el, 0);
    const saved = await plan();
    expect(notesOf(saved, 2)).to.include('Other clinician: 5 of 7 nights.');
    expect(notesOf(saved, 0)).to.include('Maria went to the job fair.');
    expect((await serverRequests({ method: 'PUT' })).map((r) => r.status)).to.deep.equal([200, 412, 200]);
    expect(text($(el, '#activity-2'))).to.contain('Other clinician: 5 of 7 nights.');
    expect(text($(el, '.visually-hidden[aria-live]'))).to.contain('your change was added to the latest version');
  });

  it('a status changed by someone else on another activity is kept, and mine re-applied', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => (p.activity[3].detail.status = 'completed'));
    await setStatus(el, 1, 'in-progress');
    await idle(el, 1);
    const saved = await plan();
    expect([saved.activity[3].detail.status, saved.activity[1].detail.status]).to.deep.equal(['completed', 'in-progress']);
  });

  it('the same status changed by someone else: both shown, the user chooses (keep mine)', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => (p.activity[0].detail.status = 'on-hold'));
    await setStatus(el, 0, 'completed');
    await waitUntil(() => $(el, '[part="conflict"]'), 'no conflict shown', { timeout: 5000 });
    const conflict = $(el, '[part="conflict"]')!;
    expect(conflict.getAttribute('role')).to.equal('alert');
    expect(text(conflict)).to.contain('While you were choosing “Completed”, someone else saved “On hold”.');
    expect((await plan()).activity[0].detail.status).to.equal('on-hold'); // nothing overwritten silently
    expect(text($(el, '#activity-0 [part="activity-status"]'))).to.equal('On hold');
    await expectAccessibleInThemes(el);
    const [mine] = conflict.querySelectorAll('button');
    expect(mine.textContent).to.equal('Keep mine: Completed');
    mine.click();
    await el.updateComplete;
    await idle(el, 0);
    expect((await plan()).activity[0].detail.status).to.equal('completed');
    expect($(el, '[part="conflict"]')).to.equal(null);
  });

  it('the same status changed by someone else: keep theirs writes nothing', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => (p.activity[0].detail.status = 'on-hold'));
    await setStatus(el, 0, 'completed');
    await waitUntil(() => $(el, '[part="conflict"]'), 'no conflict shown', { timeout: 5000 });
    const before = (await serverRequests({ method: 'PUT' })).length;
    $(el, '[part="conflict"]')!.querySelectorAll('button')[1].click();
    await el.updateComplete;
    expect($(el, '[part="conflict"]')).to.equal(null);
    expect((await serverRequests({ method: 'PUT' })).length).to.equal(before);
    expect($<HTMLSelectElement>(el, '#activity-0 select')!.value).to.equal('on-hold');
  });

  it('network failure: the note stays in its field with Retry; nothing in browser storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await connected();
    await loaded(el);
    await setFaults([{ method: 'PUT', resourceType: 'CarePlan', fault: 'drop' }]);
    await addNote(el, 0, 'Typed on a flaky connection.');
    await waitUntil(() => $(el, '#activity-0 [role="alert"]'), 'no error shown', { timeout: 5000 });
    const alert = $(el, '#activity-0 [role="alert"]')!;
    expect(text(alert)).to.contain('Not saved. Could not update CarePlan');
    expect(text(alert)).to.contain('Your note is still in the box.');
    expect($<HTMLTextAreaElement>(el, '#note-0')!.value).to.equal('Typed on a flaky connection.');
    expect([localStorage.length, sessionStorage.length]).to.deep.equal([0, 0]);
    await expectAccessibleInThemes(el);
    alert.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    await idle(el, 0);
    await waitUntil(async () => notesOf(await plan(), 0).includes('Typed on a flaky connection.'), 'not saved on retry');
    expect($<HTMLTextAreaElement>(el, '#note-0')!.value).to.equal('');
  });

  it('a save whose answer was lost is not duplicated by Retry', async () => {
    const el = await connected();
    await loaded(el);
    await setFaults([{ method: 'PUT', resourceType: 'CarePlan', fault: 'lost-response' }]);
    await addNote(el, 2, 'Sleep diary: 6 of 7 nights.');
    await waitUntil(() => $(el, '#activity-2 [role="alert"]'), 'no error shown', { timeout: 5000 });
    $<HTMLButtonElement>(el, '#activity-2 [role="alert"] button.primary')!.click();
    await el.updateComplete;
    await idle(el, 2);
    expect($(el, '#activity-2 [role="alert"]')).to.equal(null);
    const saved = await plan();
    expect(notesOf(saved, 2).filter((t) => t === 'Sleep diary: 6 of 7 nights.')).to.have.length(1);
    // The first PUT committed (its answer was lost); the retry met 412, found the note there, stopped.
    expect((await serverRequests({ method: 'PUT' })).map((r) => r.fault ?? r.status)).to.deep.equal(['lost-response', 412]);
  });
});

describe('<care-plan-panel> connected: saves follow their activity', () => {
  beforeEach(() => resetServer());

  it('a change queued behind a save that reloaded lands on its own activity; typed notes follow theirs', async () => {
    const el = await connected();
    await loaded(el);
    const before = await plan();
    await otherClient((p) => p.activity.unshift({ detail: { status: 'scheduled', description: 'Added by another clinician' } }));
    // Typed, not submitted, in the fifth activity's box.
    const draft = $<HTMLTextAreaElement>(el, '#note-4')!;
    draft.value = 'Still typing this one.';
    draft.dispatchEvent(new Event('input'));
    // The first save meets 412 (held back a little, so the second is queued behind it) and reloads.
    await setFaults([{ method: 'PUT', resourceType: 'CarePlan', fault: 'slow', delayMs: 400 }]);
    await addNote(el, 0, 'First note.');
    await addNote(el, 2, 'Second note.');
    await waitUntil(async () => (await serverRequests({ method: 'PUT' })).length === 4, 'the saves did not finish', { timeout: 8000 });
    await idle(el, 3);
    const saved = await plan();
    // Everything moved down by one: the first activity is now at 1, the third at 3.
    expect(saved.activity[1].detail.description).to.equal(before.activity[0].detail.description);
    expect(notesOf(saved, 1)).to.include('First note.');
    expect(notesOf(saved, 3)).to.include('Second note.');
    expect(notesOf(saved, 2)).not.to.include('Second note.');
    expect((await serverRequests({ method: 'PUT' })).map((r) => r.status)).to.deep.equal([200, 412, 200, 200]);
    await waitUntil(
      () => $<HTMLTextAreaElement>(el, '#note-5')?.value === 'Still typing this one.',
      'the typed note did not follow its activity',
    );
    expect($<HTMLTextAreaElement>(el, '#note-4')!.value).to.equal('');
  });

  it('after a reload that moved the activity, the announcement names the activity the note went to', async () => {
    const el = await connected();
    await loaded(el);
    const name = (await plan()).activity[2].detail.description;
    await otherClient((p) => p.activity.unshift({ detail: { status: 'scheduled', description: 'Added by another clinician' } }));
    await addNote(el, 2, 'Slept 7 hours.');
    await idle(el, 3);
    await waitUntil(() => text($(el, '.visually-hidden[aria-live]')).length > 0, 'nothing announced');
    expect(text($(el, '.visually-hidden[aria-live]'))).to.equal(
      `Note added to “${name}”. Someone else saved first; your change was added to the latest version.`,
    );
    expect(notesOf(await plan(), 3)).to.include('Slept 7 hours.');
  });

  it('an activity someone else removed meanwhile: the change is not placed elsewhere, and the note is shown', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => p.activity.shift());
    await addNote(el, 0, 'For an activity that is gone.');
    await waitUntil(() => $(el, '.notice[role="alert"]'), 'no notice', { timeout: 5000 });
    const notice = $(el, '.notice[role="alert"]')!;
    expect(notice.getAttribute('part')).to.equal('status');
    expect(text(notice)).to.contain('Not saved: someone else changed or removed that activity.');
    expect(text(notice)).to.contain('For an activity that is gone.');
    const saved = await plan();
    expect(saved.activity.flatMap((_, i) => notesOf(saved, i))).not.to.include('For an activity that is gone.');
    expect((await serverRequests({ method: 'PUT' })).map((r) => r.status)).to.deep.equal([200, 412]);
    await expectAccessibleInThemes(el);
    notice.querySelector('button')!.click();
    await el.updateComplete;
    expect(!!$(el, '.notice[role="alert"]'), 'the notice stayed').to.equal(false);
  });

  it('choosing another plan while a save is under way: that plan stays on screen; the save still lands', async () => {
    const second = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      title: 'Crisis plan',
      subject: { reference: 'Patient/maria-alvarez' },
      activity: [{ detail: { status: 'scheduled', description: 'Call Rosa first' } }],
    };
    await fetch(`${fhirBaseUrl()}/CarePlan`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify(second),
    });
    const el = await connected({ patient: 'Patient/maria-alvarez' });
    await waitUntil(() => $(el, '#plan-picker') && $(el, '#activity-0'), 'no picker', { timeout: 5000 });
    const picker = $<HTMLSelectElement>(el, '#plan-picker')!;
    const first = text($(el, '[part="title"]'));
    const firstId = picker.value;
    await setFaults([{ method: 'PUT', resourceType: 'CarePlan', fault: 'slow', delayMs: 800 }]);
    await addNote(el, 0, 'Saved while I looked at the other plan.');
    const updates: Event[] = [];
    el.addEventListener('care-plan-updated', (e) => updates.push(e));
    picker.value = [...picker.options].find((o) => o.value !== firstId)!.value;
    picker.dispatchEvent(new Event('change'));
    const other = first === 'Crisis plan' ? "Maria's recovery plan" : 'Crisis plan';
    await waitUntil(() => text($(el, '[part="title"]')) === other, 'the chosen plan did not load', { timeout: 5000 });
    await waitUntil(async () => (await serverRequests({ method: 'PUT' })).some((r) => r.status === 200), 'the save did not land', {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for its answer to reach the panel
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal(other);
    expect(picker.value).not.to.equal(firstId);
    expect(updates).to.have.length(0);
    expect($(el, '#activity-0')!.getAttribute('aria-busy')).to.equal('false');
    expect(notesOf(await readResource<Plan>('CarePlan', firstId), 0)).to.include('Saved while I looked at the other plan.');
  });
});
