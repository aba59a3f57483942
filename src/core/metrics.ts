import { asColumn } from './gradientDescent/batchStep';
import type { Line } from './line';
import { createGradientScratch, evaluateLinearLoss } from './linearModel/lossAndGradient';
import { pairwiseMean, pairwiseSumOf } from './summation';

/** `Σ(yᵢ − (slope·xᵢ + intercept))²` from the one kernel in pairwise order. Complexity O(n), one n-sized buffer. */
function sumOfSquaredResiduals(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): number {
  const scratch = createGradientScratch(1, feature.length, false);
  const parameters = Float64Array.of(line.intercept, line.slope);
  evaluateLinearLoss([asColumn(feature)], asColumn(response), parameters, true, scratch);
  return scratch.sumSquaredErrors;
}

/**
 * Mean squared error of a line on the data: `(1/N)·Σ(yᵢ − (slope·xᵢ + intercept))²`, from the
 * one loss kernel with pairwise summation, so it matches numpy's `np.mean((y − p)**2)`. Complexity O(n).
 */
export function meanSquaredError(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): number {
  if (feature.length === 0) throw new RangeError('meanSquaredError needs at least one point');
  return sumOfSquaredResiduals(line, feature, response) / feature.length;
}

/** Root mean squared error: the square root of {@link meanSquaredError}, in the response's units. */
export function rootMeanSquaredError(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): number {
  return Math.sqrt(meanSquaredError(line, feature, response));
}

/**
 * Coefficient of determination `R² = 1 − Σ(y − p)² / Σ(y − ȳ)²`: the share of the response's
 * variance the line explains. Returns NaN-free 0 … 1 for the OLS line; can be negative for a
 * worse-than-flat line. Throws a RangeError when the response is constant (R² is undefined).
 */
export function rSquared(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): number {
  const responseMean = pairwiseMean(response);
  const totalSumOfSquares = pairwiseSumOf(response.length, (i) => (response[i]! - responseMean) ** 2);
  if (!(totalSumOfSquares > 0)) throw new RangeError('rSquared is undefined when every response value is the same');
  return 1 - sumOfSquaredResiduals(line, feature, response) / totalSumOfSquares;
}
