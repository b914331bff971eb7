// Shared set-up of the <care-referral-button> integration tests: a provider over the in-memory FHIR
// server, opening and sending the form, counting what reached the server, tampering and server-side edits.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../src/components/care-referral-button/care-referral-button.js';
import type { CareReferralRequestEvent } from '../../src/components/care-referral-button/events.js';
import type { CareTeamProvider } from '../../src/components/care-team-provider/care-team-provider.js';
import type { DataSource } from '../../src/data/data-source.js';
import { createFhirDataSource } from '../../src/data/fhir-rest-data-source.js';
import { SYSTEM } from '../../src/fhir/extensions.js';
import type { Resource } from '../../src/fhir/types.js';
import { countResources, fhirBaseUrl, readResource, serverRequests } from './fhir-server.js';

export type El = CareReferralButton;
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const text = (el: El) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const PATIENT = 'Patient/maria-alvarez';

/** Reads of one Task: by id (a notification, a load) or in the feed's one search of every Task followed. */
export const taskReads = async (id: string) =>
  (await serverRequests({ method: 'GET', pathIncludes: `/Task/${id}` })).length +
  (await serverRequests({ method: 'GET', pathIncludes: `_id=${id}` })).length;

export interface Setup {
  timeout?: number;
  poll?: number;
  referralId?: string;
  dataSource?: DataSource;
  user?: string;
}

export async function connected({
  timeout = 5000,
  poll = 60,
  referralId,
  dataSource,
  user = 'PractitionerRole/therapist-role',
}: Setup = {}): Promise<El> {
  const provider = await fixture<CareTeamProvider>(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${PATIENT} user=${user} .requestTimeout=${timeout} .dataSource=${dataSource}>
      <care-referral-button care-plan-id="maria-care-plan" .pollInterval=${poll} .referralId=${referralId}></care-referral-button>
    </care-team-provider>
  `);
  const el = provider.querySelector('care-referral-button')!;
  await el.updateComplete;
  return el;
}

/** Opens the dialog; past the question about the client's open referral (Maria has one), when it is asked. */
export async function openForm(el: El): Promise<void> {
  $<HTMLButtonElement>(el, '#trigger')!.click();
  await el.updateComplete;
  const again = [...el.shadowRoot!.querySelectorAll('#referral button')].find((button) => button.textContent === 'Refer again anyway');
  (again as HTMLButtonElement | undefined)?.click();
  await el.updateComplete;
}

/** Opens the form, fills the required fields, sends; resolves with the idempotency key. */
export async function sendReferral(el: El, reason = 'Isolated since discharge'): Promise<string> {
  if (!$<HTMLDialogElement>(el, '#referral')!.open) await openForm(el);
  // The programme (the team peer's organisation) loads with the peers, once the form's code is
  // there (a lazy chunk the first time): the Consent must name it.
  await waitUntil(() => $<HTMLSelectElement>(el, '#recipient')?.value, 'programme known', { timeout: 5000 });
  $<HTMLTextAreaElement>(el, '#reason')!.value = reason;
  $<HTMLInputElement>(el, '#consent')!.checked = true;
  const request = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  return (await request).detail.key;
}

export async function counts(key: string): Promise<number[]> {
  return Promise.all([
    countResources('ServiceRequest', { identifier: `${SYSTEM.referralKey}|${key}` }),
    countResources('Task', { identifier: `${SYSTEM.referralKey}|${key}:task` }),
    countResources('Consent', { identifier: `${SYSTEM.referralKey}|${key}:consent` }),
    countResources('ServiceRequest', { subject: PATIENT }),
    countResources('Task', { patient: PATIENT }),
  ]);
}

/** A data source that changes writes on their way to the real server (to provoke real 400 / 412 answers). */
export function tampering(before: (resource: Resource) => Promise<Resource>): DataSource {
  const inner = createFhirDataSource({ baseUrl: fhirBaseUrl(), timeoutMs: 5000 });
  return {
    read: (type, id, options) => inner.read(type, id, options),
    search: (type, params, options) => inner.search(type, params, options),
    update: (resource, options) => inner.update(resource, options),
    create: async (resource, options) => inner.create((await before(resource)) as typeof resource, options),
  };
}

export async function putTask(id: string, change: Record<string, unknown>): Promise<void> {
  const task = await readResource('Task', id);
  const response = await fetch(`${fhirBaseUrl()}/Task/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify({ ...task, ...change }),
  });
  expect(response.status).to.equal(200);
}
