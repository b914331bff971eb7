// Prints the plain closing line CI reads: "wtr: N passed, N failed". A test file that failed to
// load or crashed outside a test (its session has errors but no failed test) counts as one
// failure, so a broken file can never look green; so does coverage below the configured threshold
// (wtr then exits 1), with a "wtr coverage:" line saying which number fell short. Each failed test
// is named on its own "wtr failed: <file> › <suite> › <test>: <first line of the error>" line.
function countTests(suite, counts, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.names.push([...path, test.name].join(' › ') + firstLine(test.error?.message));
    }
  }
  for (const child of suite?.suites ?? []) countTests(child, counts, [...path, child.name]);
}

const firstLine = (message) => (message ? `: ${String(message).split('\n')[0].slice(0, 200)}` : '');

const pct = (summary, type) => `${type} ${summary[type].pct}% (${summary[type].covered}/${summary[type].total})`;

/** `label` starts the line: "wtr" for npm test, the engine's name for npm run test:browsers. */
export function summaryReporter({ label = 'wtr' } = {}) {
  let threshold;
  return {
    start({ config }) {
      threshold = config.coverage ? config.coverageConfig?.threshold : undefined;
    },
    onTestRunFinished({ sessions, testCoverage }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failedNames = [];
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0, names: [] };
        countTests(session.testResults, counts);
        if (!session.passed && counts.failed === 0) {
          counts.failed = 1;
          counts.names.push(`(the file failed outside a test)${firstLine(session.errors?.[0]?.message)}`);
        }
        for (const name of counts.names) failedNames.push(`${session.testFile.replace(process.cwd() + '/', '')} › ${name}`);
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped;
      }
      if (testCoverage) {
        const { summary } = testCoverage;
        const types = ['lines', 'branches', 'statements', 'functions'];
        process.stdout.write(`\n${label} coverage: ${types.map((type) => pct(summary, type)).join(', ')}\n`);
        const short = types.filter((type) => threshold?.[type] && summary[type].pct < threshold[type]);
        if (short.length) {
          const list = short.map((type) => `${type} ${summary[type].pct}% < ${threshold[type]}%`).join(', ');
          process.stdout.write(`${label} coverage: below the threshold: ${list}\n`);
          totals.failed += 1;
        }
      }
      // Named again at the very end, where a CI log cut to its tail still shows them.
      for (const name of failedNames) process.stdout.write(`${label} failed: ${name}\n`);
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\n${label}: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
