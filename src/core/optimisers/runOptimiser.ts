import { assertFittable } from '../columns';
import { closedFormRun } from '../gradientDescent/closedFormRun';
import { sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import { automaticGradientMethod } from '../gradientDescent/trajectory';
import { ZERO_LINE } from '../line';
import { fullBatchLoop, shuffledLoop, statisticsBatchLoop } from './epochLoops';
import { recordComputedEpochs, recordEpochs } from './recordEpochs';
import { assertValidSettings, batchSizeOf, type OptimiserRun, type OptimiserTrajectory } from './settings';
import { createUpdateRule } from './updateRules';

/**
 * Runs one optimisation (any flavour × any optimiser) from `start` (default the zero line)
 * and records the line and the full-data MSE after every epoch, entry 0 being the start.
 *
 * It stops at the first of: the epoch budget (`'budget'`); an epoch k ≥ 1 whose loss
 * changed by at most `tolerance` relative to epoch k−1 (`'tolerance'`, see `hasLossSettled`;
 * epoch k is kept); or a loss that is non-finite or a million times the starting loss
 * (`'diverged'`, the rule of `gradientDescent/divergence.ts`; that epoch is not kept).
 *
 * Batch runs use the textbook loss-and-gradient evaluation (per point in row order, or
 * sufficient statistics for long runs), so batch + plain gives the published numbers bit for
 * bit, exactly as `runGradientDescent`; one recorder (`recordEpochs`) applies the budget,
 * the tolerance and the divergence rule for every flavour and optimiser.
 * Mini-batch and stochastic runs update per batch in a freshly shuffled order every epoch;
 * the same seed gives the same run. Inputs are never modified.
 *
 * Complexity: O(epochs·n) for shuffled flavours and short batch runs, O(n + epochs) for long
 * batch runs; memory 24 bytes an epoch, or none when `buffers` are given (the trajectory's
 * arrays are then views of them).
 * Throws a DataError for unfittable data (unequal lengths, fewer than two points, non-finite
 * values; a constant feature on long runs) and a RangeError for impossible settings. Given
 * `statistics`, the data was checked when they were computed from it, so only its lengths are
 * compared again: a run on a million prepared rows starts in O(1), not with an O(n) pass. A long
 * batch run given `statistics` works from them alone and never reads `feature` or `response`
 * (a problem may make its scaled columns only when they are read).
 *
 * @example runOptimiser({ feature, response, learningRate: 0.1, epochs: 100,
 *   flavour: { kind: 'mini-batch', batchSize: 16, seed: 7 }, optimiser: { kind: 'momentum' } })
 */
export function runOptimiser(run: OptimiserRun): OptimiserTrajectory {
  const { learningRate, epochs, tolerance } = run;
  assertValidSettings(run);
  const flavour = run.flavour ?? { kind: 'batch' };
  const optimiser = run.optimiser ?? { kind: 'plain' };
  const start = run.start ?? ZERO_LINE;
  const given = run.statistics;
  const method = automaticGradientMethod(epochs, given ? given.count : run.feature.length);
  if (given && method === 'sufficient-statistics' && flavour.kind === 'batch') {
    // the statistics stand for the rows: neither column is read
    if (optimiser.kind === 'plain')
      return recordComputedEpochs(closedFormRun(given, start, learningRate, epochs, tolerance, run.buffers), method);
    const loop = statisticsBatchLoop(given, createUpdateRule(optimiser, learningRate));
    return recordEpochs({ start, epochs, tolerance, method, buffers: run.buffers }, loop);
  }
  const { feature, response } = run;
  const vouchedFor = given && feature.length === response.length && feature.length === given.count;
  if (!vouchedFor) assertFittable(feature, response);
  if (method === 'sufficient-statistics' && flavour.kind === 'batch' && optimiser.kind === 'plain') {
    // plain batch descent on statistics has a closed form: every epoch at once (closedFormRun.ts)
    const statistics = sufficientStatistics(feature, response);
    return recordComputedEpochs(closedFormRun(statistics, start, learningRate, epochs, tolerance, run.buffers), method);
  }
  const rule = createUpdateRule(optimiser, learningRate);
  const loop =
    flavour.kind === 'batch'
      ? fullBatchLoop(feature, response, method, rule, run.statistics)
      : shuffledLoop(
          Float64Array.from(feature),
          Float64Array.from(response),
          method,
          rule,
          batchSizeOf(flavour, feature.length),
          flavour.seed,
        );
  return recordEpochs({ start, epochs, tolerance, method, buffers: run.buffers }, loop);
}
