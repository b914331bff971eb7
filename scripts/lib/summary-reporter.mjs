// Prints the plain closing line CI reads: "wtr: N passed, N failed". A test file that failed to
// load (a syntax or import error) counts as one failure, so a broken file can never look green.
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
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        const loadFailed = (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length;
        if (loadFailed || (!session.passed && counts.failed === 0 && session.errors?.length)) counts.failed += 1;
      }
      process.stdout.write(`\nwtr: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`);
    },
  };
}
