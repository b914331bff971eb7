import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/care-peer-role-card/define.js';
import '../src/components/care-team-provider/define.js';
import type { CarePeerRoleCard } from '../src/components/care-peer-role-card/care-peer-role-card.js';
import type { Resource } from '../src/fhir/types.js';
import { MemoryDataSource, seedResources } from './support/memory-data-source.js';
import './support/spanish.js';

/** "Today" in the seed data. */
const NOW = new Date('2026-11-24T12:00:00Z');
const seed = seedResources();
const byId = (id: string): Resource => seed.find((resource) => resource.id === id)!;
const rosa = byId('peer-rosa-role');
const marcus = byId('peer-marcus-role');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const meta: Meta = {
  title: 'Elements/care-peer-role-card',
  component: 'care-peer-role-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One peer specialist: who they are, what a peer does and does not do, credential, competencies, supervision, availability, contact, the peer’s own lived-experience statement (only with consent for the audience) and an “About peer support” explainer. `variant="compact"` is one line for rosters and pickers.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

async function cardIn(canvas: HTMLElement): Promise<CarePeerRoleCard> {
  const el = canvas.querySelector('care-peer-role-card') as CarePeerRoleCard;
  await el.updateComplete;
  return el;
}
const shadowText = (el: CarePeerRoleCard, selector: string): string =>
  (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const Full: Story = {
  name: 'Full (standalone, team audience)',
  render: () => html`<care-peer-role-card audience="team" .practitionerRole=${rosa} .resources=${seed} .now=${NOW}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[part~="name"]')).toBe('Rosa Delgado');
    await expect(shadowText(el, '[part~="badge"]')).toContain('Peer specialist');
    await expect(shadowText(el, '.does')).toContain('Helps you set goals that matter to you');
    await expect(shadowText(el, '[part~="supervision"]')).toContain('Dana Whitfield');
    await expect(el.shadowRoot!.querySelector('[part~="contact"] a')?.getAttribute('href')).toBe('tel:5085550131');
    await expect(shadowText(el, '[part~="lived-experience"]')).toContain('Now I try to be that person.');
  },
};

export const FullDark: Story = {
  ...Full,
  name: 'Full, dark theme',
  globals: { theme: 'dark' },
};

export const Compact: Story = {
  name: 'Compact (roster row)',
  render: () => html`<div style="display:grid;gap:0.5rem">
    <care-peer-role-card variant="compact" .practitionerRole=${rosa} .resources=${seed} .now=${NOW}></care-peer-role-card>
    <care-peer-role-card variant="compact" .practitionerRole=${marcus} .resources=${seed} .now=${NOW}>
      <button slot="actions" type="button">Refer</button>
    </care-peer-role-card>
  </div>`,
  play: async ({ canvasElement }) => {
    const [first, second] = [...canvasElement.querySelectorAll('care-peer-role-card')] as CarePeerRoleCard[];
    await first.updateComplete;
    await expect(shadowText(first, '[part~="name"]')).toBe('Rosa Delgado');
    await expect(shadowText(first, '.availability')).toContain('Mon, Tue, Thu');
    await expect(first.shadowRoot!.querySelector('[part~="scope"]')).toBeNull();
    await expect(shadowText(second, '[part~="name"]')).toBe('Marcus Bell (he/him)');
    await expect(second.shadowRoot!.querySelector('[part~="actions"]')?.hasAttribute('hidden')).toBe(false);
  },
};

export const CompactDark: Story = { ...Compact, name: 'Compact, dark theme', globals: { theme: 'dark' } };

export const ExpiringCredential: Story = {
  name: 'Credential expiring, then expired',
  render: () => html`<div style="display:grid;gap:1rem">
    <care-peer-role-card .practitionerRole=${marcus} .resources=${seed} .now=${NOW}></care-peer-role-card>
    <care-peer-role-card .practitionerRole=${marcus} .resources=${seed} .now=${new Date('2027-01-10T12:00:00Z')}></care-peer-role-card>
  </div>`,
  play: async ({ canvasElement }) => {
    const [soon, expired] = [...canvasElement.querySelectorAll('care-peer-role-card')] as CarePeerRoleCard[];
    await soon.updateComplete;
    await expired.updateComplete;
    await expect(shadowText(soon, '[part~="credential"] .flag')).toBe('Expires soon');
    await expect(shadowText(expired, '[part~="credential"] .flag')).toBe('Expired');
  },
};

export const DefaultScope: Story = {
  name: 'No scope extension: SAMHSA-based defaults',
  render: () =>
    html`<care-peer-role-card
      .practitionerRole=${{ resourceType: 'PractitionerRole', id: 'p1', practitioner: { display: 'Alex Kim' }, code: [{ text: 'Peer support worker' }] }}
      .now=${NOW}
    ></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '.does')).toContain('Shares lived experience of recovery');
    await expect(shadowText(el, '.does-not')).toContain('Provide case management');
    await expect(shadowText(el, '[part~="scope"]')).toContain('has not described its own');
  },
};

export const OrganisationOverride: Story = {
  name: 'Organisation overrides the lists',
  render: () => html`<care-peer-role-card
    .practitionerRole=${rosa}
    .resources=${seed}
    .now=${NOW}
    .does=${['Runs the Saturday drop-in', 'Co-facilitates the WRAP group']}
    .doesNot=${['Transport clients']}
  ></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('.does li').length).toBe(2);
    await expect(shadowText(el, '.does-not')).toContain('Transport clients');
  },
};

export const EndedRole: Story = {
  name: 'Ended role',
  render: () =>
    html`<care-peer-role-card .practitionerRole=${{ ...marcus, period: { start: '2025-01-06', end: '2026-06-30' } }} .resources=${seed} .now=${NOW}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '.state.ended')).toContain('Role ended on');
  },
};

export const LivedExperienceNotForThisAudience: Story = {
  name: 'Lived experience: no audience set, so not shown',
  render: () => html`<care-peer-role-card .practitionerRole=${rosa} .resources=${seed} .now=${NOW}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[part~="name"]')).toBe('Rosa Delgado');
    await expect(el.shadowRoot!.querySelector('[part~="lived-experience"]')).toBeNull();
  },
};

export const AboutOpen: Story = {
  name: 'About peer support (opened)',
  render: () => html`<care-peer-role-card .practitionerRole=${marcus} .resources=${seed} .now=${NOW}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    const details = el.shadowRoot!.querySelector('details') as HTMLDetailsElement;
    await userEvent.click(details.querySelector('summary')!);
    await expect(details.open).toBe(true);
    await expect(details.textContent).toContain('recovery model');
  },
};

export const NotAPeer: Story = {
  name: 'A role that is not peer support',
  render: () =>
    html`<care-peer-role-card .practitionerRole=${byId('therapist-role')} .resources=${seed} .now=${NOW}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '.note')).toBe('This role is not recorded as peer support.');
  },
};

export const Connected: Story = {
  name: 'Connected (practitioner-role-id)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()}>
    <care-peer-role-card practitioner-role-id="peer-rosa-role" audience="team" .now=${NOW}></care-peer-role-card>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('care-peer-role-card') as CarePeerRoleCard;
    await waitFor(() => expect(shadowText(el, '[part~="name"]')).toBe('Rosa Delgado'), { timeout: 4000 });
    await expect(shadowText(el, '[part~="role"]')).toContain('PeerBridge Peer Support Program');
  },
};

export const Loading: Story = {
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'pending')}>
    <care-peer-role-card practitioner-role-id="peer-rosa-role"></care-peer-role-card>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('Loading');
  },
};

export const LoadError: Story = {
  name: 'Load error (with retry)',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource(undefined, 'fail')}>
    <care-peer-role-card practitioner-role-id="peer-rosa-role"></care-peer-role-card>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('care-peer-role-card') as CarePeerRoleCard;
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 4000 });
    await expect(shadowText(el, '[role="alert"] button')).toBe('Try again');
  },
};

export const Empty: Story = {
  render: () => html`<care-peer-role-card></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[role="status"]')).toBe('There is no peer specialist to show.');
  },
};

export const InvalidData: Story = {
  name: 'Invalid data',
  render: () => html`<care-peer-role-card .practitionerRole=${{ resourceType: 'Patient', id: 'x' }}></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[part~="status"]')).toContain('could not be shown');
    await expect(el.shadowRoot!.querySelector('[part~="card"]')).toBeNull();
  },
};

export const PartlyInvalid: Story = {
  name: 'Partly invalid data (renders what is valid)',
  render: () =>
    html`<care-peer-role-card
      .practitionerRole=${{ ...marcus, availableTime: [{ daysOfWeek: ['someday'] }], telecom: 'call me' }}
      .resources=${seed}
      .now=${NOW}
    ></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[part~="name"]')).toBe('Marcus Bell (he/him)');
    await expect(shadowText(el, '[part~="card"] [part~="status"]')).toContain('2 problems');
  },
};

export const HostileData: Story = {
  name: 'Hostile strings stay text',
  render: () => html`<care-peer-role-card
    audience="team"
    .practitionerRole=${{
      resourceType: 'PractitionerRole',
      practitioner: { display: HOSTILE },
      code: [{ text: 'Peer specialist' }],
      telecom: [
        { system: 'phone', value: 'javascript:window.__pwned=1' },
        { system: 'email', value: 'javascript:alert(1)//@x.org' },
      ],
    }}
    .does=${[HOSTILE]}
    .now=${NOW}
  ></care-peer-role-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    await expect(shadowText(el, '[part~="name"]')).toBe(HOSTILE);
    await expect(el.shadowRoot!.querySelectorAll('[part~="contact"] a').length).toBe(0);
    await expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  },
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<care-team-provider .dataSource=${new MemoryDataSource()} locale="es">
    <care-peer-role-card practitioner-role-id="peer-rosa-role" audience="team" .now=${NOW}></care-peer-role-card>
  </care-team-provider>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('care-peer-role-card') as CarePeerRoleCard;
    await waitFor(() => expect(shadowText(el, '[part~="name"]')).toBe('Rosa Delgado'), { timeout: 4000 });
    await expect(el.shadowRoot!.textContent).toContain('Lo que hace un especialista de apoyo entre pares');
    await expect(el.shadowRoot!.textContent).toContain('Especialista de apoyo entre pares');
  },
};
