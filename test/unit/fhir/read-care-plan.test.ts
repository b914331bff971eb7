import { expect } from '@open-wc/testing';
import { readCarePlan } from '../../../src/fhir/read/care-plan.js';
import { CarePlanSchema } from '../../../src/model/schemas/care-plan.js';
import { loadFixture, loadFixtures } from '../../helpers/fixtures.js';
import { peerCarePlan, peerCareTeam, peerResources } from './peer-resources.js';

const NOW = new Date('2025-06-15T00:00:00Z');

describe('readCarePlan', () => {
  it('reads HL7 f201: the contained CareTeam and Goal, and both activities', async () => {
    const { value, problems } = readCarePlan(await loadFixture('hl7-fhir-r4/careplan-example-f201-renal.json'), { now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.include({
      id: 'f201',
      status: 'draft',
      intent: 'proposal',
      period: { start: '2013-03-11', end: '2013-03-13' },
    });
    expect(value?.subject).to.deep.equal({ reference: 'Patient/f201', display: 'Roel' });
    expect(value?.careTeams).to.have.length(1);
    expect(value?.careTeams[0]?.members.map((m) => [m.name, m.roles[0]?.display, m.kind])).to.deep.equal([
      ['Dokter Bronsig', 'Review of care plan', 'practitioner'],
      ['Nurse Carla Espinosa', 'Carer', 'practitioner'],
    ]);
    expect(value?.goals).to.deep.equal([
      {
        id: 'goal',
        key: '#goal',
        description: 'Re-established renal function with at least healthy nutrients.',
        lifecycleStatus: 'completed',
        achievementStatus: 'Achieved',
        targets: [],
      },
    ]);
    expect(value?.activities.map((a) => [a.index, a.description, a.status, a.scheduled?.text])).to.deep.equal([
      [0, 'Potassium supplementation', 'completed', 'daily'],
      [1, 'Echography of kidney', 'completed', undefined],
    ]);
    expect(value?.unresolvedReferences).to.deep.equal([]);
    expect(CarePlanSchema.safeParse(value).success).to.equal(true);
  });

  it('reads HL7 careplan-example, listing the CareTeam and Goal it could not resolve', async () => {
    const { value, problems } = readCarePlan(await loadFixture('hl7-fhir-r4/careplan-example.json'), { now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value?.unresolvedReferences).to.deep.equal(['CareTeam/example', 'Goal/example']);
    expect(value?.author).to.deep.include({ name: 'Dr Adam Careful', kind: 'practitioner', category: 'other' });
    const [activity] = value?.activities ?? [];
    expect(activity).to.deep.include({ description: 'Weight Measured', status: 'completed', source: 'detail' });
    expect(activity?.performers).to.deep.equal([
      {
        name: 'Peter James Chalmers',
        reference: 'Patient/example',
        kind: 'patient',
        category: 'client',
        isPeer: false,
        unresolved: true,
      },
    ]);
  });

  it('with the CareTeam and Goal given, resolves them (the team keeps its own contained Practitioner)', async () => {
    const [plan, ...resources] = await loadFixtures([
      'hl7-fhir-r4/careplan-example.json',
      'hl7-fhir-r4/careteam-example.json',
      'hl7-fhir-r4/goal-example.json',
    ]);
    const { value, problems } = readCarePlan(plan, { resources, now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value?.unresolvedReferences).to.deep.equal([]);
    expect(value?.careTeams[0]?.members[1]?.name).to.equal('Dorothy Dietician');
    expect(value?.goals[0]).to.deep.include({
      key: 'Goal/example',
      description: 'Target weight is 160 to 180 lbs.',
      lifecycleStatus: 'on-hold',
      statusReason: 'Patient wants to defer weight loss until after honeymoon.',
    });
    expect(value?.goals[0]?.expressedBy).to.deep.equal({
      name: 'Peter James Chalmers',
      reference: 'Patient/example',
      isClient: true,
    });
    expect(value?.goals[0]?.targets).to.deep.equal([{ measure: 'Weight Measured', detail: '160–180 lbs', dueDate: '2016-04-05' }]);
  });

  it('reads US Core careplan-ulcer-example (contributor, no care team)', async () => {
    const { value, problems } = readCarePlan(await loadFixture('us-core/careplan-ulcer-example.json'), { now: NOW });
    expect(problems).to.deep.equal([]);
    expect(value?.contributors.map((c) => c.name)).to.deep.equal(['Dr Ronald Bone']);
    expect(value?.careTeams).to.deep.equal([]);
  });

  describe('a shared recovery plan with a peer specialist', () => {
    const read = () => readCarePlan(peerCarePlan, { resources: [...peerResources, peerCareTeam], now: NOW });

    it('shows the peer as the owner of their activity, via the plan’s care team', () => {
      const { value, problems } = read();
      expect(problems).to.deep.equal([]);
      const [visit, appointment, therapy] = value?.activities ?? [];
      expect(visit?.performers.map((p) => [p.name, p.category, p.isPeer])).to.deep.equal([
        ['Jordan Rivera', 'peer-specialist', true],
        ['Sam Okafor', 'client', false],
      ]);
      expect(visit?.goalKeys).to.deep.equal(['#work']);
      expect(visit?.scheduled).to.deep.equal({ start: '2025-06-02', end: '2025-06-30' });
      expect(therapy?.performers[0]).to.deep.include({ name: 'Alex Chen', category: 'therapist' });
      expect(therapy?.scheduled).to.deep.equal({ text: 'Thursdays 4pm' });
      expect(appointment).to.deep.include({
        source: 'reference',
        status: 'unknown',
        description: 'Medication review with Dr. Natarajan',
        reference: 'Appointment/med-review',
      });
    });

    it('orders progress and plan notes newest first', () => {
      const { value } = read();
      expect(value?.activities[0]?.progress.map((n) => n.time)).to.deep.equal(['2025-06-10T15:30:00Z', '2025-06-03T10:00:00Z']);
      expect(value?.activities[0]?.progress[1]?.author).to.deep.equal({
        name: 'Jordan Rivera',
        reference: 'PractitionerRole/peer-jordan-role',
      });
      expect(value?.notes.map((n) => n.text)).to.deep.equal(['Reviewed at team meeting.', 'Plan agreed with Sam.']);
    });

    it('keeps the client’s goal in their own words and the version for If-Match', () => {
      const { value } = read();
      expect(value?.versionId).to.equal('7');
      expect(value?.goals[0]).to.deep.include({ key: '#work', description: 'I want to get back to work at the bakery' });
      expect(value?.goals[0]?.expressedBy).to.deep.equal({ name: 'Sam Okafor', reference: 'Patient/client-sam', isClient: true });
      expect(value?.unresolvedReferences).to.deep.equal(['Goal/sleep']);
      expect(value?.contributors.map((c) => c.category)).to.deep.equal(['client', 'peer-specialist']);
      expect(value?.author).to.deep.include({ name: 'Priya Natarajan', category: 'psychiatrist' });
    });
  });

  describe('malformed input', () => {
    it('reports missing required elements and still returns the plan', () => {
      const { value, problems } = readCarePlan({ resourceType: 'CarePlan' });
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['status', 'missing'],
        ['intent', 'missing'],
        ['subject', 'missing'],
      ]);
      expect(value).to.deep.include({ status: 'unknown', activities: [], goals: [] });
    });

    it('reports bad activities and goals by path', () => {
      const { value, problems } = readCarePlan({
        resourceType: 'CarePlan',
        status: 'active',
        intent: 'plan',
        subject: { reference: 'Patient/p' },
        contained: [{ resourceType: 'Goal', id: 'g', lifecycleStatus: 'active', subject: { reference: 'Patient/p' } }],
        goal: [{ reference: '#g' }],
        careTeam: [{ reference: '#g' }],
        activity: [
          { detail: { status: 'done', description: 'x' } },
          { detail: { status: 'completed' }, reference: { reference: 'Task/t' } },
          7,
        ],
      });
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['careTeam[0].reference', 'wrong-type'],
        ['goal[0].description', 'missing'],
        ['activity[0].detail.status', 'unknown-code'],
        ['activity[1]', 'invariant'],
        ['activity[2]', 'wrong-type'],
      ]);
      expect(value?.goals).to.deep.equal([]);
      expect(value?.activities.map((a) => a.status)).to.deep.equal(['unknown', 'completed']);
    });
  });
});
