// npm test: manifest, the framework entries (src/frameworks/) and the docs/ guides current,
// type-check, import cycles, lint (ESLint, lit-analyzer, Prettier), the packed package (publint,
// attw, the consumer type tests), server-side rendering of the built package, the guides' HTML
// snippets run against the built bundle, unit + integration tests (wtr, headless Chromium,
// in-memory FHIR server), Storybook story tests (vitest + a11y), end-to-end.
// Ends with the plain line "N passed, N failed".
// The Chromium is found once here (a system one, else the one @sparticuz/chromium brings with
// `npm ci`: scripts/lib/find-chrome.mjs) and handed to every step as CHROME_PATH.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { describeChrome, findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { run } from './lib/run.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Chromium: ${describeChrome(chrome)}`);
const env = { ...process.env, CHROME_PATH: chrome, STORYBOOK_DISABLE_TELEMETRY: '1' };
const totals = { passed: 0, failed: 0 };
const LINT_PATHS = ['src', 'test', 'stories', 'demo/*.ts', 'scripts'];
// no-missing-import is off: class modules register nothing (define modules do, or a lazy chunk), so a
// template's child tag is never imported next to it by design. src/frameworks/ is left out: lit-analyzer
// reads react-jsx.ts's JSX.IntrinsicElements as the tags' definitions and then knows none of their
// properties (it holds no templates). Keep in step with `npm run lint`.
const LIT_ANALYZER_GLOBS = ['src/*.ts', 'src/!(frameworks)/**/*.ts'];
const LIT_ANALYZER_ARGS = ['lit-analyzer', '--strict', '--rules.no-missing-import', 'off', '--maxWarnings', '0', ...LIT_ANALYZER_GLOBS];
const only = process.argv.slice(2);
const wants = (step) => only.length === 0 || only.includes(step);

const started = Date.now();
const timings = [];
/** What failed, repeated just before the closing line: a CI log cut to its tail still names it. */
const failures = [];

async function step(name, command, args) {
  console.log(`\n== ${name}`);
  const stepStarted = Date.now();
  const { code, output } = await run(command, args, { allowFailure: true, env, capture: true });
  timings.push(`${name} ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  if (code !== 0) failures.push(`step failed: ${name}`);
  failures.push(...output.split('\n').filter((line) => /^\w+ failed: /.test(line)));
  return { ok: code === 0, output };
}

function countStep(ok) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
}

if (wants('types')) {
  countStep((await step('custom-elements.json', 'npx', ['cem', 'analyze'])).ok);
  countStep(
    (
      await step('src/frameworks/ (React, JSX, Vue) is what custom-elements.json gives', 'node', [
        'scripts/build-framework-types.mjs',
        '--check',
      ])
    ).ok,
  );
  countStep((await step('docs/ is what stories/docs and the code give', 'node', ['scripts/build-docs.mjs', '--check'])).ok);
  countStep((await step('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])).ok);
  countStep((await step('no import cycles in src/', 'node', ['scripts/check-cycles.mjs', 'src'])).ok);
}

if (wants('lint')) {
  // Lint gate (eslint.config.mjs, .prettierrc.json): zero warnings. ESLint's type-aware rules and
  // lit-analyzer's binding checks read the TypeScript program, so they run on TypeScript 6 (JS API).
  countStep((await step('lint (ESLint, type-checked)', 'npx', ['eslint', '--max-warnings', '0', ...LINT_PATHS])).ok);
  countStep((await step('lit-analyzer (strict bindings)', 'npx', LIT_ANALYZER_ARGS)).ok);
  countStep((await step('format (Prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.'])).ok);
}

/** Adds a runner's own "<label>: N passed, N failed" line; a run that failed without one counts as a failure. */
function countSummary(label, { ok, output }) {
  const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
  if (match) {
    totals.passed += Number(match[1]);
    totals.failed += Number(match[2]);
  }
  if (!match || (!ok && Number(match[2]) === 0)) totals.failed += 1;
}

if (wants('package')) {
  countStep((await step('package: publint and attw on the packed tarball', 'node', ['scripts/check-package.mjs'])).ok);
  // Consumer files (React wrappers, React 19 JSX, Vue, the root types) against the dist/ types just
  // built: their `@ts-expect-error` lines (misspelt events, wrong detail types) must be errors.
  countStep(
    (await step('type tests: React, JSX, Vue consumers against the built types', 'npx', ['tsc', '-p', 'test/types/tsconfig.json'])).ok,
  );
}

if (wants('ssr')) {
  // Renders what ships: the package step builds dist/; on its own, this step builds it first.
  if (!existsSync('dist/define.js')) await step('build (for ssr)', 'npm', ['run', 'build']);
  countStep((await step('server-side rendering (@lit-labs/ssr, the built package)', 'node', ['--test', 'test/ssr/'])).ok);
}

if (wants('snippets')) {
  if (!existsSync('dist/cdn/care-team-elements.js')) await step('build (for snippets)', 'npm', ['run', 'build']);
  countStep((await step('the guides’ HTML snippets, run against the built bundle', 'node', ['scripts/check-snippets.mjs'])).ok);
}

if (wants('wtr')) {
  countSummary('wtr', await step('unit + integration tests (web-test-runner)', 'npx', ['wtr']));
}

if (wants('stories')) {
  mkdirSync('test-results', { recursive: true });
  const report = 'test-results/stories.json';
  rmSync(report, { force: true });
  const { ok } = await step('Storybook story tests (vitest, a11y)', 'npx', [
    'vitest',
    'run',
    '--project=storybook',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const result = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  if (result) {
    totals.passed += result.numPassedTests ?? 0;
    totals.failed += (result.numFailedTests ?? 0) + (result.numFailedTestSuites ?? 0);
    for (const file of result.testResults ?? []) {
      const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
      for (const test of failed) failures.push(`stories failed: ${file.name?.replace(process.cwd() + '/', '')} › ${test.fullName}`);
    }
  }
  if (!result || (!ok && (result.numFailedTests ?? 0) === 0 && (result.numFailedTestSuites ?? 0) === 0)) totals.failed += 1;
}

if (wants('e2e')) {
  countSummary('e2e', await step('end-to-end: demo portal and programme inbox (Playwright)', 'node', ['test/e2e/portal.e2e.mjs']));
}

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s: ${timings.join('; ')}`);
if (failures.length) console.log(`\n${failures.join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
