import { multiplyDoubleDouble, twoSum } from '../doubleDouble/errorFreeTransforms';
import { type Line, ZERO_LINE } from '../line';
import type { StopReason } from '../optimisers/settings';
import { BLOCK, type ClosedFormRecurrence, type EigenSeries, writeEpochs } from './closedFormEpochs';
import { closedFormPath } from './closedFormLine';
import { EXPLOSION_FACTOR } from './divergence';
import { blockPowersFor, type EpochBuffers, lossArray } from './epochBuffers';
import type { EpochValues } from './epochValues';
import type { SufficientStatistics } from './sufficientStatistics';

/**
 * The epochs of a run up to where it stops. `losses[k]` is the MSE after k epochs, for
 * k = 0 … `stop.epoch`; entries after that are not computed (left at 0 in a fresh array, as
 * they were in a reused one). The line is not stored: `intercepts` and `slopes` compute the
 * line of epoch k when read (`closedFormLine.ts`), for the epochs a trajectory keeps: 0 …
 * `stop.epoch`, or 0 … `stop.epoch` − 1 for a diverged run, whose exploding line is not kept
 * (a run whose start already explodes keeps epoch 0 as the zero line with loss 0, as the
 * recorder leaves it).
 */
export interface EpochSeries {
  readonly intercepts: EpochValues;
  readonly slopes: EpochValues;
  readonly losses: Float64Array;
  /**
   * Where the run stops: `'budget'` at the last epoch; `'tolerance'` at the first epoch k ≥ 1
   * whose loss has settled against epoch k − 1 (`hasLossSettled`); `'diverged'` at the first
   * epoch whose loss is non-finite or exploding (`isExploding`), whose loss is still written.
   */
  readonly stop: { readonly reason: StopReason; readonly epoch: number };
  /** True when `losses` is the caller's buffer (see `epochBuffers.ts`), false when the run allocated it. */
  readonly reused: boolean;
}

/**
 * Plain batch gradient descent on a line, every epoch, in closed form. The MSE is the quadratic
 * `MSE* + ½·dᵀHd` in the distance d = θ − θ* from the least-squares line, so one epoch
 * `θ ← θ − learningRate·H·d` multiplies d by `I − learningRate·H`. Along each eigenvector vᵢ of H
 * (eigenvalue μᵢ) that is a multiplication by λᵢ = 1 − learningRate·μᵢ, hence after k epochs
 *
 *   θₖ = θ* + Σᵢ λᵢᵏ·(vᵢ·d₀)·vᵢ.
 *
 * λᵢᵏ is never a product of rounded λᵢ, whose rounding (≈1e−16 against a gap 1 − λ of 1e−5
 * in the synthetic lesson) would compound over 200 000 epochs to 1e−11. λᵢ = 1 − learningRate·μᵢ
 * is held exactly as a double-double, and so are its powers: a table of λʲ for j < 64, and
 * λᵏ at each block start, one double-double product by λ⁶⁴ from the block before. Every power
 * used is rounded twice (block start × table entry), and the epochs of a block do not depend on
 * each other: no loop-carried chain, unlike the step-by-step recurrence. Only +, −, × and √
 * are used (no exp or log, whose last bits differ between libraries), so the Python export
 * reproduces these doubles exactly.
 * The loss of each epoch is evaluated at that epoch's line with the statistics' formula
 * (`statisticsEvaluator`'s arithmetic), so it is what the step-by-step path reports for that line.
 *
 * The recorder's stopping rules are applied as the epochs are computed, in the recorder's order
 * (`optimisers/recordEpochs.ts`): an epoch whose loss explodes ends the run as diverged, then one
 * whose loss has settled within `tolerance` (when given) ends it as settled; nothing after the
 * stop is computed. The result is the one `recordEpochs` would give for a loop producing these
 * values, without a second pass over the epochs.
 *
 * Agrees with the step-by-step per-point loop to ~1e−15 on the published 200 000-epoch run
 * (checked by the property test against the per-point loop on random, badly scaled data).
 * Only the losses are stored, into the caller's `buffers.losses` when given (reused from run to
 * run, see `epochBuffers.ts`), else into one array of epochs + 1 entries; the line of any epoch
 * is computed again when read, in O(1), from the power of its block (two small arrays of
 * ⌊epochs/64⌋ + 1 entries, the caller's `buffers.blockPowers` when given). O(1) work per epoch
 * and no allocation in the loop, which is `writeEpochs` (closedFormEpochs.ts). Throws a RangeError when the loss buffer is too
 * short, nothing else for valid statistics and settings (checked by the callers).
 */
export function closedFormRun(
  stats: SufficientStatistics,
  start: Line,
  learningRate: number,
  epochs: number,
  tolerance?: number,
  buffers?: EpochBuffers,
): EpochSeries {
  // 2·e·r = e·(2r) exactly: doubling is exact, so both are the one rounding of the same product
  const twiceSlopeResidual = 2 * stats.slopeResidual;
  const { largest, smallest } = lineHessianEigen(stats);
  const bestIntercept = stats.responseMean - stats.bestSlope * stats.featureMean;
  const startInterceptGap = start.intercept - bestIntercept;
  const startSlopeGap = start.slope - stats.bestSlope;
  const recurrence: ClosedFormRecurrence = {
    fast: eigenSeries(largest, learningRate, startInterceptGap, startSlopeGap),
    slow: eigenSeries(smallest, learningRate, startInterceptGap, startSlopeGap),
    bestIntercept,
    bestSlope: stats.bestSlope,
    count: stats.count,
    featureMean: stats.featureMean,
    responseMean: stats.responseMean,
    sumCentredFeature: stats.sumCentredFeature,
    sumCentredResponse: stats.sumCentredResponse,
    featureSpread: stats.featureSpread,
    twiceSlopeResidual,
    minimalSumOfSquares: stats.minimalSumOfSquares,
  };

  const { losses, reused } = lossArray(epochs, buffers);
  const powers = blockPowersFor(epochs, buffers);
  const series = (reason: StopReason, epoch: number): EpochSeries => {
    // the line of the epochs kept (see EpochSeries); epoch 0 is the start itself, not θ* plus
    // its components (which round to within an ulp of it)
    const diverged = reason === 'diverged';
    const path = closedFormPath(
      recurrence,
      diverged && epoch === 0 ? ZERO_LINE : start,
      powers,
      diverged ? Math.max(1, epoch) : epoch + 1,
    );
    return { ...path, losses, stop: { reason, epoch }, reused };
  };
  const startingLoss = statisticsLoss(stats, start.intercept, start.slope);
  losses[0] = startingLoss;
  // isExploding(loss, startingLoss) is `!(loss <= limit)`: NaN and Infinity both fail the
  // comparison, since the limit is held at or below the largest double
  const limit = Math.min(EXPLOSION_FACTOR * Math.max(startingLoss, Number.MIN_VALUE), Number.MAX_VALUE);
  if (!(startingLoss <= limit)) return series('diverged', 0);
  const settles = tolerance !== undefined;
  const settleTolerance = tolerance ?? 0;
  const last = writeEpochs(recurrence, losses, powers, epochs, limit, settles, settleTolerance);
  // why the loop stopped at `last`, by its own tests in its order: divergence, then the tolerance
  if (!(losses[last]! <= limit)) return series('diverged', last);
  const previousLoss = losses[Math.max(0, last - 1)]!;
  const settled =
    settles &&
    last > 0 &&
    Math.abs(losses[last]! - previousLoss) <= settleTolerance * Math.max(previousLoss, Number.MIN_VALUE);
  return series(settled ? 'tolerance' : 'budget', last);
}

/** The statistics' MSE of a line, with the arithmetic of the loop above and of `statisticsEvaluator`. */
function statisticsLoss(stats: SufficientStatistics, intercept: number, slope: number): number {
  const slopeError = slope - stats.bestSlope;
  const meanOffset = stats.responseMean - intercept - slope * stats.featureMean;
  const centredResidualSum = stats.sumCentredResponse - slope * stats.sumCentredFeature;
  const sumSquaredResiduals =
    stats.minimalSumOfSquares +
    stats.featureSpread * slopeError * slopeError -
    2 * slopeError * stats.slopeResidual +
    2 * meanOffset * centredResidualSum +
    stats.count * meanOffset * meanOffset;
  return Math.max(0, sumSquaredResiduals) / stats.count;
}

/** One eigen-direction: its share of the starting gap, λʲ for j < BLOCK, and λ^BLOCK as a double-double. */
function eigenSeries(
  pair: { value: number; direction: { intercept: number; slope: number } },
  learningRate: number,
  interceptGap: number,
  slopeGap: number,
): EigenSeries {
  const { direction } = pair;
  const share = direction.intercept * interceptGap + direction.slope * slopeGap;
  const ratio = new Float64Array(2);
  twoSum(1, -(learningRate * pair.value), ratio); // λ = 1 − learningRate·μ, exactly
  const table = new Float64Array(BLOCK);
  const power = Float64Array.of(1, 0);
  for (let j = 0; j < BLOCK; j++) {
    table[j] = power[0]!;
    multiplyDoubleDouble(power[0]!, power[1]!, ratio[0]!, ratio[1]!, power);
  }
  return { intercept: share * direction.intercept, slope: share * direction.slope, table, stride: power };
}

/**
 * Both eigenpairs of the MSE Hessian `2·[[1, x̄], [x̄, mean(x²)]]`, largest first, as
 * `hessianEigenDecomposition` finds them but with √ in place of `Math.hypot` (whose last bit
 * differs between JavaScript engines and Python). Complexity O(1).
 */
function lineHessianEigen(stats: SufficientStatistics) {
  const variance = stats.featureSpread / stats.count;
  const mean = stats.featureMean;
  const b = 2 * mean;
  const c = 2 * (variance + mean * mean);
  const difference = 2 - c;
  const root = Math.sqrt(difference * difference + 4 * b * b);
  const largest = (2 + c + root) / 2;
  const smallest = (4 * variance) / largest;
  const [along, across] =
    root === 0 ? [1, 0] : difference >= 0 ? [(difference + root) / 2, b] : [b, (root - difference) / 2];
  const length = Math.sqrt(along * along + across * across);
  const intercept = along / length;
  const slope = across / length;
  return {
    largest: { value: largest, direction: { intercept, slope } },
    smallest: { value: smallest, direction: { intercept: -slope, slope: intercept } },
  };
}
