// Two builds from one source:
//  - npm: unbundled ES modules in dist/ (one file per source module), lit/@lit/zod external, so an
//    app's bundler dedupes them and tree-shakes what it does not use. Types come from tsc.
//  - cdn: one self-registering, minified file, dist/cdn/care-team-elements.js, with everything
//    a page needs inside, for a plain `<script type="module">` in a portal page. Code only some
//    pages need (the roster's virtualizer, for teams above 200 members) is a lazy chunk next to
//    it, dist/cdn/chunks/, fetched relative to the bundle's own URL when first needed.
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const RUNTIME_EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod)(\/|$)/;

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };

/** zod ships annotations and cycles rollup warns about; they are not ours to fix. */
export function onwarn(warning, warn) {
  const inNodeModules = (warning.id ?? warning.ids?.join(' ') ?? '').includes('node_modules');
  if (warning.code === 'INVALID_ANNOTATION' && inNodeModules) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && (warning.ids ?? []).some((id) => id.includes('node_modules'))) return;
  warn(warning);
}

export function elementEntries() {
  const entries = {};
  for (const name of readdirSync('src/components')) {
    const define = `src/components/${name}/define.ts`;
    if (existsSync(define)) entries[`components/${name}/define`] = define;
  }
  return entries;
}

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', ...elementEntries() },
    external: (id) => RUNTIME_EXTERNAL.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [esbuild(esbuildOptions)],
    onwarn,
  },
  {
    input: 'src/cdn.ts',
    // The lazy chunk imports Lit and friends from the bundle itself (no third, shared chunk).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'care-team-elements.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [nodeResolve({ browser: true }), esbuild(esbuildOptions), terser({ format: { comments: false } })],
    onwarn,
  },
];
