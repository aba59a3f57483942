import { assertFittable } from '../columns';
import { isExploding } from '../gradientDescent/divergence';
import { type SufficientStatistics, sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import { hessianEigenDecomposition } from '../hessianEigen';
import { type Line, ZERO_LINE } from '../line';
import { assertEpochCount, assertLearningRate } from '../runChecks';

/**
 * The loss of batch gradient descent after any number of epochs at any learning rate, without
 * running it. Built once per data set and start line; each question then costs O(1).
 */
export interface LossForecast {
  /** MSE at the OLS line, where every converging run ends. */
  readonly minimumLoss: number;
  /** MSE at the start line (epoch 0). */
  readonly startingLoss: number;
  /**
   * The MSE after `epochs` epochs at `learningRate`, or Infinity if the run would have
   * diverged by then (by the `isExploding` rule, as `runGradientDescent` stops). Complexity O(1).
   * Throws a RangeError for a non-positive learning rate or a fractional or negative epoch count.
   */
  lossAfter(learningRate: number, epochs: number): number;
}

/**
 * Prepares {@link LossForecast} from the closed form of batch GD on MSE. The loss is the
 * quadratic `MSE* + ½·eᵀHe` in the error `e = θ − θ*`, and one epoch maps `e ← (I − ηH)e`, so
 * after k epochs `e_k = (I − ηH)^k e₀`. In the eigenbasis (λᵢ, qᵢ) of H that reads
 * `MSE_k = MSE* + Σᵢ ½·λᵢ·(qᵢ·e₀)²·(1 − ηλᵢ)^{2k}`: each direction shrinks (or grows) by its
 * own factor |1 − ηλᵢ| per epoch.
 *
 * Numerics: each term is evaluated as `exp(2k·ln|1 − ηλᵢ| + ln(½λᵢ(qᵢ·e₀)²))`, with `log1p` for
 * ηλᵢ < 1 (accurate when ηλᵢ is tiny, as for the valley of unscaled data). So huge k
 * underflows to exactly MSE*, a growing term overflows to Infinity (reported as diverged),
 * a direction the start does not excite contributes exactly 0, and k = 0 gives the start.
 * Because each term is convex in k, the largest loss up to epoch k is at epoch 0 or epoch k,
 * so testing epoch k alone against the explosion rule finds every divergence.
 *
 * Complexity O(n) to prepare. Throws a DataError for unfittable data or a constant feature, a
 * RangeError for a start line that is not finite.
 */
export function prepareLossForecast(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  start: Line = ZERO_LINE,
): LossForecast {
  assertFittable(feature, response);
  return lossForecastOf(sufficientStatistics(feature, response), start);
}

/**
 * {@link prepareLossForecast} from the data's sufficient statistics (those of the prepared
 * problem: the same numbers, bit for bit, without a pass over the rows). O(1). Throws a
 * RangeError for a start line that is not finite.
 */
export function lossForecastOf(stats: SufficientStatistics, start: Line = ZERO_LINE): LossForecast {
  if (!(Number.isFinite(start.intercept) && Number.isFinite(start.slope)))
    throw new RangeError('The starting line must have a finite intercept and slope.');
  const { largest, smallest } = hessianEigenDecomposition(stats);
  const interceptError = start.intercept - (stats.responseMean - stats.bestSlope * stats.featureMean);
  const slopeError = start.slope - stats.bestSlope;
  const excess = (pair: typeof largest) => {
    const projection = pair.direction.intercept * interceptError + pair.direction.slope * slopeError;
    return 0.5 * pair.value * projection * projection;
  };
  const eigenvalues = [largest.value, smallest.value] as const;
  const excesses = [excess(largest), excess(smallest)] as const;
  const minimumLoss = stats.minimalSumOfSquares / stats.count;
  const startingLoss = minimumLoss + excesses[0] + excesses[1];

  const decayed = (excessLoss: number, eigenvalue: number, learningRate: number, epochs: number): number => {
    if (excessLoss === 0) return 0;
    if (epochs === 0) return excessLoss;
    const stepFactor = learningRate * eigenvalue; // the error along this direction is multiplied by 1 − stepFactor
    const logShrink = stepFactor < 1 ? Math.log1p(-stepFactor) : Math.log(stepFactor - 1);
    return Math.exp(2 * epochs * logShrink + Math.log(excessLoss));
  };

  return {
    minimumLoss,
    startingLoss,
    lossAfter(learningRate, epochs) {
      assertLearningRate(learningRate);
      assertEpochCount(epochs);
      const loss =
        minimumLoss +
        decayed(excesses[0], eigenvalues[0], learningRate, epochs) +
        decayed(excesses[1], eigenvalues[1], learningRate, epochs);
      return isExploding(loss, startingLoss) ? Infinity : loss;
    },
  };
}
