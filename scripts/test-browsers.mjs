// npm run test:browsers [-- chromium firefox webkit]: the web-test-runner suites (unit, element,
// integration) in each browser engine, one engine after the other (2 cores: one browser at a time),
// each with its own "<engine>: N passed, N failed" line, then those lines again and the total
// "N passed, N failed". Set-up per engine: web-test-runner.browsers.config.mjs. Extra arguments
// that are not engine names go to wtr (e.g. --files test/unit/model/referral.test.ts).
import { describeChrome, findChrome } from './lib/find-chrome.mjs';
import { run } from './lib/run.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const args = process.argv.slice(2);
const chosen = args.filter((arg) => ENGINES.includes(arg));
const wtrArgs = args.filter((arg) => !ENGINES.includes(arg));
const engines = chosen.length ? chosen : ENGINES;

const chrome = findChrome();
const env = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) };
if (engines.includes('chromium')) console.log(`Chromium: ${describeChrome(chrome)}`);

const lines = [];
const times = [];
const totals = { passed: 0, failed: 0 };
for (const engine of engines) {
  console.log(`\n== ${engine}`);
  const started = Date.now();
  const { code, output } = await run('npx', ['wtr', '--config', 'web-test-runner.browsers.config.mjs', ...wtrArgs], {
    allowFailure: true,
    capture: true,
    env: { ...env, CARE_TEST_ENGINE: engine },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const match = new RegExp(`^${engine}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
  const passed = match ? Number(match[1]) : 0;
  let failed = match ? Number(match[2]) : 0;
  // A run that failed without saying so (the browser did not start, the config threw) is a failure.
  if (!match || (code !== 0 && failed === 0)) failed += 1;
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${engine}: ${passed} passed, ${failed} failed`);
  times.push(`${engine} ${seconds} s`);
}

console.log(`\ntimes: ${times.join(', ')}\n${lines.join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
