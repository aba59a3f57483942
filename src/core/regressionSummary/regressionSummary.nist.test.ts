import { describe, expect, it } from 'vitest';
import { fitLinearLeastSquares } from '../leastSquares/fitLinearLeastSquares';
import { accurateVarianceFactors } from '../leastSquares/varianceFactors';
import { readNistSet } from '../testing/nist';
import { regressionSummary } from './regressionSummary';

function correctDigits(estimate: number, certified: number): number {
  if (estimate === certified) return 15;
  return Math.min(15, -Math.log10(Math.abs(estimate - certified) / Math.abs(certified)));
}

const SETS = ['Norris', 'Pontius', 'NoInt1', 'Filip', 'Longley', 'Wampler1'] as const;

// Measured: the fewest correct digits of any standard error are Norris 13.92, Pontius 13.76,
// NoInt1 15, Filip 13.80, Longley 14.89 (one triangular solve without refinement gives Filip 7.6).
describe('the regression summary on the NIST StRD linear sets', () => {
  it.each(SETS)(
    '%s: every standard error and the residual standard deviation to at least 8 correct digits of the certified values',
    (name) => {
      const { problem, certified } = readNistSet(name);
      const fit = fitLinearLeastSquares(problem);
      const summary = regressionSummary(
        fit,
        accurateVarianceFactors(problem),
        problem.features.map((feature) => feature.name),
        problem.response.length,
      );
      const parameters = certified.certified.parameters;
      expect(summary.terms).toHaveLength(parameters.length);
      summary.terms.forEach((term, k) => {
        // Wampler1 is an exact fit: NIST certifies every standard deviation as 0.
        if (parameters[k]!.sd === 0) expect(Math.abs(term.standardError)).toBeLessThan(1e-9);
        else expect(correctDigits(term.standardError, parameters[k]!.sd)).toBeGreaterThanOrEqual(8);
      });
      if (certified.certified.residual_sd === 0) expect(summary.residualStandardError).toBeLessThan(1e-9);
      else
        expect(correctDigits(summary.residualStandardError, certified.certified.residual_sd)).toBeGreaterThanOrEqual(8);
      expect(correctDigits(summary.rSquared, certified.certified.r_squared)).toBeGreaterThanOrEqual(9);
    },
  );
});
