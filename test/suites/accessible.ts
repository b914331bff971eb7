/**
 * The accessibility check every element state runs: axe (WCAG 2.2 A/AA rules) in the light and the
 * dark colour scheme. Colours come from `light-dark()`, which follows the page's `color-scheme`, so
 * both themes are checked by switching it on the document, as an integrator's page would.
 */
import { expect } from '@open-wc/testing';

export const THEMES = ['light', 'dark'] as const;

type Themable = HTMLElement & { updateComplete?: Promise<unknown>; theme?: string | undefined };

export async function expectAccessibleInThemes(element: Themable): Promise<void> {
  const root = document.documentElement;
  const previous = root.style.colorScheme;
  // A provider with no preset keeps following the OS; give it the theme under test as well.
  const providers = [...document.querySelectorAll<Themable>('care-team-provider')];
  const previousThemes = providers.map((provider) => provider.theme);
  try {
    for (const theme of THEMES) {
      root.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      for (const provider of providers) provider.theme = theme;
      await Promise.all(providers.map((provider) => provider.updateComplete ?? Promise.resolve()));
      await element.updateComplete;
      await expect(element, `axe in the ${theme} theme`).to.be.accessible();
    }
  } finally {
    root.style.colorScheme = previous;
    document.body.style.background = '';
    providers.forEach((provider, index) => (provider.theme = previousThemes[index]));
  }
}
