// The inbox's pure parts: reading the programme's referrals from the seed, views, order, counts,
// caseload, matching hints, actions per role, and the Task each action writes.
import { expect } from '@open-wc/testing';
import { readReferralInbox, type InboxData } from '../../../src/fhir/read/referral-inbox.js';
import {
  readProgrammeCapacity,
  SDOHCC_CAPACITY_STATUS_EXTENSION,
  SDOHCC_TEMPORARY_CODES,
} from '../../../src/fhir/read/programme-capacity.js';
import { createLog } from '../../../src/fhir/read/problems.js';
import { applyReferralChange } from '../../../src/fhir/write/referral-action.js';
import { REFERRAL_LOOP_SYSTEMS, REFERRAL_OUTCOME_OUTPUT } from '../../../src/fhir/codes.js';
import { EXT } from '../../../src/fhir/extensions.js';
import type { Task } from '../../../src/fhir/types.js';
import {
  actionsFor,
  assigneeOf,
  caseloads,
  compareItems,
  itemsInView,
  viewCounts,
  viewKeys,
  historyOf,
} from '../../../src/components/care-referral-inbox/inbox-views.js';
import { matchHint } from '../../../src/components/care-referral-inbox/match-hint.js';
import { changeFromForm } from '../../../src/components/care-referral-inbox/form-change.js';
import { loadFixtures } from '../../helpers/fixtures.js';

const PROGRAMME = 'Organization/peerbridge-program';
const ROSA = 'PractitionerRole/peer-rosa-role';
const MARCUS = 'PractitionerRole/peer-marcus-role';
const SUPERVISOR = 'PractitionerRole/peer-supervisor-role';

let seed: unknown;
let data: InboxData;
const item = (taskId: string) => data.items.find((i) => i.taskId === taskId)!;

before(async () => {
  seed = await (await fetch('/demo/seed/sample-team.bundle.json')).json();
  const result = readReferralInbox(seed, PROGRAMME);
  expect(result.problems, JSON.stringify(result.problems)).to.deep.equal([]);
  data = result.value!;
});

describe('readReferralInbox', () => {
  it('resolves each referral to names and words', () => {
    const devon = item('referral-devon-2026-11-task');
    expect(devon.client).to.include({ name: 'Devon Harris', language: 'en' });
    expect(devon.referrer).to.deep.equal({
      name: 'Jordan Lee',
      role: 'Therapist (LICSW)',
      organization: 'Riverside Community Mental Health Center',
    });
    expect(devon.referral.note).to.contain('text messages');
    expect(devon.referral.consentStatus).to.equal('active');
    expect(devon.referral.urgency).to.equal('urgent');
  });
  it('keeps the peer asked for apart from the owner, and finds a consent given before the referral', () => {
    expect(item('referral-luis-2026-11-task').askedFor?.name).to.equal('Marcus Bell');
    expect(assigneeOf(item('referral-luis-2026-11-task'), data.programme)).to.equal(undefined);
    expect(item('referral-peer-2026-09-task').referral.consentDate).to.equal('2026-09-08T10:20:00-04:00');
    // A later consent given for another referral is not this one's.
    const later = {
      resourceType: 'Consent',
      id: 'later',
      status: 'active',
      patient: { reference: 'Patient/maria-alvarez' },
      dateTime: '2026-12-01',
      provision: {
        actor: [{ reference: { reference: PROGRAMME } }],
        data: [{ meaning: 'related', reference: { reference: 'ServiceRequest/other' } }],
      },
    };
    const withLater = readReferralInbox([seed, later], PROGRAMME).value!;
    expect(withLater.items.find((i) => i.taskId === 'referral-peer-2026-09-task')!.referral.consentDate).to.equal(
      '2026-09-08T10:20:00-04:00',
    );
  });
  it('reads the peers (not the supervisor), their capacity and consented lived experience, and the programme capacity', () => {
    expect(data.peers.map((p) => [p.reference, p.capacity])).to.deep.equal([
      [ROSA, 6],
      [MARCUS, 4],
    ]);
    expect(data.peers[0].sharedExperience).to.contain('hospital');
    expect(data.peers[1].sharedExperience).to.equal(undefined);
    expect(data.capacity).to.deep.equal({ status: 'capacity', notes: 'Openings for about 5 new clients this month' });
    expect(data.staff.find((s) => s.reference === SUPERVISOR)?.name).to.equal('Dana Whitfield');
  });
  it('reads a waitlist in either spelling and reports an unknown capacity code', () => {
    const service = (code: string) => ({
      resourceType: 'HealthcareService',
      extension: [
        {
          url: SDOHCC_CAPACITY_STATUS_EXTENSION,
          extension: [{ url: 'capacityStatus', valueCodeableConcept: { coding: [{ system: SDOHCC_TEMPORARY_CODES, code }] } }],
        },
      ],
    });
    expect(readProgrammeCapacity(service('no-capacity-has-waitlist'), createLog())?.status).to.equal('waitlist');
    expect(readProgrammeCapacity(service('waitlist'), createLog())?.status).to.equal('waitlist');
    const log = createLog();
    expect(readProgrammeCapacity(service('full-moon'), log)).to.equal(undefined);
    expect(log.problems).to.have.length(1);
  });
  it('reads real data nobody here wrote without noise: HL7 and US Core Tasks and ServiceRequests that are not peer support are not in the inbox', async () => {
    const examples = await loadFixtures([
      'hl7-fhir-r4/task-example1.json',
      'us-core/servicerequest-foodpantry-referral.json',
      'us-core/servicerequest-rehab.json',
      'hl7-fhir-r4/consent-example-notOrg.json',
    ]);
    expect(readReferralInbox(examples)).to.deep.equal({ value: { items: [], peers: [], staff: [], programme: [] }, problems: [] });
  });

  it('leaves out referrals that are not the programme’s, and says when the input is not resources', () => {
    expect(readReferralInbox(seed, 'Organization/riverside-cmhc').value!.items).to.deep.equal([]);
    expect(readReferralInbox('nonsense').problems).to.have.length(1);
  });
});

describe('inbox views', () => {
  it('sorts by urgency, then the longest waiting first', () => {
    const order = itemsInView('needs-assignment', {}, { data, user: SUPERVISOR }).map((i) => i.taskId);
    expect(order).to.deep.equal(['referral-devon-2026-11-task', 'referral-luis-2026-11-task']);
    const a = { ...item('referral-luis-2026-11-task'), taskId: 'a' };
    const older = { ...a, taskId: 'b', referral: { ...a.referral, authoredOn: '2020-01-01' } };
    expect([a, older].sort(compareItems).map((i) => i.taskId)).to.deep.equal(['b', 'a']);
  });
  it('counts every view; peers get a view each for a supervisor only', () => {
    const keys = viewKeys(data, 'supervisor');
    expect(keys).to.deep.equal(['needs-assignment', 'mine', `peer:${ROSA}`, `peer:${MARCUS}`, 'closed']);
    expect([...viewCounts(keys, { data, user: ROSA }).values()]).to.deep.equal([2, 1, 1, 0, 1]);
    expect(viewKeys(data, 'peer')).to.deep.equal(['needs-assignment', 'mine', 'closed']);
  });
  it('filters by status and urgency', () => {
    expect(itemsInView('needs-assignment', { urgency: 'soon' }, { data }).map((i) => i.taskId)).to.deep.equal([
      'referral-luis-2026-11-task',
    ]);
    expect(itemsInView('closed', { status: 'completed' }, { data })).to.have.length(1);
    expect(itemsInView('closed', { status: 'rejected' }, { data })).to.have.length(0);
  });
  it('counts caseload against capacity', () => {
    expect(caseloads(data).map((c) => [c.open, c.capacity, c.full])).to.deep.equal([
      [1, 6, false],
      [0, 4, false],
    ]);
  });
  it('hints at language and consented shared experience, never hiding a peer', () => {
    const devon = item('referral-devon-2026-11-task');
    expect(matchHint(devon, data.peers[0])).to.deep.equal({ language: true, sharedExperience: ['Psychiatric hospitalisation'] });
    expect(matchHint(devon, data.peers[1])).to.deep.equal({ language: true, sharedExperience: [] });
    expect(matchHint(item('referral-luis-2026-11-task'), data.peers[1]).language).to.equal(false);
  });
  it('lists the client’s earlier referrals with their outcome', () => {
    const [earlier] = historyOf(item('referral-devon-2026-11-task'), data);
    expect(earlier?.referral.outcome).to.equal('client-chose-not-to-continue');
  });
  it('offers each role its actions', () => {
    const devon = item('referral-devon-2026-11-task');
    expect(actionsFor(devon, 'supervisor', { data, user: SUPERVISOR })).to.deep.equal(['assign', 'decline']);
    expect(actionsFor(devon, 'peer', { data, user: ROSA })).to.deep.equal(['accept', 'decline']);
    expect(actionsFor(devon, 'peer', { data })).to.deep.equal([]);
    const maria = item('referral-peer-2026-09-task');
    expect(actionsFor(maria, 'peer', { data, user: ROSA })).to.deep.equal(['start', 'hold', 'complete']);
    expect(actionsFor(maria, 'peer', { data, user: MARCUS })).to.deep.equal([]);
    expect(actionsFor(maria, 'supervisor', { data, user: SUPERVISOR })).to.deep.equal(['start', 'hold', 'complete', 'assign']);
  });
});

describe('applyReferralChange', () => {
  const NOW = new Date('2026-11-24T12:00:00Z');
  const actor = { reference: SUPERVISOR, display: 'Dana Whitfield' };
  const base = () => item('referral-devon-2026-11-task').task as Task;

  it('assigns: owner is the peer, status stays requested, the actor is recorded', () => {
    const task = applyReferralChange(
      base(),
      { action: 'assign', owner: { reference: ROSA, display: 'Rosa Delgado' } },
      { actor, now: NOW },
    ).value!;
    expect(task).to.include({ status: 'requested', lastModified: NOW.toISOString() });
    expect(task.owner).to.deep.equal({ reference: ROSA, display: 'Rosa Delgado' });
    expect(task.extension).to.deep.equal([{ url: EXT.taskLastChangedBy, valueReference: actor }]);
    const accepted = applyReferralChange(task, { action: 'assign', owner: { reference: MARCUS }, acceptNow: true }, { actor }).value!;
    expect(accepted.status).to.equal('accepted');
    expect(accepted.extension).to.have.length(1);
  });
  it('declines with a coded reason, and needs words for "other"', () => {
    const task = applyReferralChange(base(), { action: 'decline', reason: 'no-capacity' }, { actor }).value!;
    expect(task.status).to.equal('rejected');
    expect(task.statusReason).to.deep.equal({
      coding: [{ system: REFERRAL_LOOP_SYSTEMS.declineReason, code: 'no-capacity', display: 'No capacity' }],
      text: 'No capacity',
    });
    expect(applyReferralChange(base(), { action: 'decline', reason: 'other', text: '  ' }, { actor }).value).to.equal(undefined);
    expect(
      applyReferralChange(base(), { action: 'decline', reason: 'other', text: 'Moved away' }, { actor }).value!.statusReason!.text,
    ).to.equal('Moved away');
  });
  it('completes with the outcome in Task.output, replacing an earlier outcome', () => {
    const once = applyReferralChange(base(), { action: 'complete', outcome: 'engaged', text: 'Met at the library' }, { actor }).value!;
    const twice = applyReferralChange(once, { action: 'complete', outcome: 'referred-elsewhere' }, { actor }).value!;
    const outputs = twice.output as {
      type: { coding: { code: string }[] };
      valueCodeableConcept: { coding: { system: string; code: string }[]; text: string };
    }[];
    expect(outputs).to.have.length(1);
    expect(outputs[0].type.coding[0].code).to.equal(REFERRAL_OUTCOME_OUTPUT.code);
    expect(outputs[0].valueCodeableConcept.coding[0]).to.include({ system: REFERRAL_LOOP_SYSTEMS.outcome, code: 'referred-elsewhere' });
    expect(once.status).to.equal('completed');
  });
  it('holds with a reason only; starts; accepts for the actor', () => {
    expect(applyReferralChange(base(), { action: 'hold', text: '' }).value).to.equal(undefined);
    expect(applyReferralChange(base(), { action: 'hold', text: 'In hospital' }).value!.statusReason).to.deep.equal({ text: 'In hospital' });
    expect(applyReferralChange(base(), { action: 'start' }).value!.status).to.equal('in-progress');
    expect(applyReferralChange(base(), { action: 'accept' }, { actor: { reference: ROSA } }).value!.owner).to.deep.equal({
      reference: ROSA,
    });
    expect(applyReferralChange(base(), { action: 'accept' }).value).to.equal(undefined);
  });
  it('reads forms into changes', () => {
    expect(changeFromForm('assign', {}, data)).to.deep.equal({ missing: 'needPeer' });
    expect(changeFromForm('assign', { peer: ROSA, acceptNow: 'on' }, data)).to.deep.equal({
      change: { action: 'assign', owner: { reference: ROSA, display: 'Rosa Delgado' }, acceptNow: true },
    });
    expect(changeFromForm('decline', { reason: 'other', words: '' }, data)).to.deep.equal({ missing: 'needWords' });
    expect(changeFromForm('accept', {}, data, MARCUS)).to.deep.equal({
      change: { action: 'accept', owner: { reference: MARCUS, display: 'Marcus Bell' } },
    });
  });
});
