/**
 * Prints one plain closing line, `jest: N passed, N failed, N skipped`, after Jest's own
 * summary, so CI logs have a runner-independent count of what ran.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
