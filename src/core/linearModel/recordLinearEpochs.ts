import { type Divergence, isExploding } from '../gradientDescent/divergence';
import type { StopReason } from '../optimisers/settings';
import { hasLossSettled } from '../optimisers/toleranceStop';
import type { LinearEpochLoop, LinearGradientMethod } from './linearEpochLoops';

/**
 * Every epoch of a many-feature run: entry k of `intercepts`, of each `weights[j]` and of
 * `losses` is the model after k epochs and its full-data MSE (entry 0 the start). Every stored
 * number is finite; a run that blew up stops before the first bad epoch (`divergence`).
 */
export interface LinearTrajectory {
  readonly intercepts: Float64Array;
  /** One array per feature, in the problem's feature order. */
  readonly weights: readonly Float64Array[];
  readonly losses: Float64Array;
  readonly lastEpoch: number;
  readonly divergence: Divergence | null;
  readonly method: LinearGradientMethod;
  readonly stop: { readonly reason: StopReason; readonly epoch: number };
}

/**
 * Drives a loop from `start` = `[intercept, w₁, …]` and records every epoch, with the
 * one-feature recorder's rules: the first epoch whose loss is non-finite or a million times
 * the starting loss (or whose parameters are non-finite) is the divergence and is not kept;
 * after storing epoch k ≥ 1 the run stops if `hasLossSettled(loss[k−1], loss[k], tolerance)`.
 * Complexity O(epochs·p) plus the loop's work; memory 8·(p+2) bytes an epoch.
 */
export function recordLinearEpochs(
  start: Float64Array,
  epochs: number,
  tolerance: number | undefined,
  method: LinearGradientMethod,
  loop: LinearEpochLoop,
): LinearTrajectory {
  const size = start.length;
  const history = Array.from({ length: size }, () => new Float64Array(epochs + 1));
  const losses = new Float64Array(epochs + 1);
  const parameters = Float64Array.from(start);
  let startingLoss = 0;
  const finish = (lastEpoch: number, reason: StopReason, divergence: Divergence | null): LinearTrajectory => {
    const trim = (values: Float64Array) => (values.length === lastEpoch + 1 ? values : values.slice(0, lastEpoch + 1));
    return {
      intercepts: trim(history[0]!),
      weights: history.slice(1).map(trim),
      losses: trim(losses),
      lastEpoch,
      divergence,
      method,
      stop: { reason, epoch: lastEpoch },
    };
  };
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const loss = loop.lossAt(parameters);
    if (epoch === 0) startingLoss = loss;
    if (isExploding(loss, startingLoss) || !parameters.every(Number.isFinite)) {
      return finish(Math.max(0, epoch - 1), 'diverged', { epoch, loss });
    }
    for (let j = 0; j < size; j++) history[j]![epoch] = parameters[j]!;
    losses[epoch] = loss;
    if (epoch > 0 && tolerance !== undefined && hasLossSettled(losses[epoch - 1]!, loss, tolerance))
      return finish(epoch, 'tolerance', null);
    if (epoch < epochs) loop.advance(parameters);
  }
  return finish(epochs, 'budget', null);
}
