import { type Line, predict } from './line';
import { pairwiseMean, pairwiseSum, pairwiseSumOf } from './summation';

/**
 * Mean squared error of a line on the data: `(1/N)·Σ(yᵢ − (slope·xᵢ + intercept))²`.
 * Pairwise summation, so it matches numpy's `np.mean((y − p)**2)`. Complexity O(n).
 */
export function meanSquaredError(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): number {
  if (feature.length === 0) throw new RangeError('meanSquaredError needs at least one point');
  const squaredResidual = (i: number) => {
    const residual = response[i]! - predict(line, feature[i]!);
    return residual * residual;
  };
  return pairwiseSumOf(feature.length, squaredResidual) / feature.length;
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
  const squaredResiduals = new Float64Array(feature.length);
  const squaredDeviations = new Float64Array(feature.length);
  for (let i = 0; i < feature.length; i++) {
    const residual = response[i]! - predict(line, feature[i]!);
    squaredResiduals[i] = residual * residual;
    squaredDeviations[i] = (response[i]! - responseMean) ** 2;
  }
  const totalSumOfSquares = pairwiseSum(squaredDeviations);
  if (!(totalSumOfSquares > 0)) throw new RangeError('rSquared is undefined when every response value is the same');
  return 1 - pairwiseSum(squaredResiduals) / totalSumOfSquares;
}
