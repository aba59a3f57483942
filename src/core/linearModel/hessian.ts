import type { GramStatistics } from './gramStatistics';
import { symmetricEigen } from './symmetricEigen';

/** What the Hessian is built from: the row count, the terms' means and their centred Gram matrix. */
export type HessianMoments = Pick<GramStatistics, 'count' | 'featureMeans' | 'gram'>;

/** The spectrum of the MSE Hessian of a linear model, and what it means for gradient descent. */
export interface LinearHessianSpectrum {
  /** The (p+1)×(p+1) Hessian (p×p without intercept), row-major, parameters ordered [intercept, w₁, …]. */
  readonly hessian: Float64Array;
  /** Every eigenvalue, largest first. */
  readonly eigenvalues: Float64Array;
  readonly largest: number;
  readonly smallest: number;
  /** λmax/λmin: how many times slower the slowest direction converges than the fastest allows (Infinity when λmin ≤ 0). */
  readonly conditionNumber: number;
  /** 2/λmax: batch gradient descent converges for every learning rate below it and diverges above. */
  readonly largestStableLearningRate: number;
}

/**
 * The Hessian of the MSE of `ŷ = b + w·x`, `H = (2/N)·AᵀA` with A = [1 | X] (A = X without an
 * intercept), built from the centred statistics as `AᵀA = [[N, N·x̄ᵀ], [N·x̄, X'ᵀX' + N·x̄x̄ᵀ]]`
 * (without intercept only the lower-right block, XᵀX = X'ᵀX' + N·x̄x̄ᵀ),
 * and its eigenvalues by Jacobi (`symmetricEigen`). Along the eigenvector of λ each batch step
 * multiplies the error by (1 − learningRate·λ): the run converges while learningRate < 2/λmax,
 * and the slowest direction shrinks by (1 − learningRate·λmin) an epoch, so λmax/λmin (the
 * condition number) says how long a stable run needs. λmin carries an absolute error of about
 * ε·λmax. Complexity O(p³). Throws nothing.
 *
 * @example hessianSpectrum(gramStatistics([x], y)).largestStableLearningRate // as largestStableLearningRate(x)
 */
export function hessianSpectrum(stats: HessianMoments, hasIntercept = true): LinearHessianSpectrum {
  const p = stats.featureMeans.length;
  const { gram, featureMeans: means, count } = stats;
  const offset = hasIntercept ? 1 : 0;
  const size = p + offset;
  const hessian = new Float64Array(size * size);
  if (hasIntercept) {
    hessian[0] = 2;
    for (let j = 0; j < p; j++) hessian[j + 1] = hessian[(j + 1) * size] = 2 * means[j]!;
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      hessian[(j + offset) * size + k + offset] = 2 * (gram[j * p + k]! / count + means[j]! * means[k]!);
    }
  }
  const { values } = symmetricEigen(hessian, size);
  const largest = values[0]!;
  const smallest = values[size - 1]!;
  return {
    hessian,
    eigenvalues: values,
    largest,
    smallest,
    conditionNumber: smallest > 0 ? largest / smallest : Infinity,
    largestStableLearningRate: 2 / largest,
  };
}
