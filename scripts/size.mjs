// npm run size: gzip sizes against budgets, as a table. Fails (exit 1) when over budget.
//  - the self-registering CDN bundle, what every page loads (everything counted once): the
//    product target is 40 KB gzip (issue #2), which the five elements together do not meet yet
//    (about 56 KB: Lit ~7, FHIR read/data ~14, elements ~7 each). Until that work is done the
//    check holds the line where it is, so the bundle cannot grow unnoticed; see the README.
//    zod is not in it: only validating a model object (a card's `peer`, the referral form) loads
//    it, as a lazy chunk shared by the two.
//  - each lazy chunk next to it, with a budget of its own by name (the roster's virtualizer,
//    fetched only for teams above 200 members; the referral form, fetched when first opened; the
//    card's `peer` validator; zod, which the last two share). A new chunk needs a budget here.
//  - each element's own code: its folder only, minified, with lit, zod and every shared module
//    (src/model, src/fhir, src/data, src/shared, ...) external, since the bundle counts those once: <= 8 KB
//    for what every page loads; code it imports dynamically is a row of its own, under that chunk's budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { run } from './lib/run.mjs';
import { onwarn, TERSER } from '../rollup.config.mjs';
import { minifyTemplates } from './lib/minify-templates.mjs';

const KB = 1024;
const ELEMENTS_DIR = 'dist/cdn/elements';
/**
 * Pages built from the per-element CDN modules and the autoloader (issue 21): what each loads,
 * every file gzipped on its own as a server sends it. Targets from the issue, not met yet (the
 * roster imports the card it renders, and Lit, context and theming come to ~21 KB in shared
 * chunks); budgets hold the line where they are.
 */
const PAGES = [
  { name: 'the autoloader alone', tags: [], budget: 2 * KB, target: 2 * KB },
  { name: 'a page with only the roster', tags: ['care-team-roster'], budget: 45 * KB, target: 25 * KB },
  {
    name: 'a page with the five chart elements',
    tags: ['care-team-provider', 'care-peer-role-card', 'care-team-roster', 'care-referral-button', 'care-plan-panel'],
    budget: 80 * KB,
    target: 50 * KB,
  },
];

/** The file and every module it imports statically (not the lazy chunks it imports on need). */
function staticClosure(files) {
  const seen = new Set();
  const stack = [...files];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.[^"]+)"/g)) stack.push(join(dirname(file), match[1]));
  }
  return seen;
}
const BUNDLE = 'dist/cdn/care-team-elements.js';
const CHUNKS = 'dist/cdn/chunks';
const TARGET_BUNDLE = 40 * KB;
const BUDGET = {
  // Seven elements since the referral loop (the inbox, the referral list, live status by subscription):
  // 56.2 KB with five, 74.0 KB with seven, 75.1 KB with the hardening of issue 19 (long text in
  // pieces, photo policy, URL contexts, wrong-typed properties). Pages that show one element need
  // per-element modules (issue 21), not a smaller all-in-one bundle; the 40 KB target stays,
  // reported as not met.
  // 77 KB since the provider shares reads and batches them (issue 21: 33 requests on the demo
  // chart down to 16; +1.3 KB), less 0.3 KB from minifying as a module in two passes.
  bundle: 77 * KB,
  element: 8 * KB,
  /** Elements whose own code is allowed more, with the reason. */
  elementOverride: {
    // The live status (subscription feed, truthful words), the duplicate guard and the cancellation.
    'care-referral-button': 8.5 * KB,
    // Long descriptions cut to a headline with the whole text in pieces below (issue 19).
    'care-plan-panel': 8.5 * KB,
  },
  /** Lazy chunks, by the name before their hash. */
  // referral-workflow: 4.17 KB since Discard withdraws what a failed send saved (issue 19).
  chunk: { 'roster-virtualizer': 9 * KB, 'referral-workflow': 4.5 * KB, 'peer-model': 1.5 * KB, zod: 6.5 * KB, 'inbox-actions': 3.5 * KB },
};
/** A lazy chunk's budget; a chunk without one fails the check (0), so each is chosen, not inherited. */
const chunkBudget = (name) => Object.entries(BUDGET.chunk).find(([prefix]) => name.startsWith(`${prefix}-`) || name === prefix)?.[1] ?? 0;

/** An element's own code: `eager`, the minified code every page loads, and `lazy`, each chunk it imports dynamically. */
async function elementOwnCode(name) {
  const folder = resolve('src/components', name) + sep;
  const bundle = await rollup({
    input: `src/components/${name}/define.ts`,
    // As in the CDN build: a lazy part imports from the entry itself, no third, shared chunk.
    preserveEntrySignatures: 'allow-extension',
    // Relative imports that leave the element's folder are shared code: not this element's cost.
    external: (id, importer) => {
      if (!id.startsWith('.')) return !id.startsWith(folder);
      return importer ? !resolve(importer, '..', id).startsWith(folder) : false;
    },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minifyTemplates(), terser(TERSER)],
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  const isLazy = (chunk) => chunk.isDynamicEntry && !chunk.isEntry;
  return {
    eager: chunks
      .filter((chunk) => !isLazy(chunk))
      .map((chunk) => chunk.code)
      .join('\n'),
    lazy: chunks.filter(isLazy).map(({ name, code }) => ({ name, code })),
  };
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

// Always measure a fresh build: a stale dist/ could pass the budget the current code fails.
await run('node', ['scripts/build.mjs']);

const rows = [];
const bundleCode = readFileSync(BUNDLE);
rows.push({ entry: `${BUNDLE} (every page)`, raw: bundleCode.length, gzip: gzip(bundleCode), budget: BUDGET.bundle });
for (const name of readdirSync(CHUNKS)
  .filter((file) => file.endsWith('.js'))
  .sort()) {
  const code = readFileSync(join(CHUNKS, name));
  rows.push({ entry: `${CHUNKS}/${name} (lazy)`, raw: code.length, gzip: gzip(code), budget: chunkBudget(name) });
}
for (const name of readdirSync('src/components').sort()) {
  if (!existsSync(`src/components/${name}/define.ts`)) continue;
  const { eager, lazy } = await elementOwnCode(name);
  rows.push({
    entry: `<${name}> own code`,
    raw: Buffer.byteLength(eager),
    gzip: gzip(eager),
    budget: BUDGET.elementOverride[name] ?? BUDGET.element,
  });
  for (const chunk of lazy) {
    rows.push({
      entry: `<${name}> own code (lazy ${chunk.name})`,
      raw: Buffer.byteLength(chunk.code),
      gzip: gzip(chunk.code),
      budget: chunkBudget(chunk.name),
    });
  }
}

const missedTargets = [];
for (const page of PAGES) {
  const files = staticClosure([join(ELEMENTS_DIR, 'autoload.js'), ...page.tags.map((tag) => join(ELEMENTS_DIR, `${tag}.js`))]);
  const sizes = [...files].map((file) => readFileSync(file));
  const row = {
    entry: `${ELEMENTS_DIR}: ${page.name} (${files.size} files)`,
    raw: sizes.reduce((sum, code) => sum + code.length, 0),
    gzip: sizes.reduce((sum, code) => sum + gzip(code), 0),
    budget: page.budget,
  };
  rows.push(row);
  if (row.gzip > page.target) missedTargets.push(`${page.name}: ${kb(row.gzip)}, target ${kb(page.target)}`);
}

const width = Math.max(...rows.map((row) => row.entry.length));
console.log(`| ${'entry'.padEnd(width)} | minified  | gzip      | budget    | ok  |`);
console.log(`| ${'-'.repeat(width)} | --------- | --------- | --------- | --- |`);
let over = 0;
for (const row of rows) {
  const ok = row.gzip <= row.budget;
  if (!ok) over += 1;
  console.log(
    `| ${row.entry.padEnd(width)} | ${kb(row.raw).padStart(9)} | ${kb(row.gzip).padStart(9)} | ${kb(row.budget).padStart(9)} | ${ok ? 'yes' : 'NO '} |`,
  );
}
const bundleRow = rows[0];
if (bundleRow.gzip > TARGET_BUNDLE) {
  console.log(
    `\nsize: the bundle every page loads is ${kb(bundleRow.gzip)} gzip, over the ${kb(TARGET_BUNDLE)} target (not yet met; budget held at ${kb(BUDGET.bundle)}).`,
  );
}
if (missedTargets.length) console.log(`size: per-element targets not met yet (issue 21): ${missedTargets.join('; ')}.`);
if (over) {
  console.error(`size: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
  process.exit(1);
}
