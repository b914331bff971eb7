import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/care-team-provider/define.js';
import '../src/components/care-team-roster/define.js';
import '../src/components/care-referral-button/define.js';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';
import { MemoryDataSource } from './support/memory-data-source.js';
import './support/spanish.js';

const meta: Meta = {
  title: 'Elements/care-team-provider',
  component: 'care-team-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Wrap the care-team elements in one provider to connect them to your FHIR server, patient and signed-in clinician. It renders nothing of its own.',
      },
    },
  },
};
export default meta;

export const ConnectedByBaseUrl: StoryObj = {
  name: 'Connected by fhir-base-url',
  render: () => html`
    <care-team-provider fhir-base-url="https://ehr.example.org/fhir" patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role">
      <p>Elements placed here load the client's team, plan and referrals through this connection.</p>
    </care-team-provider>
  `,
  play: async ({ canvasElement }) => {
    const provider = canvasElement.querySelector('care-team-provider') as CareTeamProvider;
    await provider.updateComplete;
    await expect(provider.shadowRoot).not.toBeNull();
    await expect(provider.querySelector('p')?.textContent).toContain('Elements placed here');
    await expect(getComputedStyle(provider).display).toBe('contents');
    // Decorated reactive properties work in this build (no class-field shadowing).
    provider.setAttribute('patient', 'Patient/other');
    await provider.updateComplete;
    await expect(provider.patient).toBe('Patient/other');
    await expect(provider.activeDataSource).toBeDefined();
  },
};

export const Spanish: StoryObj = {
  name: 'Spanish (locale="es") for every element inside',
  render: () => html`
    <care-team-provider .dataSource=${new MemoryDataSource()} patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role" locale="es">
      <care-team-roster care-team-id="maria-care-team"></care-team-roster>
      <care-referral-button referral-id="referral-peer-2026-09-task"></care-referral-button>
    </care-team-provider>
  `,
  play: async ({ canvasElement }) => {
    const textOf = (tag: string) => canvasElement.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitFor(() => expect(textOf('care-team-roster')).toContain('Especialista de apoyo entre pares'), { timeout: 5000 });
    await waitFor(() => expect(textOf('care-referral-button')).toContain('Aceptado'), { timeout: 5000 });
  },
};
