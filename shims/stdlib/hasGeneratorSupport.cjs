// Stands in for @stdlib/assert-has-generator-support (aliased in vite.config.ts).
// The original tests for generators by evaluating `(function* () {})` with `eval`, which the
// page's Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation. Under
// that policy the test throws and answers false anyway, so answering false here keeps exactly
// the behaviour the page had, without the attempt: stdlib's continued fractions and series
// then use their plain loops instead of generators (same algorithm, same results).
module.exports = function hasGeneratorSupport() {
  return false;
};
