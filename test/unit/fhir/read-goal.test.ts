import { expect } from '@open-wc/testing';
import { readGoal } from '../../../src/fhir/read/goal.js';
import { loadFixture } from '../../helpers/fixtures.js';

describe('readGoal', () => {
  it('reads US Core goal-sdoh-2: a goal the client expressed', async () => {
    const { value, problems } = readGoal(await loadFixture('us-core/goal-sdoh-2.json'));
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal({
      id: 'goal-sdoh-2',
      key: 'Goal/goal-sdoh-2',
      description: 'In paid employment',
      expressedBy: { name: 'Amy Shaw', reference: 'Patient/example', isClient: true },
      lifecycleStatus: 'active',
      targets: [{ dueDate: '2022-02-01' }],
    });
  });

  it('reads US Core goal-1: a goal a practitioner expressed', async () => {
    const { value, problems } = readGoal(await loadFixture('us-core/goal-1.json'));
    expect(problems).to.deep.equal([]);
    expect(value?.expressedBy).to.deep.equal({
      name: 'Dr Ronald Bone',
      reference: 'Practitioner/practitioner-1',
      isClient: false,
    });
  });

  it('reports missing required elements; without a description there is no goal to show', () => {
    const { value, problems } = readGoal({ resourceType: 'Goal', target: [{ detailQuantity: { value: 'five' } }] });
    expect(value).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['description', 'missing'],
      ['subject', 'missing'],
      ['lifecycleStatus', 'missing'],
    ]);
    const described = readGoal({
      resourceType: 'Goal',
      lifecycleStatus: 'paused',
      description: { text: 'Sleep through the night' },
      subject: { reference: 'Patient/p' },
      target: [{ detailQuantity: { value: 'five' } }, { detailInteger: 7 }],
    });
    expect(described.value).to.deep.include({ description: 'Sleep through the night', targets: [{ detail: '7' }] });
    expect(described.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['lifecycleStatus', 'unknown-code'],
      ['target[0].detailQuantity.value', 'wrong-type'],
    ]);
  });
});
