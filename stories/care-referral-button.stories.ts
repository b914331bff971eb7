import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-referral-button/define.js';
import '../src/components/care-team-provider/define.js';
import type { CareReferralButton } from '../src/components/care-referral-button/care-referral-button.js';
import { SHOWN_REFERRAL_STATUSES } from '../src/model/referral.js';
import { MemoryDataSource, type MemoryMode } from './support/memory-data-source.js';
import './support/spanish.js';

const meta: Meta = {
  title: 'Elements/care-referral-button',
  component: 'care-referral-button',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Refer the client to peer support in a few seconds, with their consent, then follow what became of the referral. The form builds a ServiceRequest, a Task and a Consent; connected, they are created with an idempotency key so a retry never duplicates anything, and the Task’s status is polled into a live chip.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function elementIn(canvas: HTMLElement): Promise<CareReferralButton> {
  const el = canvas.querySelector('care-referral-button') as CareReferralButton;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: CareReferralButton, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: CareReferralButton, selector: string) => (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first time, the dialog opens while the form's code loads (a lazy chunk): wait for the form. */
async function openForm(el: CareReferralButton): Promise<void> {
  await userEvent.click(q(el, '#trigger')!);
  await waitFor(() => expect(q<HTMLDialogElement>(el, '#referral')!.open).toBe(true));
  // Connected to the sample data, Maria already has an open referral: refer again anyway.
  const again = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#referral button')].find(
    (b) => b.textContent === 'Refer again anyway',
  );
  if (again) await userEvent.click(again);
  await waitFor(() => expect(q(el, '#referral form')).not.toBeNull(), { timeout: 3000 });
  await el.updateComplete;
}

async function fillAndSend(el: CareReferralButton): Promise<void> {
  await userEvent.type(q(el, '#reason')!, 'Feels isolated since discharge');
  await userEvent.click(q(el, '#consent')!);
  await userEvent.click(q(el, 'button[type="submit"]')!);
}

const task = (status: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Task',
  id: `story-${status}`,
  status,
  intent: 'order',
  for: { reference: 'Patient/maria-alvarez' },
  requester: { reference: 'PractitionerRole/therapist-role' },
  lastModified: hoursAgo(5),
  ...(['rejected', 'cancelled', 'on-hold', 'failed'].includes(status)
    ? { statusReason: { text: 'Client asked to wait until after the move' } }
    : {}),
  ...(status !== 'requested' && status !== 'draft'
    ? { owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' } }
    : {}),
  ...extra,
});

const standalone =
  (extra: { task?: unknown; peers?: unknown } = {}) =>
  () =>
    html`<care-referral-button patient="Patient/maria-alvarez" requester="PractitionerRole/therapist-role" programme="Organization/peerbridge-program"
    programme-name="PeerBridge Peer Support Program" .task=${extra.task} .peers=${extra.peers}></care-referral-button>`;

/**
 * A fresh in-memory data source per render, so one story's referral never leaks into the next.
 * The programme is given, so the form can send even while the team's peers are still loading.
 */
const connected =
  (mode: MemoryMode = 'normal', referralId?: string) =>
  () =>
    html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, mode)} patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role">
    <care-referral-button care-plan-id="maria-care-plan" programme="Organization/peerbridge-program" referral-id=${referralId ?? ''}></care-referral-button>
  </care-team-provider>`;

export const Default: Story = {
  name: 'Button (standalone)',
  render: standalone(),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(text(el, '#trigger')).toBe('Refer to peer support');
    await expect(q(el, '#trigger')!.getAttribute('aria-haspopup')).toBe('dialog');
    await expect(q<HTMLDialogElement>(el, '#referral')!.open).toBe(false);
  },
};

export const FormOpen: Story = {
  name: 'Form open',
  render: standalone({
    peers: [
      { id: 'peer-rosa-role', name: 'Rosa Delgado, CPS' },
      { id: 'peer-marcus-role', name: 'Marcus Bell, CPS' },
    ],
  }),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await expect(q<HTMLDialogElement>(el, '#referral')!.matches(':modal')).toBe(true);
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('reason'));
    await expect(text(el, 'label[for="consent"]')).toContain('may be shared with the peer support programme');
    await expect(el.shadowRoot!.querySelectorAll('#recipient option')).toHaveLength(3);
  },
};

export const FormOpenDark: Story = { ...FormOpen, name: 'Form open, dark theme', globals: { theme: 'dark' } };

export const ValidationErrors: Story = {
  name: 'Validation errors',
  render: standalone(),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await userEvent.click(q(el, 'button[type="submit"]')!);
    await waitFor(() => expect(q(el, '#reason')!.getAttribute('aria-invalid')).toBe('true'));
    await expect(text(el, '#reason-error')).toBe('Enter the reason for the referral.');
    await expect(text(el, '#consent-error')).toBe('The client’s consent is required.');
    await expect(text(el, '.live')).toBe('2 fields need attention.');
  },
};

export const ValidationErrorsDark: Story = { ...ValidationErrors, name: 'Validation errors, dark theme', globals: { theme: 'dark' } };

export const Sending: Story = {
  name: 'Sending (connected, server slow)',
  render: connected('pending'),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await fillAndSend(el);
    await waitFor(() => expect(text(el, '.live')).toBe('Sending…'));
    await expect(q(el, 'button[type="submit"]')!.getAttribute('aria-disabled')).toBe('true');
  },
};

export const SendFailed: Story = {
  name: 'Sending failed: locked as sent, Retry or Discard (connected)',
  render: connected('fail'),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await fillAndSend(el);
    await waitFor(() => expect(q(el, '[part="error"]')).not.toBeNull(), { timeout: 3000 });
    await expect(text(el, '[part="error"]')).toContain('The referral was not sent.');
    await expect(text(el, '[part="error"]')).toContain('The connection to the server was lost.');
    await expect(text(el, '[part="error"]')).toContain('To change it, discard it.');
    await expect(text(el, '[part="submit"]')).toBe('Retry');
    await expect(text(el, '#referral .actions button:last-child')).toBe('Discard draft');
    const reason = q<HTMLTextAreaElement>(el, '#reason')!;
    await expect(reason.value).toBe('Feels isolated since discharge');
    await expect(reason.readOnly).toBe(true);
    await expect(q<HTMLInputElement>(el, '#consent')!.disabled).toBe(true);
  },
};

export const SendFailedDark: Story = { ...SendFailed, name: 'Sending failed, dark theme', globals: { theme: 'dark' } };

export const Created: Story = {
  name: 'Created (connected): live status',
  render: connected(),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await userEvent.click(q(el, '.preferences summary')!);
    await userEvent.selectOptions(q(el, '#language')!, 'es');
    await fillAndSend(el);
    await waitFor(() => expect(text(el, '[part="state"]')).toBe('Sent to PeerBridge Peer Support Program'), { timeout: 3000 });
    await expect(q<HTMLDialogElement>(el, '#referral')!.open).toBe(false);
    await expect(q(el, '.chip')!.getAttribute('aria-label')).toMatch(
      /^Peer support referral sent .+: Sent to PeerBridge Peer Support Program\.$/,
    );
    await expect(text(el, '[part="cancel-button"]')).toBe('Cancel referral');
  },
};

export const ExistingReferral: Story = {
  name: 'Existing referral by referral-id (connected)',
  render: connected('normal', 'referral-peer-2026-09-task'),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await waitFor(() => expect(text(el, '[part="state"]')).toBe('Accepted by Rosa Delgado, CPS'), { timeout: 3000 });
    await expect(q(el, '#trigger')).toBeNull();
  },
};

export const Loading: Story = {
  name: 'Loading a referral',
  render: connected('pending', 'referral-peer-2026-09-task'),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(text(el, '[role="status"]')).toBe('Loading the referral…');
  },
};

export const LoadError: Story = {
  name: 'Referral could not be loaded',
  render: connected('fail', 'referral-peer-2026-09-task'),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await waitFor(() => expect(text(el, '[role="alert"]')).toContain('Could not load the referral.'), { timeout: 3000 });
    await expect(text(el, '[role="alert"] button')).toBe('Try again');
  },
};

export const PeersFromServer: Story = {
  name: 'Peer picker from the care team and programme (connected)',
  render: connected(),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('#recipient optgroup option').length).toBeGreaterThan(0), { timeout: 3000 });
    await expect(text(el, '#recipient')).toContain('Rosa Delgado');
    await expect(text(el, '#recipient')).toContain('Marcus Bell');
    await expect(text(el, '#recipient option:first-child')).toBe('PeerBridge Peer Support Program');
  },
};

export const NoProgramme: Story = {
  name: 'No programme known: choose a peer',
  render: () =>
    html`<care-referral-button patient="Patient/maria-alvarez" requester="PractitionerRole/therapist-role"
      .peers=${[{ id: 'peer-rosa-role', name: 'Rosa Delgado, CPS' }]}></care-referral-button>`,
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openForm(el);
    await fillAndSend(el);
    await waitFor(() => expect(q(el, '#recipient')!.getAttribute('aria-invalid')).toBe('true'));
    await expect(text(el, '#recipient-error')).toBe(
      'Choose a peer. No peer support programme is set: the page needs the programme attribute or the peers property.',
    );
    await expect(q<HTMLDialogElement>(el, '#referral')!.open).toBe(true);
  },
};

export const CancelDialog: Story = {
  name: 'Cancelling a referral',
  render: standalone({ task: task('requested') }),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(q(el, '[part="cancel-button"]')!);
    await waitFor(() => expect(q<HTMLDialogElement>(el, '#cancel')!.open).toBe(true));
    await userEvent.click(q(el, '#cancel button[type="submit"]')!);
    await waitFor(() => expect(text(el, '#cancel-reason-error')).toBe('Enter a reason.'));
  },
};

/** One story per status the chip shows. */
function statusStory(status: (typeof SHOWN_REFERRAL_STATUSES)[number], label: string): Story {
  return {
    name: `Status: ${label}`,
    render: standalone({ task: task(status) }),
    play: async ({ canvasElement }) => {
      const el = await elementIn(canvasElement);
      await expect(text(el, '[part="state"]')).toBe(label);
      await expect(q(el, '.chip')!.dataset['status']).toBe(status);
      await expect(text(el, '.chip time')).toBe('Updated 5 hours ago');
      // The whole state in one sentence is the chip's name; the time that changes on every check is not in it.
      await expect(q(el, '.chip')!.getAttribute('aria-label')).toContain(label);
      await expect(q(el, '.chip')!.getAttribute('aria-label')).not.toContain('Updated');
    },
  };
}

export const StatusRequested = statusStory('requested', 'Sent');
export const StatusAccepted = statusStory('accepted', 'Accepted by Rosa Delgado, CPS');
export const StatusInProgress = statusStory('in-progress', 'In progress with Rosa Delgado, CPS');
export const StatusOnHold = statusStory('on-hold', 'On hold');
export const StatusCompleted = statusStory('completed', 'Completed');
export const StatusRejected = statusStory('rejected', 'Declined by the peer support programme');
export const StatusCancelled = statusStory('cancelled', 'Cancelled');
export const StatusFailed = statusStory('failed', 'Could not be completed');
export const StatusRejectedDark: Story = { ...StatusRejected, name: 'Status: Declined, dark theme', globals: { theme: 'dark' } };

export const InvalidTask: Story = {
  name: 'Invalid task data',
  render: standalone({ task: { resourceType: 'Task', status: 'bogus' } }),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(text(el, '[part="status"]')).toContain('Some of the referral could not be shown.');
    await expect(q(el, '#trigger')).not.toBeNull();
  },
};

export const HostileText: Story = {
  name: 'Hostile text stays text',
  render: standalone({ task: task('rejected', { statusReason: { text: HOSTILE }, owner: { display: HOSTILE } }) }),
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(text(el, '.chip')).toContain('<img src=x');
    await expect(el.shadowRoot!.querySelector('img')).toBeNull();
  },
};

export const NoPatient: Story = {
  name: 'No client selected',
  render: () => html`<care-referral-button></care-referral-button>`,
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(text(el, '[part="status"]')).toBe('Referral unavailable: no client selected.');
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  render: () => html`<care-referral-button patient="Patient/maria-alvarez" disabled></care-referral-button>`,
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(q<HTMLButtonElement>(el, '#trigger')!.disabled).toBe(true);
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es"), form open',
  render:
    () => html`<care-team-provider .dataSource=${new MemoryDataSource()} patient="Patient/nobody-here" user="PractitionerRole/therapist-role" locale="es">
    <care-referral-button programme="Organization/peerbridge-program"></care-referral-button>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await waitFor(() => expect(text(el, '#trigger')).toContain('Referir a apoyo entre pares'), { timeout: 3000 });
    await openForm(el);
    await waitFor(() => expect(text(el, 'label[for="consent"]')).toContain('programa de apoyo entre pares'), { timeout: 3000 });
  },
};
