// <care-plan-panel> connected: a save follows its activity when the plan changes under it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-plan-panel/define.js';
import { readResource, resetServer, serverRequests, setFaults } from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import {
  type Plan,
  $,
  text,
  notesOf,
  plan,
  connected,
  loaded,
  otherClient,
  addNote,
  idle,
  addCrisisPlan,
} from '../helpers/plan-panel-connected.js';

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

  for (const [where, at, twin] of [
    ['before it, with another status', 0, 'different'],
    ['after it, with another status', 4, 'different'],
    ['before it, identical', 0, 'identical'],
  ] as const) {
    it(`a lookalike of the activity inserted ${where}: the note lands on the user's activity, or is not placed`, async () => {
      const el = await connected();
      await loaded(el);
      const mine = structuredClone((await plan()).activity[1]);
      const copy = twin === 'identical' ? structuredClone(mine) : { detail: { ...mine.detail, status: 'cancelled' } };
      await otherClient((p) => p.activity.splice(at, 0, copy));
      await addNote(el, 1, 'Walked to the group together.');
      const saved = () =>
        plan().then((p) => p.activity.flatMap((_, i) => (notesOf(p, i).includes('Walked to the group together.') ? [i] : [])));
      if (twin === 'identical') {
        await waitUntil(() => $(el, '.notice[role="alert"]'), 'not placed, and the user told', { timeout: 5000 });
        expect(text($(el, '.notice[role="alert"]'))).to.contain('Walked to the group together.');
        expect(await saved()).to.deep.equal([]);
      } else {
        await waitUntil(async () => (await saved()).length > 0, 'the note was not saved', { timeout: 5000 });
        expect(await saved()).to.deep.equal([at === 0 ? 2 : 1]);
      }
    });
  }

  it('an activity someone else removed meanwhile: the change is not placed elsewhere, and the note is shown', async () => {
    const el = await connected();
    await loaded(el);
    await otherClient((p) => p.activity.shift());
    await addNote(el, 0, 'For an activity that is gone.');
    await waitUntil(() => $(el, '.notice[role="alert"]'), 'no notice', { timeout: 5000 });
    const notice = $(el, '.notice[role="alert"]')!;
    expect(notice.getAttribute('part')).to.equal('status');
    expect(text(notice)).to.contain('Not saved: someone else changed or removed that activity, or added one just like it');
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
    await addCrisisPlan();
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
