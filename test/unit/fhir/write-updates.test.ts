import { expect } from '@open-wc/testing';
import { withTaskStatus } from '../../../src/fhir/write/task-status.js';
import { withActivityNote, withActivityStatus } from '../../../src/fhir/write/care-plan.js';
import { readCarePlan } from '../../../src/fhir/read/care-plan.js';
import { STATUS_NEEDS_REASON } from '../../../src/model/referral.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { peerCarePlan } from './peer-resources.js';

const NOW = new Date('2025-06-20T08:00:00Z');
const task = { resourceType: 'Task', id: 't', status: 'requested', intent: 'order', statusReason: { text: 'old' } };

describe('withTaskStatus', () => {
  it('returns a new Task with the status and lastModified, leaving the input alone', () => {
    const before = structuredClone(task);
    const { value, problems } = withTaskStatus(task, 'accepted', undefined, NOW);
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal({
      resourceType: 'Task',
      id: 't',
      status: 'accepted',
      intent: 'order',
      lastModified: '2025-06-20T08:00:00.000Z',
    });
    expect(task).to.deep.equal(before);
  });

  it('requires a reason for rejected, cancelled, on-hold and failed', () => {
    for (const status of STATUS_NEEDS_REASON) {
      const missing = withTaskStatus(task, status, '  ', NOW);
      expect(missing.value, status).to.equal(undefined);
      expect(missing.problems[0], status).to.include({ path: 'statusReason.text', code: 'missing' });
      const given = withTaskStatus(task, status, 'Client asked to stop', NOW);
      expect(given.value?.statusReason, status).to.deep.equal({ text: 'Client asked to stop' });
    }
  });

  it('refuses what is not a Task or not a Task status', () => {
    expect(withTaskStatus({ resourceType: 'ServiceRequest' }, 'accepted').problems[0]).to.include({
      code: 'wrong-resource-type',
    });
    expect(withTaskStatus(null, 'accepted').problems[0]).to.include({ code: 'wrong-resource-type' });
    expect(withTaskStatus(task, 'done' as never).problems[0]).to.include({ path: 'status', code: 'unknown-code' });
  });
});

describe('withActivityStatus and withActivityNote', () => {
  it('sets detail.status on a copy; the reader sees the change', () => {
    const before = structuredClone(peerCarePlan);
    const { value, problems } = withActivityStatus(peerCarePlan, 2, 'completed', { now: NOW });
    expect(problems).to.deep.equal([]);
    expect(peerCarePlan).to.deep.equal(before);
    expect(readCarePlan(value).value?.activities[2]?.status).to.equal('completed');
    // Untouched activities are shared, not copied.
    expect((value?.activity as unknown[])[0]).to.equal((peerCarePlan.activity as unknown[])[0]);
  });

  it('appends a progress note, shown newest first', () => {
    const note = {
      text: 'Sam started at the bakery on Monday.',
      author: { reference: 'PractitionerRole/peer-jordan-role', display: 'Jordan Rivera' },
    };
    const { value } = withActivityNote(peerCarePlan, 0, note, NOW);
    const progress = readCarePlan(value).value?.activities[0]?.progress;
    expect(progress?.[0]).to.deep.equal({
      text: note.text,
      time: '2025-06-20T08:00:00.000Z',
      author: { name: 'Jordan Rivera', reference: 'PractitionerRole/peer-jordan-role' },
    });
    expect(progress).to.have.length(3);
    expect(withActivityNote(peerCarePlan, 0, { text: '' }).problems[0]).to.include({ code: 'missing' });
  });

  it('for an activity that references another resource, records a note only', () => {
    const refused = withActivityStatus(peerCarePlan, 1, 'completed');
    expect(refused.problems[0]).to.include({ path: 'activity[1].detail', code: 'missing' });
    const { value } = withActivityStatus(peerCarePlan, 1, 'completed', {
      note: { text: 'Review done.', author: 'Dr. Natarajan' },
      now: NOW,
    });
    const activity = (value?.activity as Record<string, unknown>[])[1];
    expect(activity).not.to.have.key('detail');
    expect(activity?.progress).to.deep.equal([{ authorString: 'Dr. Natarajan', time: '2025-06-20T08:00:00.000Z', text: 'Review done.' }]);
  });

  it('works on the HL7 f201 plan and reports bad targets', async () => {
    const f201 = await loadFixture('hl7-fhir-r4/careplan-example-f201-renal.json');
    expect(withActivityStatus(f201, 0, 'stopped').value?.activity).to.have.length(2);
    expect(withActivityStatus(f201, 5, 'stopped').problems[0]).to.include({ path: 'activity[5]', code: 'missing' });
    expect(withActivityStatus(f201, 0, 'finished' as never).problems[0]).to.include({ code: 'unknown-code' });
    expect(withActivityStatus({ resourceType: 'Goal' }, 0, 'stopped').problems[0]).to.include({ code: 'wrong-resource-type' });
  });
});
