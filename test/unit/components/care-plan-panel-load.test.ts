// The care plan panel's loading of what a plan references: relative references only, what is left
// out or fails the load, bounded parallel reads, and the patient's active plans for the picker.
import { expect } from '@open-wc/testing';
import type { Resource } from '../../../src/fhir/types.js';
import { HttpError, NetworkError, NotFoundError, TimeoutError } from '../../../src/data/errors.js';
import type { DataSource } from '../../../src/data/data-source.js';
import { findActivePlans, loadReferences, MAX_PARALLEL_READS } from '../../../src/data/load-care-plan.js';

type Json = Record<string, unknown> & Resource;

/** A DataSource whose `read` answers from `answer` (value or error), recording what was read and how many at once. */
function readingSource(answer: (type: string, id: string) => unknown) {
  const reads: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const source = {
    async read(type: string, id: string) {
      reads.push(`${type}/${id}`);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const value = answer(type, id);
      if (value instanceof Error) throw value;
      return value;
    },
  } as unknown as DataSource;
  return { source, reads, maxInFlight: () => maxInFlight };
}

const planWith = (goals: string[]): Json => ({
  resourceType: 'CarePlan',
  id: 'p',
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/x' },
  goal: goals.map((reference) => ({ reference })),
});
const goal = (id: string) => ({
  resourceType: 'Goal',
  id,
  lifecycleStatus: 'active',
  description: { text: id },
  subject: { reference: 'Patient/x' },
});

describe('care plan panel: loading what a plan references', () => {
  it('reads relative references only: an absolute URL may be another server and is never asked', async () => {
    const store = readingSource((_type, id) => goal(id));
    const loaded = await loadReferences(
      store.source,
      planWith(['Goal/g1', 'https://elsewhere.example/fhir/Goal/g2', 'Goal/g3/_history/2']),
      new AbortController().signal,
    );
    expect(store.reads).to.deep.equal(['Goal/g1', 'Goal/g3']);
    expect(loaded.map((r) => r.id)).to.deep.equal(['g1', 'g3']);
  });

  it('leaves out a reference that is not there or not allowed (its display text is shown instead)', async () => {
    const store = readingSource((_type, id) =>
      id === 'gone' ? new NotFoundError('read Goal', 404) : id === 'secret' ? new HttpError('read Goal', 403) : goal(id),
    );
    const loaded = await loadReferences(store.source, planWith(['Goal/gone', 'Goal/secret', 'Goal/ok']), new AbortController().signal);
    expect(loaded.map((r) => r.id)).to.deep.equal(['ok']);
  });

  it('fails the load on a failure that may pass (network, timeout, 5xx), so the user can retry', async () => {
    for (const error of [new NetworkError('read Goal'), new TimeoutError('read Goal', 5000), new HttpError('read Goal', 503)]) {
      const store = readingSource((_type, id) => (id === 'flaky' ? error : goal(id)));
      const failure = await loadReferences(store.source, planWith(['Goal/ok', 'Goal/flaky']), new AbortController().signal).catch(
        (e: unknown) => e,
      );
      expect(failure).to.equal(error);
    }
  });

  it(`reads at most ${MAX_PARALLEL_READS} at once, and all of them`, async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `g${i}`);
    const store = readingSource((_type, id) => goal(id));
    const loaded = await loadReferences(store.source, planWith(ids.map((id) => `Goal/${id}`)), new AbortController().signal);
    expect(loaded).to.have.length(150);
    expect(store.maxInFlight()).to.equal(MAX_PARALLEL_READS);
  });

  it('maps the patient’s active plans once for the picker: id, title, start', async () => {
    const source = {
      search: async () => ({
        resources: [
          { resourceType: 'CarePlan', id: 'a', title: 'Recovery plan', period: { start: '2026-09-01' } },
          { resourceType: 'CarePlan', id: 'b', title: 42, period: 'soon' },
          { resourceType: 'CarePlan', title: 'No id' },
        ],
      }),
    } as unknown as DataSource;
    const choices = await findActivePlans(source, 'Patient/x', new AbortController().signal);
    expect(choices.map(({ id, title, start }) => ({ id, title, start }))).to.deep.equal([
      { id: 'a', title: 'Recovery plan', start: '2026-09-01' },
      { id: 'b', title: undefined, start: undefined },
    ]);
  });
});
