import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-referral-list/define.js';
import '../src/components/care-team-provider/define.js';
import type { CareReferralList } from '../src/components/care-referral-list/care-referral-list.js';
import { MemoryDataSource, type MemoryMode } from './support/memory-data-source.js';
import './support/spanish.js';

const meta: Meta = {
  title: 'Elements/care-referral-list',
  component: 'care-referral-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The client’s referrals to peer support: when each was sent, why, to whom, and where it stands, told truthfully (who has it, who declined and why, how it ended). Open ones first, closed ones folded away; the requester can cancel an open one. Connected, statuses follow the programme live.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const LOOP = 'https://care-team-elements.org/fhir/CodeSystem/';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function listIn(canvas: HTMLElement): Promise<CareReferralList> {
  const el = canvas.querySelector('care-referral-list') as CareReferralList;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: CareReferralList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const texts = (el: CareReferralList, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());

const request = (id: string, reason: string, sent: string) => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/maria-alvarez' },
  requester: { reference: 'PractitionerRole/therapist-role', display: 'Jordan Lee, LICSW' },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '461481000124109' }], text: 'Peer support' },
  reasonCode: [{ text: reason }],
  authoredOn: sent,
});
const task = (id: string, focus: string, status: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Task',
  id,
  status,
  intent: 'order',
  focus: { reference: `ServiceRequest/${focus}` },
  for: { reference: 'Patient/maria-alvarez' },
  lastModified: daysAgo(1),
  ...extra,
});

const SAMPLE = [
  request('sr-now', 'Isolated since discharge; wants someone who has been there', daysAgo(2)),
  task('t-now', 'sr-now', 'requested', {
    owner: { reference: 'Organization/peerbridge-program', display: 'PeerBridge Peer Support Program' },
  }),
  request('sr-spring', 'Return to work after hospital stay', daysAgo(200)),
  task('t-spring', 'sr-spring', 'completed', {
    owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' },
    output: [
      {
        type: { coding: [{ system: `${LOOP}peer-referral-output-type`, code: 'outcome' }] },
        valueCodeableConcept: { coding: [{ system: `${LOOP}peer-referral-outcome`, code: 'engaged' }] },
      },
    ],
  }),
  request('sr-winter', 'Housing worries', daysAgo(400)),
  task('t-winter', 'sr-winter', 'rejected', {
    statusReason: { coding: [{ system: `${LOOP}peer-referral-decline-reason`, code: 'no-capacity' }], text: 'Full until January' },
    extension: [
      {
        url: 'https://care-team-elements.org/fhir/StructureDefinition/task-last-changed-by',
        valueReference: { display: 'Dana Whitfield' },
      },
    ],
  }),
];

export const Standalone: Story = {
  name: 'Open and closed referrals (standalone)',
  render: () => html`<care-referral-list .resources=${SAMPLE}></care-referral-list>`,
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(texts(el, '[part="list"] [part="state"]')).toEqual(['Sent to PeerBridge Peer Support Program']);
    await expect(q<HTMLDetailsElement>(el, '[part="closed"]')!.open).toBe(false);
    await userEvent.click(q(el, '[part="closed"] > summary')!);
    await expect(texts(el, '[part="closed"] [part="state"]')).toEqual(['Completed', 'Declined by Dana Whitfield']);
    await expect(texts(el, '[part="closed"] [part="detail"]')).toEqual([
      'First meeting held, the client engaged',
      'No capacity: Full until January',
    ]);
  },
};

export const StandaloneDark: Story = { ...Standalone, name: 'Open and closed referrals, dark theme', globals: { theme: 'dark' } };

export const Empty: Story = {
  name: 'No referrals yet',
  render: () => html`<care-referral-list .resources=${[]}></care-referral-list>`,
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(texts(el, '.notice')).toEqual(['No referrals to peer support yet.']);
  },
};

export const Hostile: Story = {
  name: 'Hostile text stays text',
  render: () =>
    html`<care-referral-list .resources=${[request('sr-x', HOSTILE.repeat(3), daysAgo(1)), task('t-x', 'sr-x', 'requested', { owner: { display: HOSTILE } })]}></care-referral-list>`,
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(q(el, 'img')).toBeNull();
    await expect(texts(el, '[part="state"]')[0]).toContain('<img');
  },
};

const connected =
  (mode: MemoryMode = 'normal') =>
  () =>
    html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, mode)} patient="Patient/maria-alvarez" user="PractitionerRole/psychiatrist-role">
    <care-referral-list></care-referral-list>
  </care-team-provider>`;

export const Connected: Story = {
  name: 'Connected: the client’s referrals from the server',
  render: connected(),
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await waitFor(() => expect(texts(el, '[part="list"] [part="state"]')).toEqual(['Accepted by Rosa Delgado, CPS']), { timeout: 3000 });
    await expect(q(el, '[part="cancel-button"]')).not.toBeNull();
  },
};

export const Loading: Story = {
  name: 'Loading',
  render: connected('pending'),
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(texts(el, '[role="status"]')[0]).toBe('Loading the referrals to peer support…');
  },
};

export const LoadError: Story = {
  name: 'Could not be loaded',
  render: connected('fail'),
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await waitFor(() => expect(texts(el, '[role="alert"]')[0]).toContain('Could not load the referrals to peer support.'), {
      timeout: 3000,
    });
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<care-team-provider locale="es"><care-referral-list .resources=${SAMPLE}></care-referral-list></care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(texts(el, '[part="list"] [part="state"]')).toEqual(['Enviado a PeerBridge Peer Support Program']);
    await userEvent.click(q(el, '[part="closed"] > summary')!);
    await expect(texts(el, '[part="closed"] [part="state"]')).toEqual(['Completado', 'Rechazado por Dana Whitfield']);
  },
};
