import { assertFittable } from '../columns';
import { chooseGradientMethod, runGradientDescent } from '../gradientDescent/trajectory';
import { ZERO_LINE } from '../line';
import { fullBatchLoop, shuffledLoop } from './epochLoops';
import { recordEpochs } from './recordEpochs';
import { assertValidSettings, batchSizeOf, type OptimiserRun, type OptimiserTrajectory } from './settings';
import { firstSettledEpoch } from './toleranceStop';
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
 * Batch + plain is delegated to `runGradientDescent`, so its numbers are the published ones
 * bit for bit; a tolerance only cuts that trajectory short. Batch + momentum or Adam uses the
 * same loss-and-gradient evaluation (per point, or sufficient statistics for long runs).
 * Mini-batch and stochastic runs update per batch in a freshly shuffled order every epoch;
 * the same seed gives the same run. Inputs are never modified.
 *
 * Complexity: O(epochs·n) for shuffled flavours and short batch runs, O(n + epochs) for long
 * batch runs; memory 24 bytes an epoch.
 * Throws a DataError for unfittable data (unequal lengths, fewer than two points, non-finite
 * values; a constant feature on long runs) and a RangeError for impossible settings.
 *
 * @example runOptimiser({ feature, response, learningRate: 0.1, epochs: 100,
 *   flavour: { kind: 'mini-batch', batchSize: 16, seed: 7 }, optimiser: { kind: 'momentum' } })
 */
export function runOptimiser(run: OptimiserRun): OptimiserTrajectory {
  const { feature, response, learningRate, epochs, tolerance } = run;
  assertFittable(feature, response);
  assertValidSettings(run);
  const flavour = run.flavour ?? { kind: 'batch' };
  const optimiser = run.optimiser ?? { kind: 'plain' };
  const start = run.start ?? ZERO_LINE;

  if (flavour.kind === 'batch' && optimiser.kind === 'plain') return delegateToGradientDescent(run);

  const method = chooseGradientMethod({ feature, epochs });
  const rule = createUpdateRule(optimiser, learningRate);
  const features = Float64Array.from(feature);
  const responses = Float64Array.from(response);
  const loop =
    flavour.kind === 'batch'
      ? fullBatchLoop(features, responses, method, rule)
      : shuffledLoop(features, responses, method, rule, batchSizeOf(flavour, features.length), flavour.seed);
  return recordEpochs({ start, epochs, tolerance, method }, loop);
}

function delegateToGradientDescent(run: OptimiserRun): OptimiserTrajectory {
  const { feature, response, learningRate, epochs, tolerance } = run;
  const path = runGradientDescent({
    feature,
    response,
    learningRate,
    epochs,
    start: run.start,
    statistics: run.statistics,
  });
  const settled = tolerance === undefined ? null : firstSettledEpoch(path.losses, tolerance, path.lastEpoch);
  if (settled !== null) {
    const length = settled + 1;
    return {
      intercepts: path.intercepts.slice(0, length),
      slopes: path.slopes.slice(0, length),
      losses: path.losses.slice(0, length),
      lastEpoch: settled,
      divergence: null,
      method: path.method,
      stop: { reason: 'tolerance', epoch: settled },
    };
  }
  return { ...path, stop: { reason: path.divergence ? 'diverged' : 'budget', epoch: path.lastEpoch } };
}
