import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-team-roster/define.js';
import '../src/components/care-team-provider/define.js';
import type { CareTeamRoster } from '../src/components/care-team-roster/care-team-roster.js';
import type { Resource } from '../src/fhir/types.js';
import usCoreTeam from '../test/fixtures/fhir-examples/us-core/careteam-example.json' with { type: 'json' };
import { syntheticTeam } from '../bench/team-fixture.js';
import { MemoryDataSource, seedResources } from './support/memory-data-source.js';
import './support/spanish.js';

/** "Today" in the seed data. */
const NOW = new Date('2026-11-24T12:00:00Z');
const seed = seedResources();
const team = seed.find((resource) => resource.resourceType === 'CareTeam')!;
const participants = team['participant'] as { member: { reference: string } }[];
const withoutPeer: Resource = { ...team, participant: participants.filter((p) => !p.member.reference.includes('peer')) };
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const large = syntheticTeam(1000);

const meta: Meta = {
  title: 'Elements/care-team-roster',
  component: 'care-team-roster',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The care team as clinicians see it: each member’s role and what they do in this team, the peer specialist unmistakable, past members under “Past members”. One tab stop; arrow keys, Home / End and type-ahead move between members. Above 200 members the lists are virtualized.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

async function rosterIn(canvas: HTMLElement): Promise<CareTeamRoster> {
  const el = canvas.querySelector('care-team-roster') as CareTeamRoster;
  await el.updateComplete;
  return el;
}
const $ = (el: CareTeamRoster, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const names = (el: CareTeamRoster) => [...el.shadowRoot!.querySelectorAll('button.row .name')].map((n) => n.textContent.trim());
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const Standalone: Story = {
  name: 'Standalone (the sample team)',
  render: () => html`<care-team-roster .careTeam=${team} .resources=${seed} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(names(el)).toEqual(['Rosa Delgado', 'Samuel Okafor', 'Jordan Lee', 'Priya Raman', 'Ana Torres', 'Maria Alvarez']);
    await expect(text($(el, '[part~="peer-badge"]'))).toContain('Peer specialist');
    await expect(text($(el, '.peer [part="responsibility"]'))).toContain('What a peer does here:');
    await expect(text($(el, 'details.past summary'))).toBe('Past members (1)');
    await expect($(el, '[part="no-peer"]')).toBeNull();
  },
};

export const StandaloneDark: Story = {
  ...Standalone,
  name: 'Standalone, dark theme',
  globals: { theme: 'dark' },
};

export const Connected: Story = {
  name: 'Connected (care-team-id)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()}>
    <care-team-roster care-team-id="maria-care-team" expand-peers .now=${NOW}>
      <button slot="no-peer" type="button">Refer to peer support</button>
    </care-team-roster>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await waitFor(() => expect(names(el)).toHaveLength(6));
    await expect(text($(el, '.peer [part="organization"]'))).toBe('PeerBridge Peer Support Program');
  },
};

export const ConnectedByPatient: Story = {
  name: 'Connected (the provider’s patient)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()} patient="Patient/maria-alvarez">
    <care-team-roster .now=${NOW}></care-team-roster>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await waitFor(() => expect(text($(el, '[part="title"]'))).toBe('Maria Alvarez: community mental health team'));
    await expect(names(el)).toContain('Rosa Delgado');
  },
};

export const ExpandPeers: Story = {
  name: 'Peer expanded in place (expand-peers)',
  render: () => html`<care-team-roster expand-peers .careTeam=${team} .resources=${seed} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    const rosa = $(el, '.peer button.row')!;
    await expect(rosa.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(rosa);
    await waitFor(() => expect($(el, 'care-peer-role-card')).not.toBeNull());
    await expect(rosa.getAttribute('aria-expanded')).toBe('true');
    await expect(rosa.getAttribute('aria-current')).toBe('true');
  },
};

export const NoPeerSpecialist: Story = {
  name: 'No peer specialist (no-peer slot)',
  render: () => html`<care-team-roster .careTeam=${withoutPeer} .resources=${seed} .now=${NOW}>
    <button slot="no-peer" type="button">Refer to peer support</button>
  </care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(text($(el, '[part="no-peer"]'))).toContain('No peer specialist on this team');
    const slot = $(el, 'slot[name="no-peer"]') as HTMLSlotElement;
    await expect(slot.assignedElements()[0]?.textContent).toBe('Refer to peer support');
    await expect(el.shadowRoot!.querySelector('[part~="peer-badge"]')).toBeNull();
  },
};

export const ByOrganization: Story = {
  name: 'Grouped by organisation',
  render: () => html`<care-team-roster group-by="organization" .careTeam=${team} .resources=${seed} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    const headings = [...el.shadowRoot!.querySelectorAll('.group-heading')].map((h) => text(h));
    await expect(headings).toEqual([
      'PeerBridge Peer Support Program (1)',
      'Riverside Community Mental Health Center (4)',
      'No organisation (1)',
    ]);
  },
};

export const PeersOnly: Story = {
  name: 'Filtered to peer specialists',
  render: () => html`<care-team-roster filter-role="peer-specialist" .careTeam=${team} .resources=${seed} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(names(el)).toEqual(['Rosa Delgado']);
    await expect(text($(el, '[part="summary"]'))).toBe('Showing 1 of 7 members');
  },
};

export const PastMembersOpen: Story = {
  name: 'Past members shown',
  render: () => html`<care-team-roster .careTeam=${team} .resources=${seed} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await userEvent.click($(el, 'details.past summary')!);
    await waitFor(() => expect(names(el)).toContain('Elena Kovacs'));
    await expect(text($(el, 'details.past [part="period"]'))).toMatch(/2026 – .*2026/);
  },
};

export const ClientAndFamily: Story = {
  name: 'Client and family (US Core example)',
  render: () => html`<care-team-roster .careTeam=${usCoreTeam} .now=${NOW}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    const badges = [...el.shadowRoot!.querySelectorAll('[part~="badge"]')].map((b) => text(b));
    await expect(badges).toContain('Client');
    await expect(badges).toContain('Family or carer');
    await expect($(el, '[part="no-peer"]')).not.toBeNull();
  },
};

export const UnresolvedMembers: Story = {
  name: 'Unresolved members',
  render: () => html`<care-team-roster
    .careTeam=${{
      resourceType: 'CareTeam',
      name: 'Team with missing records',
      participant: [
        { member: { reference: 'PractitionerRole/peer-rosa-role' } },
        { member: { reference: 'Practitioner/gone', display: 'Dr. Display Only' } },
        { member: { reference: 'Practitioner/nameless' } },
      ],
    }}
    .resources=${seed}
    .now=${NOW}
  ></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(names(el)).toEqual(['Rosa Delgado', 'Dr. Display Only', 'Unknown member']);
    await expect(text($(el, '[part="status"]'))).toContain('Some of the care team could not be shown.');
  },
};

export const Loading: Story = {
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'pending')}>
    <care-team-roster care-team-id="maria-care-team"></care-team-roster>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(text($(el, '[role="status"]'))).toBe('Loading the care team…');
  },
};

export const LoadError: Story = {
  name: 'Load error (with retry)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'fail')}>
    <care-team-roster care-team-id="maria-care-team"></care-team-roster>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await waitFor(() => expect($(el, '[role="alert"]')).not.toBeNull());
    await expect(text($(el, '[role="alert"]'))).toContain('Could not load the care team.');
    await expect(text($(el, '[role="alert"] button'))).toBe('Try again');
  },
};

export const EmptyTeam: Story = {
  name: 'Empty team',
  render: () => html`<care-team-roster .careTeam=${{ resourceType: 'CareTeam', name: 'New team', status: 'proposed' }}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(text($(el, 'p.notice'))).toBe('This care team has no members yet.');
    await expect($(el, '[part="no-peer"]')).not.toBeNull();
  },
};

export const InvalidData: Story = {
  name: 'Invalid data',
  render: () => html`<care-team-roster .careTeam=${{ resourceType: 'Patient', id: 'not-a-team' }}></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(text($(el, '[part="status"]'))).toContain('Some of the care team could not be shown.');
    await expect(el.shadowRoot!.querySelector('button.row')).toBeNull();
  },
};

export const HostileText: Story = {
  name: 'Hostile text stays text',
  render: () => html`<care-team-roster
    .careTeam=${{
      resourceType: 'CareTeam',
      name: HOSTILE,
      participant: [{ role: [{ text: `peer specialist ${HOSTILE}` }], member: { display: HOSTILE }, onBehalfOf: { display: HOSTILE } }],
    }}
    .now=${NOW}
  ></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('img')).toBeNull();
    await expect(text($(el, '.name'))).toBe(HOSTILE);
    await expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  },
};

export const LargeTeam: Story = {
  name: '1,000 members (virtualized)',
  render: () => html`<care-team-roster
    style="--care-team-roster-max-height: 28rem"
    .careTeam=${large.careTeam}
    .resources=${large.resources}
    .now=${NOW}
  ></care-team-roster>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('button.row')).not.toBeNull());
    await expect(text($(el, '[part="summary"]'))).toBe('Members: 1000');
    await expect(el.shadowRoot!.querySelectorAll('care-roster-virtualizer').length).toBeGreaterThan(0);
    await expect(el.shadowRoot!.querySelectorAll('[role="listitem"]').length).toBeLessThan(150);
    await expect(text($(el, 'details.past summary'))).toBe('Past members (40)');
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()} locale="es">
    <care-team-roster care-team-id="maria-care-team" expand-peers .now=${NOW}></care-team-roster>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await rosterIn(canvasElement);
    await waitFor(() => expect(names(el)).toHaveLength(6));
    await expect(text($(el, '[part="summary"]'))).toBe('Miembros: 7');
    await expect(el.shadowRoot!.textContent).toContain('Especialista de apoyo entre pares');
  },
};
