// <care-plan-panel> write-back without a data source: the note form and the status control by
// keyboard, the cancelable request events and their detail, preventDefault (the host persists),
// local apply + care-plan-updated, validation, and no events on a programmatic property set.
// Saving to a FHIR server (If-Match, 412, failures) is in test/integration/care-plan-panel.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-plan-panel/define.js';
import type { CarePlanPanel } from '../../../src/components/care-plan-panel/care-plan-panel.js';
import type {
  CareActivityStatusRequestEvent,
  CarePlanNoteRequestEvent,
  CarePlanUpdatedEvent,
} from '../../../src/components/care-plan-panel/events.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';

type El = CarePlanPanel;
type Json = Record<string, unknown>;
const NOW = new Date('2026-11-24T12:00:00Z');
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: HTMLElement | null) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();
const progress = (plan: unknown, index: number) => ((plan as { activity: Json[] }).activity[index].progress ?? []) as Json[];
const statusOf = (plan: unknown, index: number) => (plan as { activity: { detail: Json }[] }).activity[index].detail.status as string;

async function seedPanel(attrs: { author?: unknown } = {}): Promise<{ el: El; plan: Json }> {
  const bundle = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as { entry: { resource: Json }[] };
  const plan = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan')!;
  const el = await fixture<El>(
    html`<care-plan-panel .carePlan=${plan} .resources=${bundle} .author=${attrs.author} .now=${NOW}></care-plan-panel>`,
  );
  return { el, plan };
}

/** Types a note into activity `index`'s field and presses "Add note", all by keyboard. */
async function typeNote(el: El, index: number, note: string): Promise<void> {
  $<HTMLTextAreaElement>(el, `#note-${index}`)!.focus();
  await sendKeys({ type: note });
  await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Add note');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function chooseStatus(el: El, index: number, status: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#activity-${index} select`)!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<care-plan-panel> adding a progress note', () => {
  it('asks first (cancelable, with the draft plan), then applies it locally and reports the update', async () => {
    const { el, plan } = await seedPanel({ author: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado' } });
    const requests: CarePlanNoteRequestEvent[] = [];
    const updates: CarePlanUpdatedEvent[] = [];
    el.addEventListener('care-plan-note-request', (e) => requests.push(e));
    el.addEventListener('care-plan-updated', (e) => updates.push(e));
    await typeNote(el, 1, 'Maria picked Tuesdays for WRAP.');

    expect(requests).to.have.length(1);
    const request = requests[0];
    expect(request.cancelable && request.bubbles && request.composed).to.equal(true);
    expect(request.detail.activityIndex).to.equal(1);
    expect(request.detail.note).to.deep.equal({
      text: 'Maria picked Tuesdays for WRAP.',
      time: NOW.toISOString(),
      author: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado' },
    });
    expect(progress(request.detail.carePlan, 1)).to.deep.equal([
      {
        authorReference: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado' },
        time: NOW.toISOString(),
        text: 'Maria picked Tuesdays for WRAP.',
      },
    ]);
    expect(progress(plan, 1)).to.deep.equal([]); // the host's object is not mutated

    expect(updates).to.have.length(1);
    expect(updates[0].detail).to.deep.include({ activityIndex: 1, change: 'note', saved: false });
    expect(el.carePlan, "the host's input is not overwritten: the update is in the event").to.equal(plan);
    expect(text($(el, '#activity-1 [part="note"]'))).to.equal(
      'Maria picked Tuesdays for WRAP. Rosa Delgado · Nov 24, 2026, 12:00 PM (this minute)',
    );
    expect($<HTMLTextAreaElement>(el, '#note-1')!.value).to.equal('');
    expect(text($(el, '.visually-hidden[aria-live]'))).to.equal('Note added to “Build a Wellness Recovery Action Plan (WRAP) together”.');
    await expectAccessibleInThemes(el);
  });

  it('preventDefault(): the host persists it; the plan shown is unchanged until the host sets it', async () => {
    const { el, plan } = await seedPanel();
    const updates: Event[] = [];
    el.addEventListener('care-plan-updated', (e) => updates.push(e));
    el.addEventListener('care-plan-note-request', (e) => e.preventDefault(), { once: true });
    await typeNote(el, 0, 'Handled by the host.');
    expect(updates).to.have.length(0);
    expect(el.carePlan).to.equal(plan);
    expect(el.shadowRoot!.textContent).not.to.contain('Handled by the host.');
    expect($<HTMLTextAreaElement>(el, '#note-0')!.value).to.equal('');
  });

  it('refuses an empty note with an announced, described error and sends nothing', async () => {
    const { el } = await seedPanel();
    const requests: Event[] = [];
    el.addEventListener('care-plan-note-request', (e) => requests.push(e));
    await typeNote(el, 0, '   ');
    expect(requests).to.have.length(0);
    const field = $<HTMLTextAreaElement>(el, '#note-0')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('Write the note before adding it.');
    await expectAccessibleInThemes(el);
    field.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('false');
  });

  it('without an author or a provider’s user, the note has no author', async () => {
    const { el } = await seedPanel();
    setTimeout(() => void typeNote(el, 2, 'Unsigned.'));
    const request = await oneEvent<CarePlanNoteRequestEvent>(el, 'care-plan-note-request');
    expect(request.detail.note).not.to.have.property('author');
  });
});

describe('<care-plan-panel> changing an activity’s status', () => {
  it('offers the six statuses; "Save status" appears once another is chosen and sends the request', async () => {
    const { el } = await seedPanel();
    const select = $<HTMLSelectElement>(el, '#activity-0 select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Not started',
      'Scheduled',
      'In progress',
      'Completed',
      'On hold',
      'Cancelled',
    ]);
    expect(select.value).to.equal('in-progress');
    expect($(el, '#activity-0 .controls button[type="button"]')).to.equal(null);

    select.focus();
    // Type-ahead: every engine's closed <select> takes it (ArrowDown leaves WebKitGTK's value as it was).
    // One letter: from "In progress" the next option starting with C is "Completed"; a longer word can
    // outlast the type-ahead timeout on a loaded machine and land on "On hold" (WebKit, CI).
    await sendKeys({ type: 'C' });
    await el.updateComplete;
    expect(select.value).to.equal('completed');
    const save = $<HTMLButtonElement>(el, '#activity-0 .controls button[type="button"]')!;
    expect(save.textContent.trim()).to.equal('Save status');

    const events: CareActivityStatusRequestEvent[] = [];
    el.addEventListener('care-activity-status-request', (e) => events.push(e));
    const updated = oneEvent(el, 'care-plan-updated');
    save.focus();
    await sendKeys({ press: 'Enter' });
    expect(events).to.have.length(1);
    expect(events[0].cancelable).to.equal(true);
    expect(events[0].detail).to.deep.include({ activityIndex: 0, status: 'completed', previousStatus: 'in-progress' });
    expect(statusOf(events[0].detail.carePlan, 0)).to.equal('completed');
    expect((await updated).detail).to.deep.include({ change: 'status', saved: false });
    await el.updateComplete;
    expect(text($(el, '#activity-0 [part="activity-status"]'))).to.equal('Completed');
    expect(text($(el, '.visually-hidden[aria-live]'))).to.equal('Status of “Weekly one-to-one peer support meeting” set to Completed.');
  });

  it('preventDefault(): the shown status and the select stay as they were', async () => {
    const { el, plan } = await seedPanel();
    el.addEventListener('care-activity-status-request', (e) => e.preventDefault());
    await chooseStatus(el, 4, 'cancelled');
    $<HTMLButtonElement>(el, '#activity-4 .controls button[type="button"]')!.click();
    await el.updateComplete;
    expect(el.carePlan).to.equal(plan);
    expect(text($(el, '#activity-4 [part="activity-status"]'))).to.equal('On hold');
    expect($<HTMLSelectElement>(el, '#activity-4 select')!.value).to.equal('on-hold');
  });

  it('an activity that references another resource keeps its status there: no select', async () => {
    const el = await fixture<El>(html`<care-plan-panel
      .carePlan=${{ resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: { reference: 'Patient/p' }, activity: [{ reference: { reference: 'Appointment/a1', display: 'Follow-up visit' } }] }}
    ></care-plan-panel>`);
    expect($(el, '#activity-0 select')).to.equal(null);
    expect(text($(el, '#activity-0 .controls'))).to.contain('Status is kept in the linked record.');
    expect($(el, '#note-0')).not.to.equal(null);
  });

  it('fires nothing when the host sets the plan, the view or the filter', async () => {
    const { el, plan } = await seedPanel();
    const fired: string[] = [];
    for (const type of ['care-plan-note-request', 'care-activity-status-request', 'care-plan-updated'])
      el.addEventListener(type, () => fired.push(type));
    el.carePlan = structuredClone(plan) as CarePlanPanel['carePlan'];
    el.view = 'member';
    el.peerOnly = true;
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
  });
});
