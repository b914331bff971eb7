// What the two web-test-runner configs share: the test files, the TypeScript transform, the
// in-memory FHIR server (started here, on a free port; its base URL reaches the tests as
// `window.__CARE_TEST__.fhirBaseUrl`, see test/helpers/fhir-server.ts), the page, the reporters.
//   web-test-runner.config.mjs           npm test: Chromium, with coverage of src/
//   web-test-runner.browsers.config.mjs  npm run test:browsers: Chromium, Firefox or WebKit
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { startFhirServer } from '../fhir-server/server.mjs';
import { summaryReporter } from './summary-reporter.mjs';
import { reactAsModules } from './wtr-react.mjs';

/** The shared part of a wtr config; `label` starts the closing "<label>: N passed, N failed" line. */
export async function sharedConfig({ label = 'wtr' } = {}) {
  const fhir = await startFhirServer({ port: 0, admin: true });
  // FC_SEED=N replays the property tests' generated inputs (they print the seed they used).
  const fcSeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  process.on('exit', () => fhir.close());
  return {
    files: ['test/**/*.test.ts'],
    nodeResolve: true,
    concurrency: 1,
    concurrentBrowsers: 1,
    testsFinishTimeout: 300_000,
    plugins: [reactAsModules(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
    reporters: [defaultReporter(), summaryReporter({ label })],
    testFramework: { config: { timeout: 10_000 } },
    testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.__CARE_TEST__ = ${JSON.stringify({ fhirBaseUrl: fhir.baseUrl, adminUrl: fhir.adminUrl, fcSeed })};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  };
}
