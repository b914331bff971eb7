// npm run bench: renders <care-team-roster> with 100, 1,000 and 10,000 members in headless
// Chromium next to a hand-written vanilla-DOM list of the same rows, and prints a markdown table
// of medians. A benchmark, not a test: it never fails on a number (only when it cannot run).
//
// bench/roster-bench.ts is bundled with esbuild (production Lit), served on a free loopback port
// and driven with playwright against Debian's Chromium (CHROME_PATH honoured; no download).
// Options: BENCH_RUNS (default 15), BENCH_WARMUP (default 3), BENCH_SIZES (default 100,1000,10000),
// BENCH_VERBOSE=1 (print every run: members, roster first?, roster ms, vanilla ms, readCareTeam ms).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './lib/find-chrome.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'care-bench-'));
await build({
  entryPoints: ['bench/roster-bench.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(dir, 'bench.js'),
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>roster bench</title></head><body><script type="module" src="/bench.js"></script></body></html>',
);

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((request, response) => {
  const name = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
  if (!['index.html', 'bench.js'].includes(name)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[name.slice(name.lastIndexOf('.'))], 'Cache-Control': 'no-store' });
  response.end(readFileSync(join(dir, name)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(1);

let browser;
try {
  browser = await chromium.launch({ executablePath, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  if (process.env.BENCH_VERBOSE) {
    page.on('console', (message) => console.log('  run:', message.text()));
    await page.evaluate(() => (globalThis.benchVerbose = true));
  }
  const results = await page.evaluate(({ sizes, runs, warmup }) => globalThis.runBench(sizes, runs, warmup), {
    sizes: SIZES,
    runs: RUNS,
    warmup: WARMUP,
  });
  const version = browser.version();
  console.log(`Chromium ${version}, headless, ${RUNS} runs per size after ${WARMUP} warm-up runs, median ms.\n`);
  console.log('| members | roster ms | vanilla ms | roster / vanilla | roster rows in DOM | vanilla rows in DOM | of which readCareTeam ms | roster regroup ms |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const roster = median(r.roster);
    const vanilla = median(r.vanilla);
    console.log(
      `| ${r.members.toLocaleString('en')} | ${ms(roster)} | ${ms(vanilla)} | ${(roster / vanilla).toFixed(2)} | ${r.rosterRows} | ${r.vanillaRows} | ${ms(median(r.mapping))} | ${ms(median(r.regroup))} |`,
    );
  }
  console.log(
    '\nBoth sides start from the same FHIR CareTeam + resources and read it with readCareTeam (timed alone in the' +
      ' last column); then the roster groups, sorts and (above 200 members) virtualizes, while the vanilla list' +
      ' renders every row with the same markup and stylesheet. Time is from "data handed over" to "rows in the DOM' +
      ' and laid out". "roster regroup" is the roster alone, without reading FHIR: the loaded team regrouped by' +
      ' organisation (group, sort and render again).',
  );
} finally {
  await browser?.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
