// The care plan panel's pure logic: grouping by goal and by member, the peer filter, reading the
// inputs, and the no-lost-update rules (rebuilding a change on a newer version, the save loop).
import { expect } from '@open-wc/testing';
import { readCarePlan } from '../../../src/fhir/read/care-plan.js';
import type { Resource } from '../../../src/fhir/types.js';
import { ConflictError, NetworkError } from '../../../src/data/errors.js';
import type { DataSource } from '../../../src/data/data-source.js';
import type { CarePlan } from '../../../src/model/care-plan.js';
import { activityKey, applyChange, locateActivity, rebuildChange, type PlanChange } from '../../../src/fhir/write/care-plan-change.js';
import { saveChange } from '../../../src/data/save-care-plan-change.js';
import { goalLabels, mapPlanSource } from '../../../src/fhir/read/care-plan-source.js';
import { groupByGoal, groupByMember, isPeerActivity, memberKey, peerOnly } from '../../../src/model/care-plan-views.js';
import { loadFixture } from '../../helpers/fixtures.js';

const NOW = new Date('2026-11-24T12:00:00Z');
type Json = Record<string, unknown> & Resource;

async function seed(): Promise<{ plan: Json; bundle: unknown }> {
  const bundle = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as { entry: { resource: Json }[] };
  const plan = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan')!;
  return { plan: { ...plan, meta: { versionId: '1' } }, bundle };
}

const model = (plan: unknown, bundle: unknown): CarePlan => readCarePlan(plan, { bundle, now: NOW }).value!;
const activities = (plan: unknown) => (plan as { activity: Json[] }).activity;
const progressTexts = (plan: unknown, index: number) => ((activities(plan)[index].progress ?? []) as { text: string }[]).map((p) => p.text);
const status = (plan: unknown, index: number) => (activities(plan)[index].detail as { status: string }).status;

const note = (index: number, text = 'Maria chose a WRAP date.'): PlanChange => ({
  kind: 'note',
  index,
  note: { text, time: '2026-11-24T12:00:00.000Z' },
});
const statusChange = (index: number, to: string, from: string): PlanChange => ({
  kind: 'status',
  index,
  status: to as never,
  from: from as never,
});

describe('care plan panel: views', () => {
  it('groups activities under the goals they serve, each in full once, in the plan’s goal order', async () => {
    const { plan, bundle } = await seed();
    const groups = groupByGoal(model(plan, bundle), model(plan, bundle).activities);
    expect(groups.map((g) => g.key)).to.deep.equal(['Goal/goal-work', 'Goal/goal-sleep', 'Goal/goal-connection', 'Goal/goal-housing', '']);
    const shape = groups.map((g) => g.entries.map((e) => `${e.activity.index}${e.primary ? '' : '*'}`));
    // Activity 0 serves connection and work: full under work (first goal), a pointer under connection.
    expect(shape).to.deep.equal([['0'], ['1', '2', '3'], ['0*', '1*'], ['4'], ['5']]);
  });

  it('keeps goals nothing serves yet, unless the peer filter is on', async () => {
    const { plan, bundle } = await seed();
    const full = model(plan, bundle);
    const onlyPeer = peerOnly(full.activities);
    expect(onlyPeer.map((a) => a.index)).to.deep.equal([0, 1]);
    expect(groupByGoal(full, onlyPeer, true).map((g) => g.key)).to.deep.equal([
      'Goal/goal-work',
      'Goal/goal-sleep',
      'Goal/goal-connection',
    ]);
    expect(groupByGoal(full, onlyPeer, false).map((g) => g.key)).to.include('Goal/goal-housing');
  });

  it('groups who does what, in order of first appearance, unassigned last', async () => {
    const { plan, bundle } = await seed();
    const full = model(plan, bundle);
    const unassigned = { ...full.activities[3], index: 6, performers: [] };
    const groups = groupByMember([...full.activities, unassigned]);
    expect(groups.map((g) => [g.member?.name, g.member?.isPeer, g.entries.map((e) => e.activity.index)])).to.deep.equal([
      ['Rosa Delgado', true, [0, 1]],
      ['Jordan Lee', false, [2]],
      ['Samuel Okafor', false, [3]],
      ['Priya Raman', false, [4]],
      ['Ana Torres', false, [5]],
      [undefined, undefined, [6]],
    ]);
  });

  it('puts the same person, referenced relatively or absolutely, in one group', () => {
    const a = {
      name: 'A',
      reference: 'PractitionerRole/x',
      kind: 'practitioner-role',
      category: 'other',
      isPeer: false,
      unresolved: true,
    } as const;
    expect(memberKey(a)).to.equal(memberKey({ ...a, reference: 'https://ehr.example.org/fhir/PractitionerRole/x' }));
    expect(memberKey({ ...a, reference: undefined })).to.equal('name:A');
    expect(isPeerActivity({ performers: [{ ...a, isPeer: true }] } as never)).to.equal(true);
  });
});

describe('care plan panel: reading its inputs', () => {
  it('adds goals given in `goals` that the plan does not reference, and reports their problems by path', async () => {
    const goal = await loadFixture('us-core/goal-1.json');
    const { plan, problems } = mapPlanSource({
      plan: await loadFixture('hl7-fhir-r4/careplan-example-f201-renal.json'),
      goals: [goal, { resourceType: 'Goal', id: 'bad' }],
      now: NOW,
    });
    expect(plan?.goals.map((g) => g.key)).to.deep.equal(['#goal', `Goal/${(goal as Json).id}`]);
    expect(problems.map((p) => p.path)).to.include('goals[1].description');
  });

  it('keeps the display text of goal references it cannot resolve', () => {
    const labels = goalLabels({
      resourceType: 'CarePlan',
      goal: [{ reference: 'https://x.example/fhir/Goal/g1', display: 'Walk daily' }],
      activity: [{ detail: { goal: [{ reference: '#g2', display: 'Sleep better' }] } }],
    });
    expect([...labels]).to.deep.equal([
      ['Goal/g1', 'Walk daily'],
      ['#g2', 'Sleep better'],
    ]);
  });

  it('accepts one Bundle as `resources` and reports a non-CarePlan as invalid', async () => {
    const { plan, bundle } = await seed();
    expect(mapPlanSource({ plan, resources: bundle }).plan?.goals).to.have.length(4);
    const invalid = mapPlanSource({ plan: { resourceType: 'Patient' } });
    expect(invalid.plan).to.equal(undefined);
    expect(invalid.problems[0]?.code).to.equal('wrong-resource-type');
  });
});

describe('care plan panel: rebuilding a change on a newer version', () => {
  it('re-applies a note on top of someone else’s note', async () => {
    const { plan } = await seed();
    const theirs = applyChange(plan, note(0, 'Their note'), NOW).value!;
    const rebuilt = rebuildChange(plan, theirs, note(0));
    expect(rebuilt.outcome).to.equal('apply');
    const merged = applyChange(theirs, (rebuilt as { change: PlanChange }).change, NOW).value!;
    expect(progressTexts(merged, 0).slice(-2)).to.deep.equal(['Their note', 'Maria chose a WRAP date.']);
  });

  it('recognises a note that already landed (a save whose answer was lost)', async () => {
    const { plan } = await seed();
    const landed = applyChange(plan, note(1), NOW).value!;
    expect(rebuildChange(plan, landed, note(1)).outcome).to.equal('present');
    // Same text at another time is another note.
    const later = { ...note(1), note: { ...(note(1) as { note: { text: string; time: string } }).note, time: '2026-11-25T00:00:00Z' } };
    expect(rebuildChange(plan, landed, later).outcome).to.equal('apply');
  });

  it('re-applies a status when the other client changed a different activity', async () => {
    const { plan } = await seed();
    const theirs = applyChange(plan, statusChange(1, 'scheduled', 'not-started'), NOW).value!;
    expect(rebuildChange(plan, theirs, statusChange(0, 'completed', 'in-progress'))).to.deep.equal({
      outcome: 'apply',
      change: statusChange(0, 'completed', 'in-progress'),
    });
  });

  it('collides when the other client changed the same activity’s status; not when they chose the same', async () => {
    const { plan } = await seed();
    const theirs = applyChange(plan, statusChange(0, 'on-hold', 'in-progress'), NOW).value!;
    expect(rebuildChange(plan, theirs, statusChange(0, 'completed', 'in-progress'))).to.deep.include({
      outcome: 'conflict',
      theirs: 'on-hold',
    });
    expect(rebuildChange(plan, theirs, statusChange(0, 'on-hold', 'in-progress')).outcome).to.equal('present');
  });

  it('follows an activity that moved, and gives up on one that was removed', async () => {
    const { plan } = await seed();
    const inserted = { ...plan, activity: [{ detail: { status: 'scheduled', description: 'New first activity' } }, ...activities(plan)] };
    expect(locateActivity(plan, inserted, 2)).to.equal(3);
    expect(rebuildChange(plan, inserted, note(2))).to.deep.include({ outcome: 'apply' });
    expect((rebuildChange(plan, inserted, note(2)) as { change: PlanChange }).change.index).to.equal(3);
    const removed = { ...plan, activity: activities(plan).slice(1) };
    expect(rebuildChange(plan, removed, note(0)).outcome).to.equal('missing');
  });

  it('never places a change on a lookalike: a twin inserted before, after, or as an exact copy', async () => {
    const { plan } = await seed();
    const mine = activities(plan)[2];
    const twin = { detail: { ...(mine.detail as object) } } as unknown as Json; // same description, code and reference
    const withTwin = (at: number, copy: Json = twin) => {
      const list = [...activities(plan)];
      list.splice(at, 0, copy);
      return { ...plan, activity: list };
    };
    // Before it, with its own (different) status and notes: the user's one is the wholly unchanged one.
    const differentTwin = { detail: { ...(mine.detail as object), status: 'not-started' } } as unknown as Json;
    expect(locateActivity(plan, withTwin(0, differentTwin), 2), 'twin before').to.equal(3);
    expect(locateActivity(plan, withTwin(5, differentTwin), 2), 'twin after').to.equal(2);
    // An exact copy: the two cannot be told apart, so the change is not placed (the user is told).
    expect(locateActivity(plan, withTwin(0, structuredClone(mine)), 2), 'exact copy').to.equal(undefined);
    expect(rebuildChange(plan, withTwin(0, structuredClone(mine)), note(2)).outcome).to.equal('missing');
    // Lookalikes already there in the same number: followed in order.
    const two = { ...plan, activity: [...activities(plan), structuredClone(mine)] };
    const reordered = { ...two, activity: [{ detail: { status: 'scheduled', description: 'Other' } }, ...activities(two)] };
    expect(locateActivity(two, reordered, activities(two).length - 1)).to.equal(activities(two).length);
    // An element id decides when the activity has one.
    const withIds = { ...plan, activity: activities(plan).map((activity, i) => ({ ...activity, id: `a${i}` })) };
    const copyWithoutId = structuredClone(activities(withIds)[2]);
    delete (copyWithoutId as { id?: string }).id;
    const idTwin = { ...withIds, activity: [copyWithoutId, ...activities(withIds)] };
    expect(locateActivity(withIds, idTwin, 2)).to.equal(3);
  });
});

/** A versioned store behind the DataSource interface; `others` run before each update, like a concurrent client. */
function versionedSource(initial: Json, others: ((current: Json) => Json)[] = []) {
  let current = structuredClone(initial);
  const calls: string[] = [];
  const source = {
    async read() {
      calls.push('read');
      return structuredClone(current);
    },
    async update(resource: Json, options: { ifMatch?: string | false } = {}) {
      const other = others.shift();
      if (other) current = { ...other(current), meta: { versionId: String(Number(current.meta!.versionId) + 1) } };
      calls.push(`update@${String(options.ifMatch)}`);
      if (options.ifMatch !== false && options.ifMatch !== current.meta!.versionId) throw new ConflictError('update CarePlan', 412);
      current = { ...structuredClone(resource), meta: { versionId: String(Number(current.meta!.versionId) + 1) } };
      return structuredClone(current);
    },
  };
  return { source: source as unknown as DataSource, calls, current: () => current };
}

describe('care plan panel: saving without lost updates', () => {
  it('saves with If-Match on the shown version', async () => {
    const { plan } = await seed();
    const store = versionedSource(plan);
    const outcome = await saveChange(store.source, plan, note(0), NOW);
    expect(store.calls).to.deep.equal(['update@1']);
    expect(outcome).to.deep.include({ kind: 'saved', reloaded: false });
    expect(progressTexts(store.current(), 0)).to.include('Maria chose a WRAP date.');
  });

  it('on 412 reloads and re-applies the note, keeping the other client’s note', async () => {
    const { plan } = await seed();
    const store = versionedSource(plan, [(p) => applyChange(p, note(2, 'Their note'), NOW).value as Json]);
    const outcome = await saveChange(store.source, plan, note(0), NOW);
    expect(store.calls).to.deep.equal(['update@1', 'read', 'update@2']);
    expect(outcome).to.deep.include({ kind: 'saved', reloaded: true });
    expect(progressTexts(store.current(), 2)).to.include('Their note');
    expect(progressTexts(store.current(), 0)).to.include('Maria chose a WRAP date.');
  });

  it('stops with both statuses when the same status was changed meanwhile', async () => {
    const { plan } = await seed();
    const store = versionedSource(plan, [(p) => applyChange(p, statusChange(0, 'on-hold', 'in-progress'), NOW).value as Json]);
    const outcome = await saveChange(store.source, plan, statusChange(0, 'completed', 'in-progress'), NOW);
    expect(outcome).to.deep.include({ kind: 'conflict', theirs: 'on-hold' });
    expect(status(store.current(), 0)).to.equal('on-hold');
  });

  it('reads a version first when the shown plan has none', async () => {
    const { plan } = await seed();
    const store = versionedSource(plan);
    await saveChange(store.source, { ...plan, meta: undefined }, note(0), NOW);
    expect(store.calls).to.deep.equal(['read', 'update@1']);
  });

  it('gives up with a conflict after several saves by others in a row, and passes other errors on', async () => {
    const { plan } = await seed();
    const busy = versionedSource(
      plan,
      Array.from({ length: 6 }, () => (p: Json) => p),
    );
    const error = await saveChange(busy.source, plan, note(0), NOW).catch((e: unknown) => e);
    expect((error as ConflictError).kind).to.equal('conflict');
    const offline = { update: () => Promise.reject(new NetworkError('update CarePlan')) } as unknown as DataSource;
    expect(((await saveChange(offline, plan, note(0), NOW).catch((e: unknown) => e)) as NetworkError).kind).to.equal('network');
  });
});

describe('care plan panel: a change queued behind another save', () => {
  it('is placed on the newest version first: an activity others inserted before it does not take it', async () => {
    const { plan } = await seed();
    // v2: another client inserted an activity at the top (an earlier queued save reloaded it).
    const v2 = {
      ...plan,
      meta: { versionId: '2' },
      activity: [{ detail: { status: 'scheduled', description: 'Inserted by someone else' } }, ...activities(plan)],
    } as Json;
    const store = versionedSource(v2);
    const outcome = await saveChange(store.source, v2, note(2, 'Made on v1 for the sleep activity'), NOW, plan);
    expect(store.calls).to.deep.equal(['update@2']);
    expect(outcome).to.deep.include({ kind: 'saved', reloaded: false });
    expect((outcome as { change: PlanChange }).change.index).to.equal(3);
    expect(progressTexts(store.current(), 3)).to.include('Made on v1 for the sleep activity');
    expect(progressTexts(store.current(), 2)).not.to.include('Made on v1 for the sleep activity');
  });

  it('reports an activity removed meanwhile as missing, without writing', async () => {
    const { plan } = await seed();
    const v2 = { ...plan, meta: { versionId: '2' }, activity: activities(plan).slice(1) } as Json;
    const store = versionedSource(v2);
    expect(await saveChange(store.source, v2, note(0), NOW, plan)).to.deep.include({ kind: 'missing' });
    expect(store.calls).to.deep.equal([]);
  });

  it('keys an activity by what it is, so the key follows it across versions (and reordered JSON)', async () => {
    const { plan } = await seed();
    const keys = activities(plan).map((_, i) => activityKey(plan, i));
    expect(new Set(keys).size).to.equal(keys.length);
    const inserted = { ...plan, activity: [{ detail: { status: 'scheduled', description: 'New' } }, ...activities(plan)] };
    expect(activities(plan).map((_, i) => activityKey(inserted, i + 1))).to.deep.equal(keys);
    // A server that writes the properties of `code` in another order keeps the key.
    const coded = { activity: [{ detail: { code: { text: 'Walk', coding: [{ system: 's', code: 'c' }] } } }] };
    const reordered = { activity: [{ detail: { code: { coding: [{ code: 'c', system: 's' }], text: 'Walk' } } }] };
    expect(activityKey(coded, 0)).to.equal(activityKey(reordered, 0));
    // Two activities alike are told apart by their order.
    const twins = { activity: [{ detail: { description: 'Check-in' } }, { detail: { description: 'Check-in' } }] };
    expect(activityKey(twins, 0)).not.to.equal(activityKey(twins, 1));
  });
});
