// The pure parts of <care-referral-button>: reading the form into a draft, the resources built from
// it, the write sequence and its idempotency, what a failure says, and the peer options.
import { expect } from '@open-wc/testing';
import { draftFromForm, isDirty } from '../../../src/components/care-referral-button/draft.js';
import { describeFailure } from '../../../src/components/care-referral-button/failure.js';
import { recipientsFrom } from '../../../src/components/care-referral-button/peers.js';
import { createReferral, ReferralStepError } from '../../../src/components/care-referral-button/persist.js';
import type { CreateOptions, DataSource } from '../../../src/data/data-source.js';
import { ConflictError, HttpError, NetworkError, TimeoutError, ValidationError } from '../../../src/data/errors.js';
import { SYSTEM } from '../../../src/fhir/extensions.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import type { Resource } from '../../../src/fhir/types.js';
import { buildReferralResources } from '../../../src/fhir/write/referral.js';
import { validateReferralDraft, type ReferralDraft } from '../../../src/model/referral.js';
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
        ['shared', 'Trauma'],
        ['shared', 'Parenting'],
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
      preferences: { language: 'es', sharedExperience: ['Trauma', 'Parenting'], peerGender: undefined },
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
    const draft = draftFromForm(formData([['reason', 'x'], ['recipient', 'PractitionerRole/evil'], ['consent', 'on']]), recipients);
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
  const context = { key: 'k-1', patient: { reference: 'Patient/p1' }, requester: undefined, carePlan: undefined, now: new Date('2026-11-24T10:00:00Z') };

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
  const resources = buildReferralResources({ reason: 'x', urgency: 'routine', consentGiven: true }, { key: 'k-2', patient: { reference: 'Patient/p1' } });

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
  const outcome = { resourceType: 'OperationOutcome' as const, issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Missing required property "intent"' }] };
  const cases: [unknown, string, boolean, string][] = [
    [new NetworkError('create ServiceRequest'), 'network', true, 'The connection to the server was lost.'],
    [new TimeoutError('create ServiceRequest', 1000), 'timeout', true, 'The server did not answer in time.'],
    [new HttpError('create ServiceRequest', 503), 'http', true, 'The server had a problem (error 503).'],
    [new ValidationError('create ServiceRequest', 400, outcome), 'validation', false, 'The server did not accept it: Missing required property "intent"'],
    [new ConflictError('create ServiceRequest', 412), 'conflict', false, 'It conflicts with a record on the server (error 412); nothing was duplicated.'],
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
      expect(describeFailure(new NetworkError('x'), 'es', 'cancel')).to.deep.include({ step: 'cancel', message: 'Se perdió la conexión con el servidor.' });
    } finally {
      registerMessages('es', { 'referral.fail.network': '' });
    }
  });
});

describe('care-referral-button: peer options', () => {
  it('takes PeerRole objects and PractitionerRoles, and reports unusable entries', async () => {
    const example = await loadFixture('hl7-fhir-r4/practitionerrole-example.json');
    const { value, problems } = recipientsFrom([{ id: 'peer-rosa-role', name: 'Rosa Delgado' }, example, { name: 'no id' }, 'junk']);
    expect(value).to.deep.equal([
      { reference: 'PractitionerRole/peer-rosa-role', name: 'Rosa Delgado' },
      { reference: 'PractitionerRole/example', name: 'Dr Adam Careful' },
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['peers[2].id', 'peers[3].id']);
  });

  it('reports a peers value that is not a list', () => {
    expect(recipientsFrom({}).problems[0]?.code).to.equal('wrong-type');
  });
});
