// npm run bench:ab -- [git ref]: renders <care-team-roster> from this checkout and from another
// commit (default HEAD, i.e. your uncommitted change against the last commit) side by side in one
// page of headless Chromium, and prints the median of the paired ratios per size. Use it to decide
// whether a change is faster: on a shared machine two separate `npm run bench` runs differ by more
// than most changes do, and a change to one reader can look faster alone but not in the roster.
//
// The other commit is checked out into a temporary git worktree (removed afterwards) that shares
// this checkout's node_modules. Options: BENCH_RUNS (default 41), BENCH_WARMUP (default 3),
// BENCH_SIZES (default 1000,10000).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBenchPage, median } from './lib/bench-page.mjs';

const REF = process.argv[2] ?? 'HEAD';
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
let commit;
try {
  commit = git('rev-parse', '--short', '--verify', '--quiet', `${REF}^{commit}`);
} catch {
  console.error(`bench:ab: "${REF}" names no commit here (try HEAD, HEAD~1, a branch or a sha).`);
  process.exit(1);
}
const parent = mkdtempSync(join(tmpdir(), 'care-bench-base-'));
const worktree = join(parent, 'base');
try {
  git('worktree', 'add', '--detach', worktree, commit);
  try {
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'));
    await compare(join(worktree, 'src/components/care-team-roster/care-team-roster.ts'));
  } finally {
    git('worktree', 'remove', '--force', worktree);
  }
} finally {
  rmSync(parent, { recursive: true, force: true });
}

async function compare(baseRoster) {
  const { page, version, close } = await openBenchPage('bench/roster-ab.ts', {
    readyGlobal: 'runAb',
    alias: { 'base-roster': baseRoster },
  });
  try {
    const results = await page.evaluate(({ sizes, runs, warmup }) => globalThis.runAb(sizes, runs, warmup), {
      sizes: SIZES,
      runs: RUNS,
      warmup: WARMUP,
    });
    console.log(`Chromium ${version}, headless, ${RUNS} alternating pairs per size after ${WARMUP} warm-up pairs.\n`);
    console.log(`| members | this checkout ms | ${commit} ms | this / ${commit} (median of paired ratios) |`);
    console.log('| ---: | ---: | ---: | ---: |');
    for (const { members, current, base } of results) {
      const ratio = median(current.map((ms, index) => ms / base[index]));
      console.log(`| ${members.toLocaleString('en')} | ${median(current).toFixed(1)} | ${median(base).toFixed(1)} | ${ratio.toFixed(3)} |`);
    }
    console.log('\nRatios within about ±0.03 of 1 are noise on a shared 2-core machine (two copies of the same commit).');
  } finally {
    await close();
  }
}
