import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Our machines have no network beyond the package registries; telemetry would stall the build.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // One copy of Lit and zod in dev and in vitest, or Lit warns "multiple versions" and
    // context/decorators stop matching across chunks.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        'lit/directives/repeat.js',
        '@lit/context',
        '@lit/task',
        'zod/mini',
      ],
    };
    viteConfig.esbuild = {
      ...(typeof viteConfig.esbuild === 'object' ? viteConfig.esbuild : {}),
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    };
    return viteConfig;
  },
};

export default config;
