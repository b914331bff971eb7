import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    // Story tests fail on real accessibility violations, in every story and theme.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
      document.documentElement.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      return story();
    },
  ],
};

export default preview;
