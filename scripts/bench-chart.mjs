// npm run bench:chart -- [git ref]: what a clinician waits for. Loads the demo chart (npm start's
// portal and in-memory FHIR server) cold in headless Chromium, with no added latency and with
// 100 ms per request (Chrome's network emulation), and prints the median of BENCH_RUNS loads
// (default 5; BENCH_VIEWPORT=768x1024 for another window size): FHIR requests and duplicate GETs until every element shows its content, how many
// levels deep the requests go, the time to the roster's rows, the peer card, the care plan and the
// referral list, cumulative layout shift, and the page's JavaScript. With a git ref (a commit,
// HEAD~3, a branch) the same figures for that commit are measured in the same run, side by side:
// on a shared machine only figures taken together compare. The other commit is checked out into a
// temporary worktree sharing this checkout's node_modules, and served by its own npm start.
/* global document, requestAnimationFrame -- watchChart and one evaluate run in the page */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { median } from './lib/bench-page.mjs';
import { cumulativeLayoutShift, duplicateGets, requestDepth } from './lib/chart-figures.mjs';

const REF = process.argv[2];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LATENCIES = (process.env.BENCH_LATENCIES ?? '0,100').split(',').map(Number);
const [WIDTH, HEIGHT] = (process.env.BENCH_VIEWPORT ?? '1280x800').split('x').map(Number);
const VIEWPORT = { width: WIDTH, height: HEIGHT };
const CONTENT_TIMEOUT_MS = 30_000;

/** The chart's elements, and when each counts as shown: rendered, and not its "Loading …" notice. */
const MILESTONES = {
  roster: ['care-team-roster', 'button.row'],
  card: ['care-peer-role-card', null],
  plan: ['care-plan-panel', null],
  referrals: ['care-referral-list', null],
};

// Runs in the page before its own scripts: records layout shifts and, every frame, the first time
// each element shows its content (times from navigation start).
function watchChart(milestones) {
  const marks = {};
  const shifts = [];
  globalThis.__chart = { marks, shifts };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      shifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  const shown = (tag, selector) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return false;
    if (selector) return root.querySelector(selector) !== null;
    const text = root.textContent.trim();
    return text !== '' && !/^Loading /.test(text);
  };
  const check = () => {
    for (const [name, [tag, selector]] of Object.entries(milestones)) {
      if (marks[name] === undefined && shown(tag, selector)) marks[name] = performance.now();
    }
    if (Object.keys(marks).length < Object.keys(milestones).length) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** `npm start` of the checkout at `dir` on a free port; resolves once it serves. */
async function startDemo(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('demo:') && ready());
    child.on('exit', (code) => fail(new Error(`npm start in ${dir} ended (${code}) before serving`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** One cold load: a new browser context (empty cache), the latency applied to every request. */
async function loadOnce(browser, url, latency) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  await page.addInitScript(watchChart, MILESTONES);
  const requests = [];
  const started = new Map();
  page.on('request', (request) => started.set(request, Date.now()));
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/fhir/'))
      requests.push({ method: request.method(), url: request.url(), start: started.get(request), end: Date.now() });
  });
  const navigationStart = Date.now();
  await page.goto(url);
  await page.waitForFunction((count) => Object.keys(globalThis.__chart.marks).length === count, Object.keys(MILESTONES).length, {
    timeout: CONTENT_TIMEOUT_MS,
  });
  const { marks, shifts } = await page.evaluate(() => globalThis.__chart);
  // What loaded once everything was shown (later requests are follow-ups: polling, live updates).
  const shownAt = navigationStart + Math.max(...Object.values(marks));
  const beforeShown = requests.filter((request) => request.start <= shownAt);
  await page.waitForTimeout(1000); // late shifts still count
  const allShifts = await page.evaluate(() => globalThis.__chart.shifts);
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => entry.name),
  );
  const bytes = { raw: 0, gzip: 0 };
  for (const script of new Set([...scripts, ...(await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean)))])) {
    const body = Buffer.from(await (await fetch(script)).arrayBuffer());
    bytes.raw += body.length;
    bytes.gzip += gzipSync(body).length;
  }
  await context.close();
  return {
    requests: beforeShown.length,
    duplicates: duplicateGets(beforeShown),
    depth: requestDepth(beforeShown),
    ...marks,
    cls: cumulativeLayoutShift(allShifts.length ? allShifts : shifts),
    jsKb: bytes.gzip / 1024,
    jsRawKb: bytes.raw / 1024,
  };
}

/** BENCH_RUNS cold loads of each target, taken in turn (a drifting machine then favours none); medians. */
async function measure(browser, urls, latency) {
  const loads = urls.map(() => []);
  for (const url of urls) await loadOnce(browser, url, latency); // warm each server and the OS (never the browser's cache)
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index, url] of urls.entries()) loads[index].push(await loadOnce(browser, url, latency));
  }
  const figures = (runs) => Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((load) => load[key]))]));
  return loads.map(figures);
}

const ROWS = [
  ['FHIR requests', 'requests', (v) => String(v)],
  ['duplicate GETs', 'duplicates', (v) => String(v)],
  ['levels deep', 'depth', (v) => String(v)],
  ['roster rows (ms)', 'roster', (v) => v.toFixed(0)],
  ['peer card (ms)', 'card', (v) => v.toFixed(0)],
  ['care plan (ms)', 'plan', (v) => v.toFixed(0)],
  ['referral list (ms)', 'referrals', (v) => v.toFixed(0)],
  ['CLS', 'cls', (v) => v.toFixed(3)],
  ['JavaScript (KB gzip)', 'jsKb', (v) => v.toFixed(1)],
  ['JavaScript (KB raw)', 'jsRawKb', (v) => v.toFixed(1)],
];

function printTable(columns) {
  const header = ['', ...columns.map((column) => column.label)];
  const body = ROWS.map(([label, key, format]) => [label, ...columns.map((column) => format(column.figures[key]))]);
  const widths = header.map((_, index) => Math.max(...[header, ...body].map((row) => row[index].length)));
  const line = (row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  console.log(line(header));
  body.forEach((row) => console.log(line(row)));
}

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const targets = [{ name: 'this checkout', dir: resolve('.') }];
let worktreeParent;
if (REF) {
  let commit;
  try {
    commit = git('rev-parse', '--short', '--verify', '--quiet', `${REF}^{commit}`);
  } catch {
    console.error(`bench:chart: "${REF}" names no commit here (try HEAD, HEAD~1, a branch or a sha).`);
    process.exit(1);
  }
  worktreeParent = mkdtempSync(join(tmpdir(), 'care-bench-chart-'));
  const dir = join(worktreeParent, 'base');
  git('worktree', 'add', '--detach', dir, commit);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  targets.push({ name: commit, dir });
}

const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
try {
  console.log(`bench:chart: demo chart at ${VIEWPORT.width}×${VIEWPORT.height}, cold loads, median of ${RUNS}; ${browser.version()}\n`);
  const servers = [];
  for (const target of targets) servers.push(await startDemo(target.dir));
  try {
    for (const latency of LATENCIES) {
      const figures = await measure(
        browser,
        servers.map((server) => server.url),
        latency,
      );
      console.log(`+${latency} ms per request`);
      printTable(targets.map((target, index) => ({ label: target.name, figures: figures[index] })));
      console.log('');
    }
  } finally {
    servers.forEach((server) => server.stop());
  }
} finally {
  await browser.close();
  if (worktreeParent) {
    git('worktree', 'remove', '--force', join(worktreeParent, 'base'));
    rmSync(worktreeParent, { recursive: true, force: true });
  }
}
