import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import { THEME_PRESETS, type ThemePreset } from '../src/theme/presets.js';
import { MemoryDataSource } from './support/memory-data-source.js';

/**
 * Every element, connected to the sample team, under one theme preset each, so a designer sees the
 * whole set together and the a11y check runs on all of them in every preset.
 */
const meta: Meta = {
  title: 'Themes/All elements',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The five elements together under each preset. Presets apply through `<care-team-provider theme>` (or a `care-theme-<preset>` class on any ancestor); the toolbar preset sets the page around them.',
      },
    },
  },
};
export default meta;

function allElements(preset: ThemePreset) {
  return html`<care-team-provider
    theme=${preset}
    .dataSource=${new MemoryDataSource()}
    patient="Patient/maria-alvarez"
    user="PractitionerRole/therapist-role"
  >
    <div class="care-theme-${preset}" style="background: var(--care-sys-color-surface, Canvas); padding: 1rem; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); align-items: start;">
      <care-team-roster care-team-id="maria-care-team" heading-level="2"></care-team-roster>
      <care-peer-role-card practitioner-role-id="peer-rosa-role" audience="team" heading-level="2">
        <care-referral-button slot="actions" care-plan-id="maria-care-plan"></care-referral-button>
      </care-peer-role-card>
      <care-plan-panel care-plan-id="maria-care-plan" heading-level="2"></care-plan-panel>
      <care-referral-button referral-id="referral-peer-2026-09-task"></care-referral-button>
    </div>
  </care-team-provider>`;
}

/** Waits until every element has left its loading state and shows the sample team's data. */
async function expectLoaded(canvas: HTMLElement): Promise<void> {
  const textOf = (tag: string) => canvas.querySelector(tag)?.shadowRoot?.textContent ?? '';
  await waitFor(() => expect(textOf('care-team-roster')).toContain('Rosa Delgado'), { timeout: 5000 });
  await waitFor(() => expect(textOf('care-peer-role-card')).toContain('What a peer specialist does'), { timeout: 5000 });
  await waitFor(() => expect(textOf('care-plan-panel')).toContain('recovery plan'), { timeout: 5000 });
  await waitFor(() => expect(textOf('care-referral-button[referral-id]')).toContain('Accepted'), { timeout: 5000 });
}

function presetStory(preset: ThemePreset): StoryObj {
  return {
    name: preset.replace('-', ' '),
    render: () => allElements(preset),
    play: async ({ canvasElement }) => {
      await expectLoaded(canvasElement);
      const provider = canvasElement.querySelector('care-team-provider')!;
      await expect(provider.getAttribute('theme')).toBe(preset);
      if (preset !== 'light') {
        // The theme reaches inside the elements: their surface differs from the light default.
        const roster = canvasElement.querySelector('care-team-roster')!;
        await expect(getComputedStyle(roster).colorScheme).not.toBe('light');
      }
    },
  };
}

export const Light = presetStory(THEME_PRESETS[0]);
export const Dark = presetStory(THEME_PRESETS[1]);
export const HighContrast = presetStory(THEME_PRESETS[2]);
