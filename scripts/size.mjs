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
import { join } from 'node:path';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { run } from './lib/run.mjs';
import { onwarn } from '../rollup.config.mjs';

const KB = 1024;
const BUNDLE = 'dist/cdn/care-team-elements.js';
const CHUNKS = 'dist/cdn/chunks';
const TARGET_BUNDLE = 40 * KB;
const BUDGET = {
  // Seven elements since the referral loop (the inbox, the referral list, live status by subscription):
  // 56.2 KB with five, 74.0 KB with seven, 75.1 KB with the hardening of issue 19 (long text in
  // pieces, photo policy, URL contexts, wrong-typed properties). Pages that show one element need
  // per-element modules (issue 21), not a smaller all-in-one bundle; the 40 KB target stays,
  // reported as not met.
  bundle: 76 * KB,
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
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), terser({ format: { comments: false } })],
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
if (over) {
  console.error(`size: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
  process.exit(1);
}
