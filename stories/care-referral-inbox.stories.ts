import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-referral-inbox/define.js';
import '../src/components/care-team-provider/define.js';
import type { CareReferralInbox } from '../src/components/care-referral-inbox/care-referral-inbox.js';
import type { Resource } from '../src/fhir/types.js';
import { MemoryDataSource, seedResources } from './support/memory-data-source.js';
import './support/spanish.js';

const seed = seedResources();
const PROGRAMME = 'Organization/peerbridge-program';
const SUPERVISOR = 'PractitionerRole/peer-supervisor-role';
const ROSA = 'PractitionerRole/peer-rosa-role';
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const meta: Meta = {
  title: 'Elements/care-referral-inbox',
  component: 'care-referral-inbox',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The peer programme’s side of the referral loop: referrals waiting for assignment, each peer’s caseload against capacity, and the programme’s capacity status. A supervisor assigns (with language and shared-experience hints, never a filter); a peer or supervisor accepts, declines with a reason, starts, puts on hold and completes with an outcome. Every change is a cancelable request event, then a Task update with If-Match.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

async function inboxIn(canvas: HTMLElement): Promise<CareReferralInbox> {
  const el = canvas.querySelector('care-referral-inbox') as CareReferralInbox;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: CareReferralInbox, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (el: CareReferralInbox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-task]')].map((li) => li.dataset.task);
const standalone = (role: 'supervisor' | 'peer', user: string, resources: unknown = seed) =>
  html`<care-referral-inbox programme=${PROGRAMME} acting-role=${role} user=${user} .resources=${resources}></care-referral-inbox>`;

export const Supervisor: Story = {
  name: 'Supervisor: needs assignment (standalone)',
  render: () => standalone('supervisor', SUPERVISOR),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await expect(ids(el)).toEqual(['referral-devon-2026-11-task', 'referral-luis-2026-11-task']);
    await expect(text(q(el, '[part="views"]'))).toBe('Needs assignment (2) Mine (0) Rosa Delgado (1) Marcus Bell (0) Closed (1)');
    await expect(text(q(el, '[part="urgent"]'))).toBe('⚠ Urgent');
    await expect(text(q(el, '[part="caseload"]'))).toContain('Taking new referrals');
  },
};

export const AssignWithHints: Story = {
  name: 'Assign, with matching hints',
  render: () => standalone('supervisor', SUPERVISOR),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await userEvent.click(q(el, 'li[data-task="referral-devon-2026-11-task"] button[data-action="assign"]')!);
    await waitFor(() => expect(q(el, 'form[data-action="assign"]')).not.toBeNull());
    await expect(text(q(el, 'form'))).toContain('lived experience may match: Psychiatric hospitalisation');
    await expect(el.shadowRoot!.querySelectorAll('form input[type="radio"]').length).toBe(2);
  },
};

export const PeerMine: Story = {
  name: 'Peer: mine',
  render: () => standalone('peer', ROSA),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await userEvent.click(q(el, 'button[data-view="mine"]')!);
    await waitFor(() => expect(ids(el)).toEqual(['referral-peer-2026-09-task']));
    const buttons = [...el.shadowRoot!.querySelectorAll('li [part="actions"] button')].map((button) => text(button));
    await expect(buttons).toEqual(['Start peer support', 'Put on hold…', 'Complete…']);
  },
};

export const DeclineForm: Story = {
  name: 'Decline with a reason',
  render: () => standalone('peer', ROSA),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await userEvent.click(q(el, 'li[data-task="referral-luis-2026-11-task"] button[data-action="decline"]')!);
    await waitFor(() => expect(q(el, 'form[data-action="decline"]')).not.toBeNull());
    const select = q<HTMLSelectElement>(el, 'form select')!;
    select.value = 'other';
    await userEvent.click(q(el, 'form button[type="submit"]')!);
    await waitFor(() => expect(text(q(el, 'form .error'))).toBe('Please say why, in a few words.'));
  },
};

export const Closed: Story = {
  name: 'Closed, with outcome',
  render: () => standalone('supervisor', SUPERVISOR),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await userEvent.click(q(el, 'button[data-view="closed"]')!);
    await waitFor(() => expect(ids(el)).toEqual(['referral-devon-2025-03-task']));
    await expect(text(q(el, 'li[data-task]'))).toContain('The client chose not to continue');
  },
};

export const Connected: Story = {
  name: 'Connected (in-memory data source)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()} user=${SUPERVISOR}>
    <care-referral-inbox programme=${PROGRAMME} acting-role="supervisor"></care-referral-inbox>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await waitFor(() => expect(ids(el)).toEqual(['referral-devon-2026-11-task', 'referral-luis-2026-11-task']), { timeout: 3000 });
  },
};

/** The story's data source, so its play can change a referral behind the element's back. */
let raceSource = new MemoryDataSource();
export const SomeoneElseFirst: Story = {
  name: 'Someone else changed it first (412)',
  render: () => {
    // Versioned, as a FHIR server's resources are: the inbox writes with If-Match on meta.versionId.
    raceSource = new MemoryDataSource(seed.map((resource) => ({ ...resource, meta: { versionId: '1' } })));
    return html`<care-team-provider .dataSource=${raceSource} user=${ROSA}>
      <care-referral-inbox programme=${PROGRAMME} acting-role="peer"></care-referral-inbox>
    </care-team-provider>`;
  },
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await waitFor(() => expect(ids(el)).toContain('referral-devon-2026-11-task'), { timeout: 3000 });
    // Meanwhile the supervisor assigns it to Marcus, elsewhere.
    const task = await raceSource.read('Task', 'referral-devon-2026-11-task');
    await raceSource.update({
      ...task,
      owner: { reference: 'PractitionerRole/peer-marcus-role', display: 'Marcus Bell' },
      extension: [
        {
          url: 'https://care-team-elements.org/fhir/StructureDefinition/task-last-changed-by',
          valueReference: { reference: SUPERVISOR, display: 'Dana Whitfield' },
        },
      ],
    });
    await userEvent.click(q(el, 'li[data-task="referral-devon-2026-11-task"] button[data-action="accept"]')!);
    await waitFor(
      () =>
        expect(text(q(el, '[part="notice"]'))).toBe(
          'Devon Harris: Dana Whitfield changed this referral first. Your change was not saved. It is now: New, with Marcus Bell.',
        ),
      { timeout: 3000 },
    );
  },
};

export const Empty: Story = {
  name: 'No referrals waiting',
  render: () =>
    standalone(
      'supervisor',
      SUPERVISOR,
      seed.filter((resource) => resource.resourceType !== 'Task'),
    ),
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await expect(text(q(el, '.empty'))).toBe('No referrals waiting.');
  },
};

export const Loading: Story = {
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'pending')} user=${SUPERVISOR}>
    <care-referral-inbox programme=${PROGRAMME}></care-referral-inbox>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await expect(text(q(el, '[part="status"]'))).toBe('Loading the referral inbox…');
  },
};

export const LoadError: Story = {
  name: 'Load error (with retry)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'fail')} user=${SUPERVISOR}>
    <care-referral-inbox programme=${PROGRAMME}></care-referral-inbox>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await waitFor(() => expect(q(el, '[role="alert"]')).not.toBeNull());
    await expect(text(q(el, '[role="alert"] button'))).toBe('Try again');
  },
};

export const InvalidData: Story = {
  name: 'Invalid and hostile data',
  render: () => {
    const broken = structuredClone(seed) as (Resource & Record<string, unknown>)[];
    for (const resource of broken) {
      if (resource.resourceType === 'ServiceRequest') resource.reasonCode = [{ text: HOSTILE }];
      if (resource.id === 'referral-luis-2026-11-task') resource.status = 'not-a-status';
    }
    return standalone('supervisor', SUPERVISOR, broken);
  },
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await expect(text(q(el, '[part="status"]'))).toContain('Some of the referral inbox could not be shown.');
    await expect(text(el.shadowRoot)).toContain('<img src=x');
    await expect(q(el, 'img')).toBeNull();
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es"): supervisor, assigning',
  render: () => html`<care-team-provider locale="es">${standalone('supervisor', SUPERVISOR)}</care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await inboxIn(canvasElement);
    await expect(text(q(el, '[part="views"]'))).toContain('Por asignar (2)');
    await userEvent.click(q(el, 'li[data-task="referral-devon-2026-11-task"] button[data-action="assign"]')!);
    await waitFor(() => expect(q(el, 'form[data-action="assign"]')).not.toBeNull());
    await expect(text(q(el, 'form'))).toContain('la experiencia vivida puede coincidir: Hospitalización psiquiátrica');
  },
};
