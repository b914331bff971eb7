/**
 * The peer programme's side of the referral loop: incoming referral Tasks, with the client's
 * reason and preferences, where a peer or supervisor accepts (taking ownership), rejects with a
 * reason, starts or completes. Status changes are Task updates with If-Match, the same writes a
 * real programme system would make; the clinician's chart sees them by polling.
 */
import { html, nothing, render } from 'lit';
import { renderInto } from './render-into.js';
import { FhirRestDataSource } from '../src/data/fhir-rest-data-source.js';
import { DataSourceError } from '../src/data/errors.js';
import { readReferral } from '../src/fhir/read/referral.js';
import { withTaskStatus } from '../src/fhir/write/task-status.js';
import { sharedExperienceText } from '../src/fhir/write/referral.js';
import { formatDate, formatRelative } from '../src/i18n/dates.js';
import type { Referral, ReferralStatus } from '../src/model/referral.js';
import type { Resource } from '../src/fhir/types.js';

const dataSource = new FhirRestDataSource({ baseUrl: new URL('/fhir', location.href).href });
const ACTORS = [
  { reference: 'PractitionerRole/peer-supervisor-role', name: 'Dana Whitfield (peer support supervisor)' },
  { reference: 'PractitionerRole/peer-rosa-role', name: 'Rosa Delgado (peer specialist)' },
  { reference: 'PractitionerRole/peer-marcus-role', name: 'Marcus Bell (peer specialist)' },
];
const STATUS_LABELS: Partial<Record<ReferralStatus, string>> = {
  requested: 'New', accepted: 'Accepted', 'in-progress': 'In progress', 'on-hold': 'On hold',
  completed: 'Completed', rejected: 'Declined', cancelled: 'Cancelled by the clinic', failed: 'Could not be completed',
};

interface Item { task: Resource; referral: Referral; clientName: string }

const list = document.getElementById('inbox-list')!;
function announce(text: string): void {
  document.getElementById('inbox-status')!.textContent = text;
}
const actingAs = document.getElementById('acting-as') as HTMLSelectElement;
render(ACTORS.map((actor) => html`<option value=${actor.reference}>${actor.name}</option>`), actingAs);
const actor = () => ACTORS.find((a) => a.reference === actingAs.value) ?? ACTORS[0]!;

async function loadItems(): Promise<Item[]> {
  const tasks = await dataSource.search('Task', { code: 'fulfill', _include: 'Task:focus', _sort: '-_lastUpdated' });
  const byRef = new Map(tasks.included.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const patients = new Map<string, string>();
  return Promise.all(
    tasks.resources.map(async (task) => {
      const focus = (task['focus'] as { reference?: string } | undefined)?.reference ?? '';
      const serviceRequest = byRef.get(focus) ?? (focus ? await dataSource.read(focus.split('/')[0]!, focus.split('/')[1]!) : undefined);
      // A malformed Task is shown as far as it can be read; it must not take the inbox down.
      const referral = readReferral({ serviceRequest, task }).value;
      if (!referral) return undefined;
      const patientRef = (task['for'] as { reference?: string } | undefined)?.reference ?? '';
      if (patientRef && !patients.has(patientRef)) {
        const patient = await dataSource.read<Resource & { name?: { given?: string[]; family?: string }[] }>('Patient', patientRef.split('/')[1]!);
        patients.set(patientRef, [patient.name?.[0]?.given?.[0], patient.name?.[0]?.family].filter(Boolean).join(' '));
      }
      return { task, referral, clientName: patients.get(patientRef) || 'Client' };
    }),
  ).then((items) => items.filter((item): item is Item => item !== undefined));
}

async function changeStatus(item: Item, status: ReferralStatus, reason?: string): Promise<void> {
  const changed = withTaskStatus(item.task, status, reason);
  if (!changed.value) {
    announce('Please give a reason for declining.');
    return;
  }
  const task = status === 'accepted' ? { ...changed.value, owner: { reference: actor().reference, display: actor().name.replace(/ \(.*\)$/, '') } } : changed.value;
  try {
    await dataSource.update(task);
    announce(`Referral for ${item.clientName}: ${STATUS_LABELS[status] ?? status}.`);
  } catch (error) {
    announce(error instanceof DataSourceError ? error.message : 'Could not save the change.');
  }
  await refresh();
}

function actions(item: Item) {
  const status = item.referral.status;
  const reasonId = `reason-${item.task.id}`;
  const reason = () => (document.getElementById(reasonId) as HTMLInputElement | null)?.value ?? '';
  if (status === 'requested' || status === 'received') {
    return html`<div class="actions">
      <button class="primary" type="button" @click=${() => changeStatus(item, 'accepted')}>Accept and take ownership</button>
      <label>Reason for declining <input id=${reasonId} type="text" autocomplete="off" /></label>
      <button type="button" @click=${() => changeStatus(item, 'rejected', reason())}>Decline</button>
    </div>`;
  }
  if (status === 'accepted' || status === 'in-progress' || status === 'on-hold') {
    return html`<div class="actions">
      ${status !== 'in-progress' ? html`<button class="primary" type="button" @click=${() => changeStatus(item, 'in-progress')}>Start peer support</button>` : nothing}
      <button type="button" @click=${() => changeStatus(item, 'completed')}>Mark completed</button>
    </div>`;
  }
  return nothing;
}

/** "es" → "Spanish"; text that is not a language code is shown as it is. */
function languageName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function card(item: Item) {
  const r = item.referral;
  const language = languageName(r.preferences.language);
  const prefs = [language, ...(r.preferences.sharedExperience ?? []).map((code) => sharedExperienceText(code)), r.preferences.peerGender].filter(Boolean).join(' · ');
  return html`<li class="referral">
    <h2>${item.clientName} <span class="status" data-status=${r.status}>${STATUS_LABELS[r.status] ?? r.status}</span></h2>
    <dl>
      <dt>Reason</dt><dd>${r.reason ?? '—'}</dd>
      <dt>The client hopes for</dt><dd>${r.clientHopes ?? '—'}</dd>
      <dt>Preferences</dt><dd>${prefs || 'none given'}</dd>
      <dt>Urgency</dt><dd>${r.urgency}</dd>
      <dt>Referred by</dt><dd>${r.requester?.name ?? r.requester?.reference ?? '—'}</dd>
      <dt>Owner</dt><dd>${r.owner?.name ?? 'not yet taken'}</dd>
      <dt>Received</dt><dd>${formatDate(r.authoredOn) ?? '—'}${r.lastModified ? html` · changed ${formatRelative(r.lastModified)}` : nothing}</dd>
      ${r.statusReason ? html`<dt>Reason given</dt><dd>${r.statusReason}</dd>` : nothing}
    </dl>
    ${actions(item)}
  </li>`;
}

async function refresh(): Promise<void> {
  try {
    const items = await loadItems();
    renderInto(list, items.length ? html`<ul class="referrals" aria-label="Referrals">${items.map(card)}</ul>` : html`<p>No referrals yet.</p>`);
  } catch (error) {
    renderInto(list, html`<p class="error">${error instanceof DataSourceError ? error.message : 'Could not load referrals.'}</p>`);
  }
}

document.getElementById('reset-demo')!.addEventListener('click', async () => {
  await fetch(new URL('/__admin/reset', location.href), { method: 'POST', headers: { 'X-Care-Admin': '1' } });
  await refresh();
  announce('Demo data reset.');
});

await refresh();
