import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';

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
