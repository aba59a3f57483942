import { assertFittable } from '../columns';
import { type Line, ZERO_LINE } from '../line';
import { fullBatchLoop } from '../optimisers/epochLoops';
import { recordComputedEpochs, recordEpochs } from '../optimisers/recordEpochs';
import { createUpdateRule } from '../optimisers/updateRules';
import { assertEpochCount, assertLearningRate, assertStartLine } from '../runChecks';
import { closedFormRun } from './closedFormRun';
import type { Divergence } from './divergence';
import type { EpochBuffers } from './epochBuffers';
import type { EpochValues } from './epochValues';
import { type SufficientStatistics, sufficientStatistics } from './sufficientStatistics';

/**
 * Every epoch of one gradient-descent run. Entry k holds the line after k epochs and its MSE,
 * so entry 0 is the starting line. A run that diverges stops before the first bad epoch:
 * every stored number is finite. The losses are an array; the line is read with
 * `intercepts.at(k)` and `slopes.at(k)`: arrays for step-by-step runs, computed when read
 * for closed-form runs (`closedFormLine.ts`), which store no line.
 */
export interface Trajectory {
  readonly intercepts: EpochValues;
  readonly slopes: EpochValues;
  readonly losses: Float64Array;
  /** The last epoch stored: the epoch budget, or the last finite epoch of a diverged run. */
  readonly lastEpoch: number;
  readonly divergence: Divergence | null;
  readonly method: GradientMethod;
}

/**
 * How the loss and gradient are evaluated each epoch: `per-point` loops over every point
 * (O(n) an epoch, the textbook arithmetic, bit-for-bit with published results);
 * `sufficient-statistics` uses a handful of precomputed sums (O(1) an epoch, agrees to
 * ~1e−15 relative). `auto` picks the per-point loop while epochs × points ≤ {@link PER_POINT_WORK_LIMIT}.
 */
export type GradientMethod = 'per-point' | 'sufficient-statistics';

/** Above this many point-evaluations (≈ 3 ms) a run switches to sufficient statistics. */
export const PER_POINT_WORK_LIMIT = 2_000_000;

export interface GradientDescentRun {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  readonly learningRate: number;
  readonly epochs: number;
  readonly start?: Line;
  readonly method?: GradientMethod | 'auto';
  /** Statistics already computed from exactly these two arrays, to save a pass over the data. */
  readonly statistics?: SufficientStatistics;
  /** Arrays to write the epochs into (at least epochs + 1 entries each), reused from run to run; omit for fresh arrays. */
  readonly buffers?: EpochBuffers;
}

/** The line at `epoch` (rounded, clamped to 0 … lastEpoch) of a trajectory. Complexity O(1). */
export function lineAtEpoch(trajectory: Trajectory, epoch: number): Line {
  const index = Math.max(0, Math.min(trajectory.lastEpoch, Math.round(epoch)));
  return { intercept: trajectory.intercepts.at(index)!, slope: trajectory.slopes.at(index)! };
}

/**
 * Runs batch gradient descent for a fixed number of epochs and records the whole path.
 * Each epoch evaluates the MSE and its gradient at the current line, stores them, then steps
 * `θ ← θ − learningRate·∇MSE`. Stops early, recording where, once the loss is non-finite or
 * has grown a million-fold (the recorder's divergence rule, `optimisers/recordEpochs.ts`).
 * With sufficient statistics the epochs come from the closed form of the recurrence
 * (`closedFormRun.ts`), O(1) each and independent of one another.
 * Complexity O(epochs·n) per-point, O(n + epochs) with sufficient statistics; memory 24 bytes
 * an epoch per-point (8 with sufficient statistics, which store only the losses), or none when
 * `buffers` are given (the trajectory's arrays are then views of them).
 * Throws a DataError for unfittable data, a RangeError for a non-positive or non-finite
 * learning rate or a negative epoch count.
 */
export function runGradientDescent(run: GradientDescentRun): Trajectory {
  const { feature, response, learningRate, epochs } = run;
  assertFittable(feature, response);
  assertLearningRate(learningRate);
  assertEpochCount(epochs);
  assertStartLine(run.start);
  const method = chooseGradientMethod(run);
  if (method === 'sufficient-statistics') {
    const statistics = run.statistics ?? sufficientStatistics(feature, response);
    const series = closedFormRun(statistics, run.start ?? ZERO_LINE, learningRate, epochs, undefined, run.buffers);
    return recordComputedEpochs(series, method);
  }
  const loop = fullBatchLoop(
    feature,
    response,
    method,
    createUpdateRule({ kind: 'plain' }, learningRate),
    run.statistics,
  );
  const settings = { start: run.start ?? ZERO_LINE, epochs, tolerance: undefined, method, buffers: run.buffers };
  return recordEpochs(settings, loop);
}

/**
 * The evaluation method a run of this size uses: the one asked for, or for `auto` the
 * per-point loop while epochs × points ≤ {@link PER_POINT_WORK_LIMIT}. Complexity O(1).
 */
export function chooseGradientMethod(run: Pick<GradientDescentRun, 'feature' | 'epochs' | 'method'>): GradientMethod {
  if (run.method && run.method !== 'auto') return run.method;
  return automaticGradientMethod(run.epochs, run.feature.length);
}

/** The method `auto` chooses for `epochs` epochs over `rows` points (see {@link chooseGradientMethod}). O(1). */
export function automaticGradientMethod(epochs: number, rows: number): GradientMethod {
  return epochs * rows <= PER_POINT_WORK_LIMIT ? 'per-point' : 'sufficient-statistics';
}
