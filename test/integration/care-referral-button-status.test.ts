// <care-referral-button> with the FHIR server, after sending: the live status in the chip, loading an
// existing referral (by id, absolute or versioned), load errors with retry, polling, and cancelling
// (If-Match, a revoked ServiceRequest, conflicts).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-button/define.js';
import type {
  CareReferralCreatedEvent,
  CareReferralFailedEvent,
  CareReferralStatusChangedEvent,
} from '../../src/components/care-referral-button/events.js';
import type { CareTeamProvider } from '../../src/components/care-team-provider/care-team-provider.js';
import type { DataSource } from '../../src/data/data-source.js';
import { createFhirDataSource } from '../../src/data/fhir-rest-data-source.js';
import {
  changeResource,
  fhirBaseUrl,
  readResource,
  resetServer,
  serverRequests,
  setFaults,
  setSubscriptionsEnabled,
  writeResource,
} from '../helpers/fhir-server.js';
import { expectAccessibleInThemes } from '../suites/accessible.js';
import { $, text, sleep, PATIENT, taskReads, connected, sendReferral, putTask } from '../helpers/referral-button.js';

describe('<care-referral-button> with the FHIR server: status, loading and cancelling', () => {
  beforeEach(resetServer);

  it('shows a Task accepted on the server in the chip and announces the change', async function () {
    this.timeout(15_000);
    const el = await connected({ poll: 1 });
    const created = oneEvent<CareReferralCreatedEvent>(el, 'care-referral-created');
    await sendReferral(el);
    const { detail } = await created;
    const changed = oneEvent<CareReferralStatusChangedEvent>(el, 'care-referral-status-changed');
    await putTask(detail.task.id!, {
      status: 'accepted',
      owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' },
    });
    const event = await changed;
    expect([event.detail.previousStatus, event.detail.status]).to.deep.equal(['requested', 'accepted']);
    await el.updateComplete;
    const live = $(el, '[role="status"][aria-label="Referral status updates"]')!;
    expect(live.textContent).to.match(/^Peer support referral sent [^:]+: Accepted by Rosa Delgado, CPS\.$/);
    expect($(el, '.chip [part="state"]')!.textContent).to.equal('Accepted by Rosa Delgado, CPS');

    await putTask(detail.task.id!, { status: 'completed' });
    await waitUntil(() => $(el, '.chip')!.textContent.includes('Completed'), 'completed', { timeout: 4000 });
    const reads = () => taskReads(detail.task.id!);
    const over = await reads();
    await sleep(2500);
    expect(await reads(), 'no polling once the referral is over').to.equal(over);
  });

  it('loads an existing referral by its Task id, without announcing a change', async () => {
    for (const referralId of ['referral-peer-2026-09-task', 'Task/referral-peer-2026-09-task']) {
      let changes = 0;
      const el = await connected({ referralId });
      el.addEventListener('care-referral-status-changed', () => (changes += 1));
      await waitUntil(() => $(el, '.chip'), `chip for ${referralId}`);
      expect($(el, '.chip [part="state"]')!.textContent).to.equal('Accepted by Rosa Delgado, CPS');
      expect($(el, '[part="cancel-button"]'), 'the therapist did not request it').to.equal(null);
      expect($(el, '#trigger')).to.equal(null);
      expect(changes).to.equal(0);
      await expectAccessibleInThemes(el);
    }
  });

  it('shows loading, then an error with a working retry, for a referral it cannot load', async () => {
    await setFaults([{ method: 'GET', resourceType: 'Task', fault: 'slow', delayMs: 600 }]);
    const loading = await connected({ referralId: 'referral-peer-2026-09-task' });
    expect($(loading, '[role="status"]')!.textContent).to.contain('Loading the referral');
    expect($(loading, '#trigger'), 'no second referral while the first is loading').to.equal(null);
    await expectAccessibleInThemes(loading);
    await waitUntil(() => $(loading, '.chip'), 'chip after the slow answer', { timeout: 5000 });

    // The first chart gone (its live status reads Tasks too), the fault is for the second's read.
    loading.closest('care-team-provider')!.remove();
    await setFaults([{ method: 'GET', pathIncludes: '/Task/referral-peer-2026-09-task', fault: '503' }]);
    const el = await connected({ referralId: 'referral-peer-2026-09-task' });
    await waitUntil(() => text(el).includes('Could not load the referral'), 'error view', { timeout: 5000 });
    expect(text(el)).to.contain('503');
    await expectAccessibleInThemes(el);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Try again'))!.click();
    await waitUntil(() => $(el, '.chip'), 'chip after retry', { timeout: 5000 });
    expect($(el, '.chip')!.textContent).to.contain('Accepted');
  });

  it('lets the requester cancel with a reason (If-Match), and reloads on a conflict', async function () {
    this.timeout(15_000);
    const el = await connected();
    const created = oneEvent<CareReferralCreatedEvent>(el, 'care-referral-created');
    await sendReferral(el);
    const { detail } = await created;
    await el.updateComplete;
    const cancel = async (reason: string) => {
      $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
      await el.updateComplete;
      $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = reason;
      $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    };
    // Someone else changed the Task since it was shown: the PUT with the old version gets 412.
    await putTask(detail.task.id!, { status: 'accepted' });
    const changed = oneEvent<CareReferralStatusChangedEvent>(el, 'care-referral-status-changed');
    await cancel('Client moved away');
    expect((await changed).detail.status).to.equal('accepted');
    // The new status can be reported (by the live feed, or the reload after the 412) before the notice is drawn.
    await waitUntil(() => $(el, '[role="alert"]'), 'the conflict is reported', { timeout: 5000 });
    expect($(el, '[role="alert"]')!.textContent).to.contain('It changed meanwhile; the current status is shown.');
    expect((await readResource<{ status: string }>('Task', detail.task.id!)).status).to.equal('accepted');

    const cancelled = oneEvent<CareReferralStatusChangedEvent>(el, 'care-referral-status-changed');
    await cancel('Client moved away');
    expect((await cancelled).detail.status).to.equal('cancelled');
    await waitUntil(() => !$<HTMLDialogElement>(el, '#cancel')!.open, 'cancellation done');
    const task = await readResource<{ status: string; statusReason: { text: string } }>('Task', detail.task.id!);
    expect(task).to.deep.include({ status: 'cancelled', statusReason: { text: 'Client moved away' } });
    expect(
      (await readResource<{ status: string }>('ServiceRequest', detail.serviceRequest.id!)).status,
      'the order is revoked too',
    ).to.equal('revoked');
    await el.updateComplete;
    expect($(el, '.chip')!.textContent).to.contain('Cancelled').and.contain('Client moved away');
    expect($(el, '#trigger'), 'a new referral is possible').not.to.equal(null);
  });

  it('says when the status may be out of date, and recovers', async function () {
    this.timeout(15_000);
    await setSubscriptionsEnabled(false); // a server that only answers polls
    const el = await connected({ referralId: 'referral-peer-2026-09-task', poll: 1 });
    await waitUntil(() => $(el, '.chip'));
    await setFaults([{ method: 'GET', resourceType: 'Task', fault: '503', times: 1 }]);
    await waitUntil(() => text(el).includes('The status may be out of date.'), 'stale hint', { timeout: 4000 });
    expect($(el, '.chip')!.textContent).to.contain('Accepted');
    await expectAccessibleInThemes(el);
    await waitUntil(() => !text(el).includes('out of date'), 'recovered', { timeout: 4000 });
  });

  it('pauses polling while the page is hidden and stops when removed', async function () {
    this.timeout(15_000);
    await setSubscriptionsEnabled(false); // a server that only answers polls
    const el = await connected({ referralId: 'referral-peer-2026-09-task', poll: 1 });
    await waitUntil(() => $(el, '.chip'));
    const reads = () => taskReads('referral-peer-2026-09-task');
    await waitUntil(async () => (await reads()) >= 2, 'polls while visible', { timeout: 4000 });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const hiddenAt = await reads();
      await sleep(2500);
      expect(await reads(), 'no polls while hidden').to.equal(hiddenAt);
    } finally {
      delete (document as unknown as Record<string, unknown>)['visibilityState'];
    }
    const before = await reads();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(async () => (await reads()) > before, 'polls again at once when visible', { timeout: 1000 });
    el.remove();
    await sleep(300);
    const removedAt = await reads();
    await sleep(2000);
    expect(await reads(), 'no polls after removal').to.equal(removedAt);
  });

  it('revokes the ServiceRequest when the requester cancels a referral loaded by id', async () => {
    const el = await connected({ referralId: 'referral-peer-2026-09-task', user: 'PractitionerRole/psychiatrist-role' });
    await waitUntil(() => $(el, '[part="cancel-button"]'), 'cancel offered to the requester');
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = 'Client moved away';
    const changed = oneEvent<CareReferralStatusChangedEvent>(el, 'care-referral-status-changed');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    expect((await changed).detail.status).to.equal('cancelled');
    await waitUntil(() => !$<HTMLDialogElement>(el, '#cancel')!.open, 'cancel dialog closed');
    expect((await readResource<{ status: string }>('Task', 'referral-peer-2026-09-task')).status).to.equal('cancelled');
    expect((await readResource<{ status: string }>('ServiceRequest', 'referral-peer-2026-09')).status).to.equal('revoked');
    const puts = (await serverRequests({ method: 'PUT' })).map((r) => [r.path.replace(/^.*\/fhir/, ''), r.status]);
    expect(puts).to.deep.equal([
      ['/Task/referral-peer-2026-09-task', 200],
      ['/ServiceRequest/referral-peer-2026-09', 200],
    ]);
  });

  it('says when the ServiceRequest could not be revoked, and a second try only revokes it', async () => {
    const el = await connected({ referralId: 'referral-peer-2026-09-task', user: 'PractitionerRole/psychiatrist-role' });
    await waitUntil(() => $(el, '[part="cancel-button"]'), 'cancel offered to the requester');
    await setFaults([{ method: 'PUT', resourceType: 'ServiceRequest', fault: '503' }]);
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = 'Client moved away';
    const failed = oneEvent<CareReferralFailedEvent>(el, 'care-referral-failed');
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    expect((await failed).detail).to.deep.include({ step: 'cancel', kind: 'http', status: 503 });
    await el.updateComplete;
    expect($(el, '#cancel [role="alert"]')!.textContent).to.contain('The cancellation was not completed.');
    expect($<HTMLDialogElement>(el, '#cancel')!.open).to.equal(true);
    expect((await readResource<{ status: string }>('ServiceRequest', 'referral-peer-2026-09')).status).to.equal('active');
    await expectAccessibleInThemes(el);
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    await waitUntil(() => !$<HTMLDialogElement>(el, '#cancel')!.open, 'cancellation completed', { timeout: 5000 });
    expect((await readResource<{ status: string }>('ServiceRequest', 'referral-peer-2026-09')).status).to.equal('revoked');
    expect(await serverRequests({ method: 'PUT', pathIncludes: '/Task/' }), 'the Task is saved once').to.have.length(1);
  });

  it('cancelling while someone else changes the ServiceRequest (412) reloads and says so', async () => {
    // The programme edits the request between the element's read and its PUT.
    const inner = createFhirDataSource({ baseUrl: fhirBaseUrl(), timeoutMs: 5000 });
    const racing: DataSource = {
      ...inner,
      read: (type, id, options) => inner.read(type, id, options),
      search: (type, params, options) => inner.search(type, params, options),
      create: (resource, options) => inner.create(resource, options),
      update: async (resource, options) => {
        if (resource.resourceType === 'ServiceRequest') {
          await changeResource('ServiceRequest', resource.id!, { note: [{ text: 'Programme added a note' }] });
        }
        return inner.update(resource, options);
      },
    };
    const el = await connected({ dataSource: racing });
    const created = oneEvent<CareReferralCreatedEvent>(el, 'care-referral-created');
    await sendReferral(el);
    const { detail } = await created;
    await el.updateComplete;
    const id = detail.serviceRequest.id!;
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#cancel-reason')!.value = 'Client declined';
    $<HTMLButtonElement>(el, '#cancel button[type="submit"]')!.click();
    await waitUntil(() => text(el).includes('It changed meanwhile; the current status is shown.'), 'conflict reported', { timeout: 5000 });
    const puts = await serverRequests({ method: 'PUT', pathIncludes: `/ServiceRequest/${id}` });
    expect(puts.map((r) => r.status)).to.deep.equal([200, 412]);
    const request = await readResource<{ status: string; note: unknown }>('ServiceRequest', id);
    expect(request).to.deep.include({ status: 'active', note: [{ text: 'Programme added a note' }] });
    expect((await readResource<{ status: string }>('Task', detail.task.id!)).status).to.equal('cancelled');
    expect($(el, '[part="state"]')!.textContent).to.equal('Cancelled');
    expect($<HTMLDialogElement>(el, '#cancel')!.open).to.equal(false);
  });

  it('loads a referral-id given as an absolute or versioned reference', async () => {
    for (const referralId of [`${fhirBaseUrl()}/Task/referral-peer-2026-09-task`, 'Task/referral-peer-2026-09-task/_history/1']) {
      const el = await connected({ referralId });
      await waitUntil(() => $(el, '.chip'), `chip for ${referralId}`, { timeout: 5000 });
      expect($(el, '[part="state"]')!.textContent).to.equal('Accepted by Rosa Delgado, CPS');
    }
  });

  it('forgets a referral whose referral-id is removed, and follows a new one', async () => {
    const { id: other } = await writeResource({
      resourceType: 'Task',
      status: 'on-hold',
      intent: 'order',
      statusReason: { text: 'Client in hospital' },
      for: { reference: PATIENT },
    });
    const el = await connected({ referralId: 'referral-peer-2026-09-task' });
    await waitUntil(() => $(el, '.chip'), 'first referral');
    el.referralId = other;
    await el.updateComplete;
    expect($(el, '[part="state"]')?.textContent ?? '', 'the old referral is not shown while the new one loads').not.to.contain('Accepted');
    await waitUntil(() => $(el, '[part="state"]')?.textContent === 'On hold', 'second referral', { timeout: 5000 });
    el.referralId = undefined;
    await el.updateComplete;
    expect($(el, '.chip')).to.equal(null);
    await waitUntil(() => $(el, '#trigger'), 'a new referral can be made');
  });

  it('starts following a task given before the data source arrived', async function () {
    this.timeout(15_000);
    const seeded = await readResource('Task', 'referral-peer-2026-09-task');
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider patient=${PATIENT}><care-referral-button .pollInterval=${1} .task=${seeded}></care-referral-button></care-team-provider>
    `);
    const el = provider.querySelector('care-referral-button')!;
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('Accepted by Rosa Delgado, CPS');
    const reads = () => taskReads('referral-peer-2026-09-task');
    provider.dataSource = createFhirDataSource({ baseUrl: fhirBaseUrl(), timeoutMs: 5000 });
    await waitUntil(async () => (await reads()) > 0, 'polls once a data source is there', { timeout: 5000 });
    await putTask('referral-peer-2026-09-task', { status: 'completed' });
    await waitUntil(() => $(el, '[part="state"]')!.textContent === 'Completed', 'follows the change', { timeout: 5000 });
  });
});
