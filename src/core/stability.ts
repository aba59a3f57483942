import { hessianEigenDecomposition } from './hessianEigen';
import { pairwiseMean, pairwiseSumOf } from './summation';

/**
 * The largest learning rate for which batch gradient descent on MSE still converges:
 * `2 / λmax`, where λmax is the largest eigenvalue of the loss's Hessian
 * `H = (2/N)·XᵀX = 2·[[1, x̄], [x̄, mean(x²)]]` (X has a column of ones for the intercept).
 * Along the eigenvector of λmax each step multiplies the error by `1 − learningRate·λmax`,
 * which shrinks only while that factor lies in (−1, 1). λmax comes from the one eigen-solver,
 * {@link hessianEigenDecomposition}, fed the feature's mean and centred spread. Complexity O(n).
 * Throws a RangeError for an empty feature.
 *
 * @example largestStableLearningRate([0, 1]) // H = 2·[[1, .5], [.5, .5]], λmax ≈ 2.618 → ≈ 0.764
 */
export function largestStableLearningRate(feature: ArrayLike<number>): number {
  if (feature.length === 0) throw new RangeError('largestStableLearningRate needs at least one value');
  const featureMean = pairwiseMean(feature);
  const featureSpread = pairwiseSumOf(feature.length, (i) => (feature[i]! - featureMean) ** 2);
  return 2 / hessianEigenDecomposition({ count: feature.length, featureMean, featureSpread }).largest.value;
}
