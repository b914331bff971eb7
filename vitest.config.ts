// Storybook story tests: every story renders in headless Chromium, runs its `play` assertions and
// an axe check (the a11y addon with `test: 'error'`). Playwright drives the Chromium that
// scripts/lib/find-chrome.mjs finds (CHROME_PATH, a system one, else @sparticuz/chromium's) because
// npm cannot download browsers on our machines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findChrome, CHROME_ARGS } from './scripts/lib/find-chrome.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const executablePath = findChrome();

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROME_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
