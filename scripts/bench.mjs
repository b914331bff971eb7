// npm run bench: renders <care-team-roster> with 100, 1,000 and 10,000 members in headless
// Chromium next to a hand-written vanilla-DOM list of the same rows, and prints a markdown table
// of medians. A benchmark, not a test: it never fails on a number (only when it cannot run).
//
// bench/roster-bench.ts is bundled and opened in headless Chromium by lib/bench-page.mjs.
// Options: BENCH_RUNS (default 31; on a shared machine a median of 31 moves less than one of
// 15), BENCH_WARMUP (default 3), BENCH_SIZES (default 100,1000,10000), BENCH_VERBOSE=1 (print
// every run: members, roster first?, roster ms, vanilla ms, readCareTeam ms).
import { openBenchPage, median } from './lib/bench-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

const ms = (value) => value.toFixed(1);

const { page, version, close } = await openBenchPage('bench/roster-bench.ts', { readyGlobal: 'runBench' });
try {
  if (process.env.BENCH_VERBOSE) {
    page.on('console', (message) => console.log('  run:', message.text()));
    await page.evaluate(() => (globalThis.benchVerbose = true));
  }
  const results = await page.evaluate(({ sizes, runs, warmup }) => globalThis.runBench(sizes, runs, warmup), {
    sizes: SIZES,
    runs: RUNS,
    warmup: WARMUP,
  });
  console.log(`Chromium ${version}, headless, ${RUNS} runs per size after ${WARMUP} warm-up runs, median ms.\n`);
  console.log(
    '| members | roster ms | vanilla ms | roster / vanilla | roster rows in DOM | vanilla rows in DOM | of which readCareTeam ms | roster regroup ms |',
  );
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
  await close();
}
