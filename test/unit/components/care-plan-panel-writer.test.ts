// The care plan panel's write-back controller on its own (no element, no server): saves run one at
// a time, and whatever goes wrong with one save, the later ones still run and the failed one ends in
// a state the user sees (never "Saving…" forever). Saving through HTTP: test/integration/care-plan-panel.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { PlanWriter, type WriterBridge } from '../../../src/components/care-plan-panel/plan-writer.js';
import type { DataSource } from '../../../src/data/data-source.js';
import type { Resource } from '../../../src/fhir/types.js';

const NOW = new Date('2026-11-24T12:00:00Z');
type Json = Record<string, unknown> & Resource;

const basePlan = (): Json => ({
  resourceType: 'CarePlan',
  id: 'p',
  meta: { versionId: '1' },
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/x' },
  activity: [{ detail: { status: 'scheduled', description: 'First' } }, { detail: { status: 'scheduled', description: 'Second' } }],
});

/** A versioned store behind `update` / `read`, like a FHIR server with If-Match. */
function store(initial: Json) {
  let current = structuredClone(initial);
  const source = {
    async read() {
      return structuredClone(current);
    },
    async update(resource: Json, options: { ifMatch?: string | false } = {}) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.ifMatch !== false && options.ifMatch !== current.meta!.versionId)
        throw Object.assign(new Error('412'), { kind: 'conflict' });
      current = { ...structuredClone(resource), meta: { versionId: String(Number(current.meta!.versionId) + 1) } };
      return structuredClone(current);
    },
  } as unknown as DataSource;
  return { source, current: () => current };
}

function host(): ReactiveControllerHost & HTMLElement {
  return Object.assign(document.createElement('div'), {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  });
}

const notes = (plan: Json, index: number) =>
  (((plan.activity as Json[])[index].progress ?? []) as { text: string }[]).map((note) => note.text);

describe('care plan panel: the save queue', () => {
  it('a save that throws ends as a visible failure, and the next save still runs', async () => {
    let shown: Json = basePlan();
    const server = store(shown);
    let showCalls = 0;
    const bridge: WriterBridge = {
      shownPlan: () => shown,
      writeSource: () => server.source,
      noteAuthor: () => undefined,
      clock: () => NOW,
      showPlan: (plan) => {
        // The first answer cannot be put on screen (a bug anywhere after the save): it throws.
        if (showCalls++ === 0) throw new TypeError('cannot show');
        shown = plan;
      },
      announce: () => {},
    };
    const writer = new PlanWriter(host(), bridge);
    writer.type(0, 'Note one');
    writer.submitNote(0);
    writer.type(1, 'Note two');
    writer.submitNote(1);
    expect([writer.edit(0).busy, writer.edit(1).busy]).to.deep.equal([true, true]);

    await waitUntil(() => !writer.edit(1).busy, 'the second save never ran', { timeout: 3000 });
    expect(notes(server.current(), 1)).to.deep.equal(['Note two']);
    expect(writer.edit(1).note).to.equal('');
    expect(writer.edit(0).busy).to.equal(false);
    expect(writer.edit(0).failed?.change).to.deep.include({ kind: 'note', index: 0 });
    expect(writer.edit(0).note).to.equal('Note one'); // kept, with Retry
  });

  it('answers to saves made before another plan was shown change nothing on screen', async () => {
    let shown: Json = basePlan();
    const server = store(shown);
    const shownPlans: unknown[] = [];
    const bridge: WriterBridge = {
      shownPlan: () => shown,
      writeSource: () => server.source,
      noteAuthor: () => undefined,
      clock: () => NOW,
      showPlan: (plan) => shownPlans.push(plan),
      announce: () => {},
    };
    const element = host();
    const updated: Event[] = [];
    element.addEventListener('care-plan-updated', (e) => updated.push(e));
    const writer = new PlanWriter(element, bridge);
    writer.type(0, 'Saved in the background');
    writer.submitNote(0);
    // The user picks another plan while the save is under way.
    writer.reset();
    shown = { ...basePlan(), id: 'other' };
    await waitUntil(() => notes(server.current(), 0).length === 1, 'the save did not reach its own plan', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shownPlans).to.deep.equal([]);
    expect(updated).to.have.length(0);
    expect(writer.edit(0)).to.deep.equal({ note: '' });
  });
});
