import { pairwiseMean } from './summation';

/**
 * The largest learning rate for which batch gradient descent on MSE still converges:
 * `2 / λmax`, where λmax is the largest eigenvalue of the loss's Hessian
 * `H = (2/N)·XᵀX = 2·[[1, x̄], [x̄, mean(x²)]]` (X has a column of ones for the intercept).
 * Along the eigenvector of λmax each step multiplies the error by `1 − learningRate·λmax`,
 * which shrinks only while that factor lies in (−1, 1).
 * For a symmetric 2×2 matrix, `λmax = (trace + √((h₁₁ − h₂₂)² + 4h₁₂²)) / 2`. Complexity O(n).
 * Throws a RangeError for an empty feature.
 *
 * @example largestStableLearningRate([0, 1]) // H = 2·[[1, .5], [.5, .5]], λmax ≈ 2.618 → ≈ 0.764
 */
export function largestStableLearningRate(feature: ArrayLike<number>): number {
  return 2 / largestHessianEigenvalue(feature);
}

/** λmax of the MSE Hessian for a line (see {@link largestStableLearningRate}). Complexity O(n). */
export function largestHessianEigenvalue(feature: ArrayLike<number>): number {
  if (feature.length === 0) throw new RangeError('largestHessianEigenvalue needs at least one value');
  const squares = new Float64Array(feature.length);
  for (let i = 0; i < feature.length; i++) squares[i] = feature[i]! * feature[i]!;
  return largestHessianEigenvalueFromMoments(pairwiseMean(feature), pairwiseMean(squares));
}

/** λmax from the feature's mean x̄ and mean square mean(x²) alone, for callers that already have them. O(1). */
export function largestHessianEigenvalueFromMoments(mean: number, meanSquare: number): number {
  const h11 = 2;
  const h12 = 2 * mean;
  const h22 = 2 * meanSquare;
  return (h11 + h22 + Math.hypot(h11 - h22, 2 * h12)) / 2;
}
