// Shared set-up of the standalone <care-referral-button> tests (care-referral-button*.test.ts in
// test/unit/components): opening, filling and sending the form, a standalone button, a Task.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-team-provider/define.js';
import '../../src/components/care-referral-button/define.js';
import type { CareReferralButton } from '../../src/components/care-referral-button/care-referral-button.js';

export type El = CareReferralButton;
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const text = (el: El) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** Clicks the button; an open dialog is ready once the form's code has loaded (the first time, a lazy chunk). */
export async function openForm(el: El): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, '#trigger')!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, '#referral')!;
  if (dialog.open) await waitUntil(() => $(el, '#referral form'), 'the form is loaded');
  await el.updateComplete;
  return dialog;
}

export function fill(el: El, values: { reason?: string; hopes?: string; note?: string; consent?: boolean }): void {
  for (const name of ['reason', 'hopes', 'note'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const field = $<HTMLTextAreaElement>(el, `#${name}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (values.consent !== undefined) $<HTMLInputElement>(el, '#consent')!.checked = values.consent;
}

export async function send(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

export const standalone = () =>
  fixture<El>(
    html`<care-referral-button patient="maria-alvarez" requester="therapist-role" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>`,
  );

export const task = (status: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Task',
  id: 't1',
  status,
  intent: 'order',
  for: { reference: 'Patient/maria-alvarez' },
  requester: { reference: 'PractitionerRole/therapist-role' },
  lastModified: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  ...extra,
});
