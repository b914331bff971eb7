// <care-plan-panel> connected, writing back with no lost update: notes and statuses saved with If-Match, a
// concurrent save by another client (412) re-applied or shown as a choice, a dropped connection keeping
// the typed note with Retry, a lost answer not duplicating the note. Saves following their activity:
// care-plan-panel-follow.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-plan-panel/define.js';
import type { CarePlanUpdatedEvent } from '../../src/components/care-plan-panel/events.js';
import { fhirBaseUrl, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import { NOW, $, text, notesOf, plan, connected, loaded, otherClient, addNote, setStatus, idle } from '../helpers/plan-panel-connected.js';

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
    expect(text(alert)).to.contain('Not saved. The server could not be reached, or the connection was lost.');
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
