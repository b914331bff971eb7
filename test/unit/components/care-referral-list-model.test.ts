// The client's referral list as data: open first, newest first within each; live Tasks replace loaded ones.
import { expect } from '@open-wc/testing';
import { buildReferralList } from '../../../src/components/care-referral-list/referral-list-model.js';
import type { ServiceRequest, Task } from '../../../src/fhir/types.js';

const request = (id: string, authoredOn: string): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p' },
  authoredOn,
});
const task = (id: string, status: Task['status'], focus: string): Task => ({
  resourceType: 'Task',
  id,
  status,
  intent: 'order',
  focus: { reference: `ServiceRequest/${focus}` },
});

describe('buildReferralList', () => {
  const pairs = [
    { task: task('old-open', 'requested', 'a'), serviceRequest: request('a', '2026-01-05') },
    { task: task('done', 'completed', 'b'), serviceRequest: request('b', '2026-06-01') },
    { task: task('new-open', 'accepted', 'c'), serviceRequest: request('c', '2026-11-20') },
    { task: task('declined', 'rejected', 'd'), serviceRequest: request('d', '2025-02-01') },
  ];

  it('puts open referrals first and closed ones after, each newest first', () => {
    const model = buildReferralList(pairs);
    expect(model.open.map((item) => item.key)).to.deep.equal(['new-open', 'old-open']);
    expect(model.closed.map((item) => item.key)).to.deep.equal(['done', 'declined']);
    expect(model.problems).to.deep.equal([]);
  });

  it('a newer Task (a live update) replaces the loaded one, and may move it to the closed ones', () => {
    const model = buildReferralList(
      pairs,
      new Map([['old-open', { ...task('old-open', 'cancelled', 'a'), statusReason: { text: 'Moved away' } }]]),
    );
    expect(model.open.map((item) => item.key)).to.deep.equal(['new-open']);
    expect(model.closed.find((item) => item.key === 'old-open')!.referral).to.deep.include({
      status: 'cancelled',
      statusReason: 'Moved away',
    });
  });

  it('keeps what is valid and reports the rest with its position', () => {
    const broken = {
      task: { ...task('x', 'requested', 'a'), status: 'nonsense' } as unknown as Task,
      serviceRequest: request('a', '2026-01-05'),
    };
    const model = buildReferralList([broken, pairs[2]]);
    // Without a valid Task status, the request's own status says where it stands (active: requested).
    expect(model.open.map((item) => [item.key, item.referral.status])).to.deep.equal([
      ['new-open', 'accepted'],
      ['x', 'requested'],
    ]);
    expect(model.problems.map((problem) => problem.path)).to.deep.equal(['[0].task.status']);
  });
});
