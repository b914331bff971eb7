// Prints the plain closing line CI reads: "wtr: N passed, N failed". A test file that failed to
// load or crashed outside a test (its session has errors but no failed test) counts as one
// failure, so a broken file can never look green.
function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        countTests(session.testResults, counts);
        if (!session.passed && counts.failed === 0) counts.failed = 1;
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
