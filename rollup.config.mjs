// Two builds from one source:
//  - npm: unbundled ES modules in dist/ (one file per source module), lit/@lit/zod external, so an
//    app's bundler dedupes them and tree-shakes what it does not use. Types come from tsc.
//  - cdn: one self-registering, minified file, dist/cdn/care-team-elements.js, with everything
//    a page needs inside, for a plain `<script type="module">` in a portal page. Code only some
//    pages need (the roster's virtualizer, for teams above 200 members) is a lazy chunk next to
//    it, dist/cdn/chunks/, fetched relative to the bundle's own URL when first needed.
//  - cdn elements: one self-registering module per element, dist/cdn/elements/<tag>.js, sharing
//    chunks (Lit, the FHIR layer, ...) in dist/cdn/elements/chunks/, and the autoloader,
//    dist/cdn/elements/autoload.js, which fetches an element's module when its tag first appears.
//    A page that shows one element loads only what that element needs.
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/lib/minify-templates.mjs';

export const RUNTIME_EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod)(\/|$)/;

/** Minified as modules (top-level names may go), in two passes: about 1 KB gzip less than one. */
export const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } };

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

/** The catalogues, `care-team-elements/locales/<lang>.js` (src/locales/<lang>.ts). */
export function localeEntries() {
  const entries = {};
  for (const file of readdirSync('src/locales')) {
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) entries[`locales/${file.slice(0, -3)}`] = `src/locales/${file}`;
  }
  return entries;
}

const ELEMENT_MODULE_PREFIX = '\0cdn-element:';

/**
 * The CDN module of one element: its define module, plus the theme classes that the all-in-one
 * bundle installs (`class="care-theme-dark"` on an ancestor), generated rather than kept as files.
 */
function elementModules() {
  return {
    name: 'cdn-element-modules',
    resolveId: (id) => (id.startsWith(ELEMENT_MODULE_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(ELEMENT_MODULE_PREFIX)) return null;
      const tag = id.slice(ELEMENT_MODULE_PREFIX.length);
      const src = new URL('./src/', import.meta.url).pathname;
      return `import ${JSON.stringify(`${src}components/${tag}/define.ts`)};
import { installThemeClasses } from ${JSON.stringify(`${src}theme/apply.ts`)};
installThemeClasses();
export * from ${JSON.stringify(`${src}components/${tag}/define.ts`)};`;
    },
  };
}

function elementModuleInputs() {
  const inputs = { autoload: 'src/cdn/autoload.ts' };
  for (const name of Object.keys(elementEntries())) {
    const tag = name.split('/')[1];
    inputs[tag] = `${ELEMENT_MODULE_PREFIX}${tag}`;
  }
  return inputs;
}

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...elementEntries(),
      ...localeEntries(),
      // The framework entries (npm only; never in the CDN bundle). react-jsx and vue are types: their
      // modules are empty, so that a plain `import 'care-team-elements/vue'` does no harm.
      'frameworks/react': 'src/frameworks/react.ts',
      'frameworks/react-jsx': 'src/frameworks/react-jsx.ts',
      'frameworks/vue': 'src/frameworks/vue.ts',
    },
    // react is the React entry's optional peer dependency (@lit/react is matched by RUNTIME_EXTERNAL).
    external: (id) => RUNTIME_EXTERNAL.test(id) || /^react(\/|$)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [esbuild(esbuildOptions), minifyTemplates()],
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
    plugins: [nodeResolve({ browser: true }), esbuild(esbuildOptions), minifyTemplates(), terser(TERSER)],
    onwarn,
  },
  {
    input: elementModuleInputs(),
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn/elements',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [elementModules(), nodeResolve({ browser: true }), esbuild(esbuildOptions), minifyTemplates(), terser(TERSER)],
    onwarn,
  },
];
