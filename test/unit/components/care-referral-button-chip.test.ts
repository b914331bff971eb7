// <care-referral-button> standalone, after sending: the chip says truthfully who has the referral and why,
// cancelling with a reason, announcements of a change, and when a new referral is offered.
import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralCancelRequestEvent } from '../../../src/components/care-referral-button/events.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { FINAL_REFERRAL_STATUSES, REFERRAL_STATUSES, SHOWN_REFERRAL_STATUSES } from '../../../src/model/referral.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { deepActive } from '../../helpers/lazy-load.js';
import { $, standalone, task } from '../../helpers/referral-button-standalone.js';

describe('<care-referral-button> standalone: after sending', () => {
  afterEach(() => registerMessages('es', {}));

  it('says truthfully who has it (or who it was sent to), why and when, with the whole state as the chip’s name', async () => {
    const el = await standalone();
    const rosa = { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' };
    // Rosa is the owner throughout: while requested she is who it was sent to, never who "took" it.
    const expected: Record<(typeof SHOWN_REFERRAL_STATUSES)[number], string> = {
      draft: 'Draft, not sent',
      requested: 'Sent to Rosa Delgado, CPS',
      accepted: 'Accepted by Rosa Delgado, CPS',
      rejected: 'Declined by the peer support programme',
      'in-progress': 'In progress with Rosa Delgado, CPS',
      'on-hold': 'On hold',
      failed: 'Could not be completed',
      completed: 'Completed',
      cancelled: 'Cancelled',
      'entered-in-error': 'Entered in error',
    };
    for (const status of SHOWN_REFERRAL_STATUSES) {
      el.task = task(status, { statusReason: { text: 'Client moved away' }, owner: rosa });
      await el.updateComplete;
      const chip = $(el, '.chip')!;
      expect(chip.querySelector('[part="state"]')!.textContent, status).to.equal(expected[status]);
      expect(chip.dataset['status']).to.equal(status);
      const needsReason = ['rejected', 'cancelled', 'on-hold', 'failed'].includes(status);
      expect(chip.textContent.includes('Client moved away'), status).to.equal(needsReason);
      expect(chip.textContent).to.contain('Updated 2 days ago');
      expect(chip.getAttribute('role')).to.equal('group');
      const name = chip.getAttribute('aria-label')!;
      expect(name, status)
        .to.match(/^Peer support referral( sent [^:]+)?: /)
        .and.contain(expected[status]);
      expect(name.includes('Client moved away'), status).to.equal(needsReason);
      await expectAccessibleInThemes(el);
    }
  });

  it('names who declined and why, in the programme’s words, and the outcome a completed referral came to', async () => {
    const el = await standalone();
    const loop = 'https://care-team-elements.org/fhir/CodeSystem/';
    el.task = task('rejected', {
      owner: { reference: 'Organization/peerbridge', display: 'PeerBridge' },
      statusReason: { coding: [{ system: `${loop}peer-referral-decline-reason`, code: 'no-capacity' }], text: 'Full until January' },
      extension: [
        {
          url: 'https://care-team-elements.org/fhir/StructureDefinition/task-last-changed-by',
          valueReference: { display: 'Dana Whitfield' },
        },
      ],
    });
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('Declined by Dana Whitfield');
    expect($(el, '[part="detail"]')!.textContent).to.equal('No capacity: Full until January');
    el.task = task('completed', {
      owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' },
      output: [
        {
          type: { coding: [{ system: `${loop}peer-referral-output-type`, code: 'outcome' }] },
          valueCodeableConcept: { coding: [{ system: `${loop}peer-referral-outcome`, code: 'engaged' }] },
        },
      ],
    });
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('Completed');
    expect($(el, '[part="detail"]')!.textContent).to.equal('First meeting held, the client engaged');
    expect($(el, '.chip')!.getAttribute('aria-label')).to.contain('Completed.').and.contain('First meeting held, the client engaged.');
  });

  it('offers the button again only once the referral is over, and cancel only while it is open', async () => {
    const el = await standalone();
    el.task = task('accepted');
    await el.updateComplete;
    expect($(el, '#trigger')).to.equal(null);
    expect($(el, '[part="cancel-button"]')).not.to.equal(null);
    el.task = task('completed');
    await el.updateComplete;
    expect($(el, '#trigger')).not.to.equal(null);
    expect($(el, '[part="cancel-button"]')).to.equal(null);
    el.task = task('requested', { requester: { reference: 'PractitionerRole/someone-else' } });
    await el.updateComplete;
    expect($(el, '[part="cancel-button"]'), 'only the requester cancels').to.equal(null);
  });

  it('cancels with a required reason; the host persists it when it prevents the request', async () => {
    const el = await standalone();
    el.task = task('requested');
    await el.updateComplete;
    const changes: string[] = [];
    el.addEventListener('care-referral-status-changed', (event) => changes.push(`${event.detail.previousStatus}>${event.detail.status}`));
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '#cancel')!;
    expect(dialog.open).to.equal(true);
    expect(deepActive()?.id).to.equal('cancel-reason');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#cancel-reason-error')!.textContent).to.equal('Enter a reason.');
    expect($(el, '#cancel-reason')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessibleInThemes(el);

    $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = 'Client declined';
    el.addEventListener('care-referral-cancel-request', (event) => event.preventDefault(), { once: true });
    const request = oneEvent<CareReferralCancelRequestEvent>(el, 'care-referral-cancel-request');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    const { detail } = await request;
    expect(detail.task).to.deep.include({ status: 'cancelled', statusReason: { text: 'Client declined' } });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect($(el, '.chip')!.textContent).to.contain('Cancelled').and.contain('Client declined');
    expect(changes).to.deep.equal(['requested>cancelled']);
  });

  it('announces a change of status in one sentence, but not the relative time that changes on every check', async () => {
    const el = await standalone();
    el.task = task('on-hold', { statusReason: { text: 'Client in hospital' }, owner: { display: 'Rosa Delgado, CPS' } });
    await el.updateComplete;
    const live = $(el, '[role="status"][aria-label="Referral status updates"]')!;
    expect(live.textContent, 'what was there at first is not news').to.equal('');
    expect($(el, '.chip time')!.textContent).to.equal('Updated 2 days ago');
    expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(2); // the chip's updates and the form's
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(live, { subtree: true, childList: true, characterData: true, attributes: true });
    // A poll that finds the same status, a newer time: nothing live changes.
    el.task = task('on-hold', {
      statusReason: { text: 'Client in hospital' },
      owner: { display: 'Rosa Delgado, CPS' },
      lastModified: new Date(Date.now() - 3 * 60_000).toISOString(),
    });
    await el.updateComplete;
    expect($(el, '.chip time')!.textContent).to.equal('Updated 3 minutes ago');
    expect(observer.takeRecords().concat(changes), 'the live region stays quiet').to.deep.equal([]);
    el.task = task('accepted', { owner: { display: 'Rosa Delgado, CPS' } });
    await el.updateComplete;
    expect(observer.takeRecords().concat(changes).length, 'a new status is announced').to.be.greaterThan(0);
    expect(live.textContent).to.match(/^Peer support referral( sent [^:]+)?: Accepted by Rosa Delgado, CPS\.$/);
    observer.disconnect();
    await expectAccessibleInThemes(el);
  });

  it('offers a new referral only once the referral is over, and Cancel only while it is open', async () => {
    const el = await standalone();
    for (const status of REFERRAL_STATUSES) {
      el.task = task(status, { statusReason: { text: 'Reason' } });
      await el.updateComplete;
      const over = (FINAL_REFERRAL_STATUSES as readonly string[]).includes(status);
      expect(!!$(el, '#trigger'), status).to.equal(over);
      expect(!!$(el, '[part="cancel-button"]'), status).to.equal(!over);
    }
    expect([...FINAL_REFERRAL_STATUSES].sort()).to.deep.equal(['cancelled', 'completed', 'entered-in-error', 'failed', 'rejected']);
  });
});
