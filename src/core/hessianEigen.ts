import type { SufficientStatistics } from './gradientDescent/sufficientStatistics';

/** An eigenvalue of the MSE Hessian and its unit eigenvector in (intercept, slope) coordinates. */
export interface HessianEigenpair {
  readonly value: number;
  readonly direction: { readonly intercept: number; readonly slope: number };
}

/** Both eigenpairs of the MSE Hessian of a line, largest first; the directions are orthonormal. */
export interface HessianEigenDecomposition {
  readonly largest: HessianEigenpair;
  readonly smallest: HessianEigenpair;
}

/**
 * The eigen-decomposition of the MSE Hessian `H = (2/N)·XᵀX = 2·[[1, x̄], [x̄, mean(x²)]]`
 * (X has a column of ones for the intercept), the matrix that shapes the loss bowl:
 * `MSE(θ) = MSE* + ½·(θ − θ*)ᵀH(θ − θ*)`.
 *
 * With H = [[a, b], [b, c]]: `λmax = (a + c + √((a − c)² + 4b²)) / 2`, and `λmin = det H / λmax
 * = 4·var(x) / λmax`, taken from the centred spread so that it stays accurate when x̄ is large
 * and λmin is tiny (the subtraction `a + c − λmax` would cancel). λmax's eigenvector is
 * `(λmax − c, b)` when a ≥ c and `(b, λmax − a)` otherwise, the differences computed as
 * `(±(a − c) + √((a − c)² + 4b²)) / 2`, a sum of non-negative terms, so even a component of
 * 1e−6 comes out to full precision (an angle from atan2 would keep only ~1e−10 of it).
 * λmin's eigenvector is perpendicular. Complexity O(1).
 *
 * @example hessianEigenDecomposition(sufficientStatistics([0, 1], [0, 1])).largest.value // 1.5 + √1.25
 */
export function hessianEigenDecomposition(
  stats: Pick<SufficientStatistics, 'count' | 'featureMean' | 'featureSpread'>,
): HessianEigenDecomposition {
  const variance = stats.featureSpread / stats.count;
  const mean = stats.featureMean;
  const a = 2;
  const b = 2 * mean;
  const c = 2 * (variance + mean * mean);
  const difference = a - c;
  const root = Math.hypot(difference, 2 * b);
  const largest = (a + c + root) / 2;
  const smallest = (4 * variance) / largest;
  // a multiple of λmax's eigenvector; H = 2I (root 0) has every direction as eigenvector
  const [along, across] =
    root === 0 ? [1, 0] : difference >= 0 ? [(difference + root) / 2, b] : [b, (root - difference) / 2];
  const length = Math.hypot(along, across);
  const intercept = along / length;
  const slope = across / length;
  return {
    largest: { value: largest, direction: { intercept, slope } },
    smallest: { value: smallest, direction: { intercept: -slope, slope: intercept } },
  };
}
