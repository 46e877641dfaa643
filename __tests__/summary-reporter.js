// Ends the test output with one plain line: "tests: N passed, N failed, N skipped".
export default class SummaryReporter {
  /** @param {unknown} _config @param {unknown} _options */
  constructor(_config, _options) {}

  /** @param {unknown} _contexts @param {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    // Jest prints its own summary after every reporter; this line is to come last.
    process.once('exit', () => process.stderr.write(line))
  }
}
