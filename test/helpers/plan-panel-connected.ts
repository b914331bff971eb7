// Shared set-up of the connected <care-plan-panel> tests (care-plan-panel*.test.ts in test/integration):
// a provider over the in-memory FHIR server, the plan as stored, notes and statuses, shadow-DOM queries.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-plan-panel/define.js';
import type { CarePlanPanel } from '../../src/components/care-plan-panel/care-plan-panel.js';
import { fhirBaseUrl, readResource, writeResource } from './fhir-server.js';

export type El = CarePlanPanel;
export type Plan = {
  meta: { versionId: string };
  activity: { detail: { status: string; description?: string }; progress?: { text: string; authorReference?: unknown }[] }[];
};
export const NOW = new Date('2026-11-24T12:00:00Z');
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const text = (node: HTMLElement | ShadowRoot | null) =>
  ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();
export const notesOf = (plan: Plan, index: number) => (plan.activity[index].progress ?? []).map((note) => note.text);
/** A second active plan for Maria, added straight on the server (as another clinician would). */
export const addCrisisPlan = (extra: Record<string, unknown> = {}) =>
  writeResource({
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'plan',
    title: 'Crisis plan',
    subject: { reference: 'Patient/maria-alvarez' },
    activity: [{ detail: { status: 'scheduled', description: 'Call Rosa first' } }],
    ...extra,
  });
export const plan = () => readResource<Plan>('CarePlan', 'maria-care-plan');

export async function connected(attributes: { id?: string; patient?: string } = { id: 'maria-care-plan' }, timeout = 5000): Promise<El> {
  const provider = await fixture(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} patient=${attributes.patient ?? 'Patient/maria-alvarez'} user="PractitionerRole/therapist-role" .requestTimeout=${timeout}>
      <care-plan-panel care-plan-id=${attributes.id ?? ''} .now=${NOW}></care-plan-panel>
    </care-team-provider>
  `);
  return provider.querySelector('care-plan-panel')!;
}

export const loaded = (el: El) => waitUntil(() => $(el, '#activity-0'), 'the plan did not load', { timeout: 5000 });

/** Another client (another browser tab, another clinician) saving the plan in between. */
export async function otherClient(change: (plan: Plan) => void): Promise<void> {
  const current = await plan();
  change(current);
  const response = await fetch(`${fhirBaseUrl()}/CarePlan/maria-care-plan`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/fhir+json', 'If-Match': `W/"${current.meta.versionId}"` },
    body: JSON.stringify(current),
  });
  expect(response.status).to.equal(200);
}

export async function addNote(el: El, index: number, note: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, `#note-${index}`)!;
  field.value = note;
  field.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, `#activity-${index} button[type="submit"]`)!.click();
  await el.updateComplete;
}

export async function setStatus(el: El, index: number, status: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#activity-${index} select`)!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  $<HTMLButtonElement>(el, `#activity-${index} .controls button[type="button"]`)!.click();
  await el.updateComplete;
}

export const idle = (el: El, index: number) =>
  waitUntil(() => $(el, `#activity-${index}`)?.getAttribute('aria-busy') === 'false', 'still saving', { timeout: 5000 });
