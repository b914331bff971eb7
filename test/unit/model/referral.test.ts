import { expect } from '@open-wc/testing';
import {
  PROGRAMME_STATUSES,
  REFERRAL_STATUSES,
  REQUESTER_STATUSES,
  SHOWN_REFERRAL_STATUSES,
  STATUS_NEEDS_REASON,
  URGENCIES,
  URGENCY_PRIORITY,
  mayActorSetStatus,
  statusNeedsReason,
} from '../../../src/model/referral.js';
import { validateReferralDraft } from '../../../src/model/schemas/referral-draft.js';

describe('ReferralDraft validation', () => {
  const valid = { reason: '  Wants peer support  ', consentGiven: true };

  it('accepts a minimal draft, trimming text and defaulting urgency', () => {
    const result = validateReferralDraft(valid);
    expect(result).to.deep.equal({ ok: true, draft: { reason: 'Wants peer support', urgency: 'routine', consentGiven: true } });
  });

  it('requires a reason and consent, one message key per field', () => {
    expect(validateReferralDraft({ reason: '   ', consentGiven: false })).to.deep.equal({
      ok: false,
      fieldErrors: { reason: 'referral.error.reason-required', consentGiven: 'referral.error.consent-required' },
    });
    expect(validateReferralDraft({ consentGiven: true })).to.deep.equal({
      ok: false,
      fieldErrors: { reason: 'referral.error.reason-required' },
    });
    expect(validateReferralDraft({ reason: 'x' })).to.deep.equal({
      ok: false,
      fieldErrors: { consentGiven: 'referral.error.consent-required' },
    });
  });

  it('flags invalid optional fields and non-object input', () => {
    const result = validateReferralDraft({
      ...valid,
      urgency: 'yesterday',
      preferences: { peerGender: 'robot' },
      performer: { display: 'x' },
    });
    expect(result.ok).to.equal(false);
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).to.deep.equal(['performer', 'preferences', 'urgency']);
    expect(validateReferralDraft('reason')).to.deep.include({ ok: false });
    expect(!validateReferralDraft(null).ok && validateReferralDraft(null)).to.have.nested.property('fieldErrors.form');
  });

  it('keeps every preference the form offers', () => {
    const result = validateReferralDraft({
      ...valid,
      urgency: 'urgent',
      clientHopes: 'Someone who has been there',
      preferences: { language: 'es', sharedExperience: ['voices'], peerGender: 'female' },
      performer: { reference: 'Organization/harbor-peer' },
      note: 'Afternoons',
    });
    expect(result.ok && result.draft).to.deep.include({
      urgency: 'urgent',
      note: 'Afternoons',
      performer: { reference: 'Organization/harbor-peer' },
    });
  });
});

describe('referral statuses', () => {
  it('shows the ten statuses DESIGN.md lists, all of them Task statuses', () => {
    expect(SHOWN_REFERRAL_STATUSES).to.have.length(10);
    for (const status of SHOWN_REFERRAL_STATUSES) expect(REFERRAL_STATUSES).to.include(status);
    expect(SHOWN_REFERRAL_STATUSES).not.to.include.members(['received', 'ready']);
  });

  it('says which statuses need a reason', () => {
    expect([...STATUS_NEEDS_REASON].sort()).to.deep.equal(['cancelled', 'failed', 'on-hold', 'rejected']);
    expect(REFERRAL_STATUSES.filter(statusNeedsReason)).to.have.length(4);
  });

  it('splits who may set what, with cancelled open to both sides', () => {
    expect(mayActorSetStatus('requester', 'requested')).to.equal(true);
    expect(mayActorSetStatus('requester', 'accepted')).to.equal(false);
    expect(mayActorSetStatus('programme', 'accepted')).to.equal(true);
    expect(mayActorSetStatus('programme', 'entered-in-error')).to.equal(false);
    expect(mayActorSetStatus('requester', 'cancelled') && mayActorSetStatus('programme', 'cancelled')).to.equal(true);
    const covered = new Set([...REQUESTER_STATUSES, ...PROGRAMME_STATUSES]);
    for (const status of SHOWN_REFERRAL_STATUSES) expect(covered.has(status), status).to.equal(true);
  });

  it('maps every urgency to a ServiceRequest priority', () => {
    expect(URGENCIES.map((u) => URGENCY_PRIORITY[u])).to.deep.equal(['routine', 'urgent', 'asap']);
  });
});
