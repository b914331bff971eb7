import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { applyPreset } from '../src/theme/apply.js';
import { isThemePreset, THEME_PRESETS } from '../src/theme/presets.js';

setCustomElementsManifest(customElements);

const BACKGROUNDS = { light: '#ffffff', dark: '#0d1117', 'high-contrast': 'Canvas' } as const;

const preview: Preview = {
  parameters: {
    // Story tests fail on real accessibility violations, in every story and theme.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
  globalTypes: {
    theme: {
      description: 'Theme preset of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEME_PRESETS.map((preset) => ({ value: preset, title: preset.replace('-', ' ') })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      // The preset goes on the document root, as an integrator's page would set it, so stories
      // with and without a provider are themed alike.
      const preset = isThemePreset(context.globals['theme']) ? context.globals['theme'] : 'light';
      const root = document.documentElement;
      applyPreset(root, preset);
      if (preset === 'high-contrast') root.style.setProperty('color-scheme', 'light');
      document.body.style.background = BACKGROUNDS[preset];
      document.body.style.color = 'CanvasText';
      return story();
    },
  ],
};

export default preview;
