import { shiftedMean } from './centring';
import { assertFittable } from './columns';
import { DataError } from './dataError';
import type { Line } from './line';
import { pairwiseSum } from './summation';

/**
 * The ordinary-least-squares line for one feature, in closed form:
 * `slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²` and `intercept = ȳ − slope·x̄`.
 *
 * Sums are pairwise in numpy's order, so on the scaled Advertising data the result is the
 * published pair of doubles exactly. Complexity O(n).
 *
 * Throws a DataError for fewer than two points, non-finite values, or a feature whose values
 * are all equal (then every line through (x̄, ȳ) with any slope fits equally badly, so no
 * unique answer exists).
 *
 * @example fitLeastSquaresLine([1, 2, 3], [2, 4, 6]) // { intercept: 0, slope: 2 }
 */
export function fitLeastSquaresLine(feature: ArrayLike<number>, response: ArrayLike<number>): Line {
  assertFittable(feature, response);
  // Means as shift + small part (centring.ts): exact deviations however large a common offset.
  const x = shiftedMean(feature);
  const y = shiftedMean(response);
  const featureMean = x.mean;
  const responseMean = y.mean;
  const n = feature.length;
  const crossDeviations = new Float64Array(n);
  const squaredDeviations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = feature[i]! - x.shift - x.shiftedMean;
    crossDeviations[i] = dx * (response[i]! - y.shift - y.shiftedMean);
    squaredDeviations[i] = dx * dx;
  }
  const sumOfSquares = pairwiseSum(squaredDeviations);
  if (!(sumOfSquares > 0)) {
    throw new DataError(
      'Every value of the feature is the same, so no single line fits best: any slope through the mean point is equally good.',
    );
  }
  const slope = pairwiseSum(crossDeviations) / sumOfSquares;
  return { intercept: responseMean - slope * featureMean, slope };
}
