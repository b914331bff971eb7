// The pure parts of <care-referral-button>: reading the form into a draft, the resources built from
// it, the write sequence and its idempotency, what a failure says, and the peer options.
import { expect } from '@open-wc/testing';
import { draftFromForm, isDirty } from '../../../src/components/care-referral-button/draft.js';
import { describeFailure } from '../../../src/components/care-referral-button/failure.js';
import { createReferral } from '../../../src/data/create-referral.js';
import { loadReferral } from '../../../src/data/load-referral.js';
import { revokeRequest } from '../../../src/data/cancel-referral.js';
import { ReferralStepError } from '../../../src/data/referral-step-error.js';
import type { CreateOptions, DataSource } from '../../../src/data/data-source.js';
import { ConflictError, HttpError, InvalidRequestError, NetworkError, TimeoutError, ValidationError } from '../../../src/data/errors.js';
import { SYSTEM } from '../../../src/fhir/extensions.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import type { Resource, ServiceRequest, Task } from '../../../src/fhir/types.js';
import { buildReferralResources, referralRecipients } from '../../../src/fhir/write/referral.js';
import { validateReferralDraft, type ReferralDraft } from '../../../src/model/schemas/referral-draft.js';
import { loadFixture } from '../../helpers/fixtures.js';

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const recipients = [
  { reference: 'Organization/peerbridge-program', name: 'PeerBridge' },
  { reference: 'PractitionerRole/peer-rosa-role', name: 'Rosa Delgado' },
];

describe('care-referral-button: form → draft', () => {
  it('reads every field, leaving blanks out', () => {
    const draft = draftFromForm(
      formData([
        ['reason', '  Isolated since discharge '],
        ['hopes', ''],
        ['language', 'es'],
        ['shared', 'trauma'],
        ['shared', 'parenting'],
        ['gender', ''],
        ['urgency', 'urgent'],
        ['recipient', 'PractitionerRole/peer-rosa-role'],
        ['note', '   '],
        ['consent', 'on'],
      ]),
      recipients,
    );
    expect(draft).to.deep.equal({
      reason: 'Isolated since discharge',
      clientHopes: undefined,
      preferences: { language: 'es', sharedExperience: ['trauma', 'parenting'], peerGender: undefined },
      urgency: 'urgent',
      performer: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado' },
      note: undefined,
      consentGiven: true,
    });
    expect(validateReferralDraft(draft).ok).to.equal(true);
  });

  it('requires a reason and the consent, keyed by field', () => {
    const result = validateReferralDraft(draftFromForm(formData([['reason', ' ']]), recipients));
    expect(result).to.deep.equal({
      ok: false,
      fieldErrors: { reason: 'referral.error.reason-required', consentGiven: 'referral.error.consent-required' },
    });
  });

  it('ignores a recipient that is not offered (no performer), and defaults the urgency', () => {
    const draft = draftFromForm(
      formData([
        ['reason', 'x'],
        ['recipient', 'PractitionerRole/evil'],
        ['consent', 'on'],
      ]),
      recipients,
    );
    expect(draft.performer).to.equal(undefined);
    expect(draft.urgency).to.equal('routine');
  });

  it('knows when a form holds a draft', () => {
    const form = document.createElement('form');
    form.innerHTML = `<textarea name="reason"></textarea><input type="radio" name="urgency" value="routine" checked>
      <select name="recipient"><option value="Organization/x">P</option></select><input type="checkbox" name="consent">`;
    document.body.append(form);
    try {
      expect(isDirty(form)).to.equal(false);
      (form.elements.namedItem('consent') as HTMLInputElement).checked = true;
      expect(isDirty(form)).to.equal(true);
      form.reset();
      (form.elements.namedItem('reason') as HTMLTextAreaElement).value = 'typed';
      expect(isDirty(form)).to.equal(true);
    } finally {
      form.remove();
    }
  });
});

describe('care-referral-button: the resources', () => {
  const draft: ReferralDraft = { reason: 'Isolated', urgency: 'soon', consentGiven: true };
  const context = {
    key: 'k-1',
    patient: { reference: 'Patient/p1' },
    requester: undefined,
    carePlan: undefined,
    programme: { reference: 'Organization/peerbridge-program' },
    now: new Date('2026-11-24T10:00:00Z'),
  };

  it('carries the idempotency identifier on all three, and no requester or basedOn when unknown', () => {
    const { serviceRequest, task, consent } = buildReferralResources(draft, context);
    expect(serviceRequest.identifier).to.deep.equal([{ system: SYSTEM.referralKey, value: 'k-1' }]);
    expect(task.identifier).to.deep.equal([{ system: SYSTEM.referralKey, value: 'k-1:task' }]);
    expect(consent.identifier).to.deep.equal([{ system: SYSTEM.referralKey, value: 'k-1:consent' }]);
    expect(serviceRequest).not.to.have.any.keys('requester', 'basedOn');
    expect(task).to.deep.include({ status: 'requested', intent: 'order', for: { reference: 'Patient/p1' } });
  });

  it('refuses to build a referral without consent', () => {
    expect(() => buildReferralResources({ ...draft, consentGiven: false as unknown as true }, context)).to.throw(TypeError);
  });
});

/** A data source that records creates and answers like a server that already holds some of them. */
function recordingSource(failOn?: string): DataSource & { calls: [string, CreateOptions | undefined][] } {
  const calls: [string, CreateOptions | undefined][] = [];
  return {
    calls,
    read: () => Promise.reject(new Error('unused')),
    search: () => Promise.reject(new Error('unused')),
    update: () => Promise.reject(new Error('unused')),
    create: async <T extends Resource>(resource: T, options?: CreateOptions) => {
      calls.push([resource.resourceType, options]);
      if (resource.resourceType === failOn) throw new NetworkError(`create ${failOn}`);
      return { ...resource, id: `${resource.resourceType.toLowerCase()}-1` };
    },
  };
}

describe('care-referral-button: the write sequence', () => {
  const resources = buildReferralResources(
    { reason: 'x', urgency: 'routine', consentGiven: true },
    { key: 'k-2', patient: { reference: 'Patient/p1' }, programme: { reference: 'Organization/peerbridge-program' } },
  );

  it('creates the ServiceRequest, then the Consent and the Task pointing at it, each conditionally', async () => {
    const source = recordingSource();
    const created = await createReferral(source, resources);
    expect(source.calls.map(([type, options]) => [type, options?.ifNoneExist])).to.deep.equal([
      ['ServiceRequest', `identifier=${SYSTEM.referralKey}|k-2`],
      ['Consent', `identifier=${SYSTEM.referralKey}|k-2:consent`],
      ['Task', `identifier=${SYSTEM.referralKey}|k-2:task`],
    ]);
    expect(created.task.focus).to.deep.equal({ reference: 'ServiceRequest/servicerequest-1' });
    expect(created.consent.provision?.data?.[0]?.reference).to.deep.equal({ reference: 'ServiceRequest/servicerequest-1' });
  });

  it('says which step failed, keeping the cause', async () => {
    const error = await createReferral(recordingSource('Task'), resources).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ReferralStepError);
    expect((error as ReferralStepError).step).to.equal('Task');
    expect((error as ReferralStepError).cause).to.be.instanceOf(NetworkError);
  });
});

describe('care-referral-button: failures in plain words', () => {
  const outcome = {
    resourceType: 'OperationOutcome' as const,
    issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Missing required property "intent"' }],
  };
  const cases: [unknown, string, boolean, string][] = [
    [new NetworkError('create ServiceRequest'), 'network', true, 'The connection to the server was lost.'],
    [new TimeoutError('create ServiceRequest', 1000), 'timeout', true, 'The server did not answer in time.'],
    [new HttpError('create ServiceRequest', 503), 'http', true, 'The server had a problem (error 503).'],
    [
      new ValidationError('create ServiceRequest', 400, outcome),
      'validation',
      false,
      'The server did not accept it: Missing required property "intent"',
    ],
    [
      new ConflictError('create ServiceRequest', 412),
      'conflict',
      false,
      'It conflicts with a record on the server (error 412); nothing was duplicated.',
    ],
    [new TypeError('a host data source broke'), 'unknown', true, 'Something went wrong.'],
  ];
  for (const [error, kind, retryable, message] of cases) {
    it(`${kind}: "${message}"`, () => {
      const failure = describeFailure(new ReferralStepError('Consent', error), 'en');
      expect(failure).to.deep.include({ step: 'Consent', kind, retryable, message, error });
    });
  }

  it('names the cancellation when no referral step failed, and speaks the locale', () => {
    registerMessages('es', { 'referral.fail.network': 'Se perdió la conexión con el servidor.' });
    try {
      expect(describeFailure(new NetworkError('x'), 'es', 'cancel')).to.deep.include({
        step: 'cancel',
        message: 'Se perdió la conexión con el servidor.',
      });
    } finally {
      registerMessages('es', { 'referral.fail.network': '' });
    }
  });
});

describe('care-referral-button: peer options (referralRecipients)', () => {
  it('takes PeerRole objects and PractitionerRoles, and reports unusable entries', async () => {
    const example = await loadFixture('hl7-fhir-r4/practitionerrole-example.json');
    const { value, problems } = referralRecipients([{ id: 'peer-rosa-role', name: 'Rosa Delgado' }, example, { name: 'no id' }, 'junk']);
    expect(value).to.deep.equal([
      { reference: 'PractitionerRole/peer-rosa-role', name: 'Rosa Delgado' },
      { reference: 'PractitionerRole/example', name: 'Dr Adam Careful' },
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['peers[2].id', 'peers[3].id']);
  });

  it('reports a peers value that is not a list', () => {
    expect(referralRecipients({}).problems[0]?.code).to.equal('wrong-type');
  });
});

/** A data source over a few resources that logs reads and updates by `Type/id`. */
function storeSource(resources: Resource[]): DataSource & { log: string[] } {
  const log: string[] = [];
  const find = (type: string, id: string) => resources.find((r) => r.resourceType === type && r.id === id);
  return {
    log,
    read: async <T extends Resource>(type: string, id: string) => {
      log.push(`read ${type}/${id}`);
      const found = find(type, id);
      if (!found) throw new NetworkError(`read ${type}`);
      return found as T;
    },
    search: () => Promise.reject(new Error('unused')),
    create: () => Promise.reject(new Error('unused')),
    update: async <T extends Resource>(resource: T) => {
      log.push(`update ${resource.resourceType}/${resource.id} ${String((resource as { status?: string }).status)}`);
      return resource;
    },
  };
}

describe('care-referral-button: loading and revoking by reference', () => {
  const task: Task = { resourceType: 'Task', id: 't1', status: 'cancelled', intent: 'order', focus: { reference: 'ServiceRequest/sr1' } };
  const request: ServiceRequest = {
    resourceType: 'ServiceRequest',
    id: 'sr1',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    meta: { versionId: '2' },
  };

  it('loads the Task of a plain, relative, absolute or versioned referral-id, and the request it focuses on', async () => {
    const source = storeSource([task, request]);
    for (const id of [
      't1',
      'Task/t1',
      'https://fhir.example.org/r4/Task/t1',
      'Task/t1/_history/3',
      'https://fhir.example.org/r4/Task/t1/_history/3',
    ]) {
      source.log.length = 0;
      const loaded = await loadReferral(source, id);
      expect(loaded.task, id).to.equal(task);
      expect(loaded.serviceRequest, id).to.equal(request);
      expect(source.log, id).to.deep.equal(['read Task/t1', 'read ServiceRequest/sr1']);
    }
  });

  it('refuses a referral-id that names another kind of resource, without a request', async () => {
    const source = storeSource([task]);
    const error = await loadReferral(source, 'ServiceRequest/sr1').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(InvalidRequestError);
    expect(source.log).to.deep.equal([]);
  });

  it('revokes the ServiceRequest its Task focuses on, read just before (its version for If-Match)', async () => {
    const source = storeSource([request]);
    await revokeRequest(source, task);
    expect(source.log).to.deep.equal(['read ServiceRequest/sr1', 'update ServiceRequest/sr1 revoked']);
  });

  it('leaves a closed request, and a Task without a literal focus, alone', async () => {
    const source = storeSource([{ ...request, status: 'completed' }]);
    await revokeRequest(source, task);
    await revokeRequest(source, { ...task, focus: { reference: 'ServiceRequest?identifier=x|y' } });
    await revokeRequest(source, { ...task, focus: { reference: 'Patient/p1' } });
    expect(source.log).to.deep.equal(['read ServiceRequest/sr1']);
  });
});
