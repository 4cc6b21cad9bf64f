// Writes jest's counts to OCOP_JEST_COUNTS. Jest's own --json output cannot
// serialise some failures (an AxiosError holds a circular req/res), and then
// no report is written at all.
const { writeFileSync } = require("node:fs")

class CountReporter {
  onRunComplete(_contexts, results) {
    writeFileSync(
      process.env.OCOP_JEST_COUNTS,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        numTodoTests: results.numTodoTests,
        numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      })
    )
  }
}

module.exports = CountReporter
