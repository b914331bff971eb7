import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-plan-panel/define.js';
import '../src/components/care-team-provider/define.js';
import type { CarePlanPanel } from '../src/components/care-plan-panel/care-plan-panel.js';
import type { Resource } from '../src/fhir/types.js';
import f201 from '../test/fixtures/fhir-examples/hl7-fhir-r4/careplan-example-f201-renal.json' with { type: 'json' };
import hl7Example from '../test/fixtures/fhir-examples/hl7-fhir-r4/careplan-example.json' with { type: 'json' };
import { MemoryDataSource, seedResources } from './support/memory-data-source.js';
import './support/spanish.js';

/** "Today" in the seed data. */
const NOW = new Date('2026-11-24T12:00:00Z');
const seed = seedResources();
const plan = seed.find((resource) => resource.resourceType === 'CarePlan')!;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const meta: Meta = {
  title: 'Elements/care-plan-panel',
  component: 'care-plan-panel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The shared care plan: goals in the client’s own words, the activities serving them, who does each (the peer specialist as visible as any clinician), progress notes. Team members add notes and change statuses; saves use If-Match, and a concurrent change by someone else is re-applied or shown as a choice, never overwritten.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

async function panelIn(canvas: HTMLElement): Promise<CarePlanPanel> {
  const el = canvas.querySelector('care-plan-panel') as CarePlanPanel;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: CarePlanPanel, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = (el: CarePlanPanel, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const shadowText = (el: CarePlanPanel, selector = ':host') =>
  ((selector === ':host' ? el.shadowRoot : el.shadowRoot!.querySelector(selector))?.textContent ?? '').replace(/\s+/g, ' ').trim();
const loaded = (el: CarePlanPanel) => waitFor(() => expect(q(el, '#activity-0')).not.toBeNull(), { timeout: 3000 });

const standalone =
  (attributes = '') =>
  () =>
    html`<care-plan-panel .carePlan=${plan} .resources=${seed} .now=${NOW} view=${attributes.includes('member') ? 'member' : 'goal'} ?peer-only=${attributes.includes('peer')} ?readonly=${attributes.includes('readonly')}></care-plan-panel>`;

/** A fresh in-memory data source per render, so a story's writes never leak into the next. */
function connected(dataSource: MemoryDataSource, attributes: { id?: string } = { id: 'maria-care-plan' }) {
  return html`<care-team-provider .dataSource=${dataSource} patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role">
    <care-plan-panel care-plan-id=${attributes.id ?? ''} .now=${NOW}></care-plan-panel>
  </care-team-provider>`;
}

export const ByGoal: Story = {
  name: 'By goal (standalone)',
  render: standalone(),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '[part="title"]')).toBe("Maria's recovery plan");
    await expect(all(el, 'section.goal')).toHaveLength(4);
    await expect(shadowText(el, 'section.goal .said')).toContain('In Maria Alvarez’s own words');
    await expect(q(el, '#activity-0')!.getAttribute('part')).toBe('activity peer-activity');
    await expect(shadowText(el, '#activity-0 [part~="peer-badge"]')).toContain('Peer specialist');
  },
};

export const ByGoalDark: Story = { ...ByGoal, name: 'By goal, dark theme', globals: { theme: 'dark' } };

export const ByTeamMember: Story = {
  name: 'By team member (who does what)',
  render: standalone('member'),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, 'section.group.peer [role="heading"]')).toContain('Rosa Delgado');
    await expect(all(el, 'section.group')).toHaveLength(5);
    await userEvent.click(q(el, 'input[value="goal"]')!);
    await expect(el.view).toBe('goal');
  },
};

export const PeerSupportOnly: Story = {
  name: 'Peer support only',
  render: standalone('peer'),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '.toolbar [role="status"]')).toBe('Showing 2 of 6 activities');
    await expect(all(el, 'article')).toHaveLength(2);
  },
};

export const ReadOnly: Story = {
  name: 'Read-only (client portal)',
  render: standalone('readonly'),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(all(el, 'article')).toHaveLength(6);
    await expect(all(el, 'select, textarea')).toHaveLength(0);
  },
};

export const ContainedCareTeam: Story = {
  name: 'HL7 f201 (contained care team and goal)',
  render: () => html`<care-plan-panel .carePlan=${f201} .now=${NOW}></care-plan-panel>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '.header')).toContain('Dokter Bronsig');
    await expect(shadowText(el, 'section.goal [role="heading"]')).toBe('Re-established renal function with at least healthy nutrients.');
  },
};

export const UnresolvedReferences: Story = {
  name: 'Unresolved goal and performer (display text)',
  render: () => html`<care-plan-panel .carePlan=${hl7Example} .now=${NOW}></care-plan-panel>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, 'section.group [role="heading"]')).toBe('A goal that could not be loaded');
    await expect(shadowText(el, '#activity-0 dl')).toContain('Peter James Chalmers');
  },
};

export const NoActivities: Story = {
  name: 'Empty plan',
  render: () =>
    html`<care-plan-panel .carePlan=${{ resourceType: 'CarePlan', status: 'draft', intent: 'plan', title: 'New plan', subject: { reference: 'Patient/maria-alvarez' } }}></care-plan-panel>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el)).toContain('This plan has no goals or activities yet.');
  },
};

export const NothingGiven: Story = {
  name: 'No plan given',
  render: () => html`<care-plan-panel></care-plan-panel>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '[part="status"]')).toBe('There is no care plan to show.');
  },
};

export const Invalid: Story = {
  name: 'Invalid data',
  render: () => html`<care-plan-panel .carePlan=${{ resourceType: 'Patient', id: 'oops' }}></care-plan-panel>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '[part="status"]')).toContain('Some of the care plan could not be shown.');
  },
};

export const HostileText: Story = {
  name: 'Hostile text stays text',
  render: () => {
    const hostile = {
      ...plan,
      title: HOSTILE,
      activity: [
        {
          detail: { status: 'scheduled', description: HOSTILE, performer: [{ display: HOSTILE }] },
          progress: [{ text: HOSTILE, time: '2026-11-20' }],
        },
      ],
    };
    return html`<care-plan-panel .carePlan=${hostile} .resources=${seed} .now=${NOW}></care-plan-panel>`;
  },
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '[part="title"]')).toBe(HOSTILE);
    await expect(el.shadowRoot!.querySelector('img')).toBeNull();
    await expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  },
};

export const Connected: Story = {
  name: 'Connected: add a note',
  render: () => connected(new MemoryDataSource()),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await loaded(el);
    await userEvent.type(q(el, '#note-1')!, 'WRAP session booked.');
    await userEvent.click(q(el, '#activity-1 button[type="submit"]')!);
    // The author is the signed-in user, named as the plan's care team names them (here resolved to
    // the Practitioner, so without the display's credential).
    await waitFor(() => expect(shadowText(el, '#activity-1 [part="note"]')).toMatch(/^WRAP session booked\. Jordan Lee\b/));
    await expect(shadowText(el, '.visually-hidden[aria-live]')).toContain('Note added');
  },
};

export const ConnectedPicker: Story = {
  name: 'Connected: several active plans (picker)',
  render: () => {
    const crisis: Resource = {
      resourceType: 'CarePlan',
      id: 'crisis-plan',
      status: 'active',
      intent: 'plan',
      title: 'Crisis plan',
      subject: { reference: 'Patient/maria-alvarez' },
      activity: [{ detail: { status: 'scheduled', description: 'Call Rosa first' } }],
    };
    return connected(new MemoryDataSource([...seedResources(), crisis]), {});
  },
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await waitFor(() => expect(q(el, '#plan-picker')).not.toBeNull(), { timeout: 3000 });
    await loaded(el);
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#plan-picker')!, 'crisis-plan');
    await waitFor(() => expect(shadowText(el, '[part="title"]')).toBe('Crisis plan'), { timeout: 3000 });
  },
};

export const Loading: Story = {
  name: 'Connected: loading',
  render: () => connected(new MemoryDataSource(seedResources(), 'pending')),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await waitFor(() => expect(shadowText(el, '[part="status"]')).toBe('Loading the care plan…'));
  },
};

export const LoadError: Story = {
  name: 'Connected: load error with retry',
  render: () => connected(new MemoryDataSource(seedResources(), 'fail')),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await waitFor(() => expect(shadowText(el, '[role="alert"]')).toContain('Could not load the care plan.'));
    await expect(q(el, '[role="alert"] button')?.textContent?.trim()).toBe('Try again');
  },
};

export const StatusConflict: Story = {
  name: 'Connected: someone else changed the same status',
  loaders: [() => ({ dataSource: new MemoryDataSource() })],
  render: (_args, { loaded: { dataSource } }) => connected(dataSource as MemoryDataSource),
  play: async ({ canvasElement, loaded: context }) => {
    const el = await panelIn(canvasElement);
    await loaded(el);
    // Another clinician puts the peer meeting on hold while this user is choosing.
    const dataSource = context['dataSource'] as MemoryDataSource;
    const current = await dataSource.read<Resource & { activity: { detail: { status: string } }[] }>('CarePlan', 'maria-care-plan');
    current.activity[0].detail.status = 'on-hold';
    await dataSource.update(current);
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#activity-0 select')!, 'completed');
    await userEvent.click(q(el, '#activity-0 .controls button[type="button"]')!);
    await waitFor(() => expect(shadowText(el, '[part="conflict"]')).toContain('someone else saved “On hold”'), { timeout: 3000 });
  },
};

export const SaveFailed: Story = {
  name: 'Connected: save failed, note kept with Retry',
  loaders: [() => ({ dataSource: new MemoryDataSource() })],
  render: (_args, { loaded: { dataSource } }) => connected(dataSource as MemoryDataSource),
  play: async ({ canvasElement, loaded: context }) => {
    const el = await panelIn(canvasElement);
    await loaded(el);
    (context['dataSource'] as MemoryDataSource).mode = 'fail';
    await userEvent.type(q(el, '#note-0')!, 'Typed while offline.');
    await userEvent.click(q(el, '#activity-0 button[type="submit"]')!);
    await waitFor(() => expect(shadowText(el, '#activity-0 [role="alert"]')).toContain('Your note is still in the box.'));
    await expect(q<HTMLTextAreaElement>(el, '#note-0')!.value).toBe('Typed while offline.');
  },
};

export const InvalidPlanId: Story = {
  name: 'Connected: care-plan-id names no plan',
  render: () => connected(new MemoryDataSource(), { id: 'not a plan id!' }),
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await expect(shadowText(el, '[part="status"]')).toContain('Some of the care plan could not be shown.');
    await expect(shadowText(el, '[part="status"] details')).toContain('care-plan-id');
  },
};

export const ActivityRemoved: Story = {
  name: 'Connected: someone else removed the activity',
  loaders: [() => ({ dataSource: new MemoryDataSource() })],
  render: (_args, { loaded: { dataSource } }) => connected(dataSource as MemoryDataSource),
  play: async ({ canvasElement, loaded: context }) => {
    const el = await panelIn(canvasElement);
    await loaded(el);
    // Another clinician removes the peer meeting while this user writes a note for it.
    const dataSource = context['dataSource'] as MemoryDataSource;
    const current = await dataSource.read<Resource & { activity: unknown[] }>('CarePlan', 'maria-care-plan');
    current.activity.shift();
    await dataSource.update(current);
    await userEvent.type(q(el, '#note-0')!, 'Met Maria at the drop-in.');
    await userEvent.click(q(el, '#activity-0 button[type="submit"]')!);
    await waitFor(
      () =>
        expect(shadowText(el, '.notice[role="alert"]')).toContain(
          'Not saved: someone else changed or removed that activity, or added one just like it',
        ),
      { timeout: 3000 },
    );
    await expect(shadowText(el, '.notice[role="alert"] q')).toBe('Met Maria at the drop-in.');
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render:
    () => html`<care-team-provider .dataSource=${new MemoryDataSource()} patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role" locale="es">
    <care-plan-panel care-plan-id="maria-care-plan" .now=${NOW}></care-plan-panel>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await panelIn(canvasElement);
    await loaded(el);
    await expect(shadowText(el)).toContain('Estado del plan');
    await expect(shadowText(el, 'section.goal .said')).toContain('En palabras de Maria Alvarez');
  },
};
