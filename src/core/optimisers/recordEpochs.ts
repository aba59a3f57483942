import { EXPLOSION_FACTOR, isExploding } from '../gradientDescent/divergence';
import type { GradientMethod } from '../gradientDescent/trajectory';
import type { Line } from '../line';
import type { OptimiserTrajectory, StopReason } from './settings';
import { firstSettledEpoch, hasLossSettled } from './toleranceStop';

/**
 * One flavour's epoch, seen from the recorder: `lossAt` gives the full-data MSE at
 * `parameters = [intercept, slope]`, and `advance` then moves them through one epoch of
 * updates in place. `lossAt` is called once before each `advance`, at the same parameters, so
 * a full-batch epoch may keep the gradient from that pass.
 */
export interface EpochLoop {
  lossAt(parameters: Float64Array): number;
  advance(parameters: Float64Array): void;
}

/** What {@link recordEpochs} needs besides the loop: where to start, the budget, the tolerance, and the evaluation method to report. */
export interface RecordingSettings {
  readonly start: Line;
  readonly epochs: number;
  readonly tolerance: number | undefined;
  readonly method: GradientMethod;
}

/**
 * Drives an {@link EpochLoop} from the start line and records line and loss once an epoch,
 * with the same divergence rule as `runGradientDescent`: the first epoch whose loss is
 * non-finite or {@link isExploding} relative to the starting loss (or whose parameters are
 * non-finite) is reported as `divergence` and not stored, so every stored number is finite.
 * After storing epoch k ≥ 1 it stops if the loss has settled within the tolerance.
 * Complexity O(epochs) plus the loop's own work; memory 24 bytes an epoch.
 */
export function recordEpochs(settings: RecordingSettings, loop: EpochLoop): OptimiserTrajectory {
  const { start, epochs, tolerance, method } = settings;
  const intercepts = new Float64Array(epochs + 1);
  const slopes = new Float64Array(epochs + 1);
  const losses = new Float64Array(epochs + 1);
  const parameters = Float64Array.of(start.intercept, start.slope);
  let startingLoss = 0;
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const loss = loop.lossAt(parameters);
    if (epoch === 0) startingLoss = loss;
    if (isExploding(loss, startingLoss) || !Number.isFinite(parameters[0]!) || !Number.isFinite(parameters[1]!)) {
      const lastEpoch = Math.max(0, epoch - 1);
      return finish(intercepts, slopes, losses, lastEpoch, 'diverged', { epoch, loss }, method);
    }
    intercepts[epoch] = parameters[0]!;
    slopes[epoch] = parameters[1]!;
    losses[epoch] = loss;
    if (epoch > 0 && tolerance !== undefined && hasLossSettled(losses[epoch - 1]!, loss, tolerance)) {
      return finish(intercepts, slopes, losses, epoch, 'tolerance', null, method);
    }
    if (epoch < epochs) loop.advance(parameters);
  }
  return finish(intercepts, slopes, losses, epochs, 'budget', null, method);
}

/**
 * The same recording rules as {@link recordEpochs} applied to epochs computed all at once (the
 * closed form of plain batch descent, `gradientDescent/closedFormRun.ts`): scans for the first
 * exploding or non-finite epoch and the first settled one before it, and keeps the epochs up to the stop.
 * Gives the result `recordEpochs` would give for a loop producing these values. Complexity O(epochs).
 */
export function recordComputedEpochs(
  series: { intercepts: Float64Array; slopes: Float64Array; losses: Float64Array },
  settings: Pick<RecordingSettings, 'epochs' | 'tolerance' | 'method'>,
): OptimiserTrajectory {
  const { intercepts, slopes, losses } = series;
  const { epochs, tolerance, method } = settings;
  // isExploding written out, since this scan runs once per epoch of long runs. A non-finite
  // intercept or slope always makes the statistics' loss non-finite too, so the loss alone is read.
  const limit = EXPLOSION_FACTOR * Math.max(losses[0]!, Number.MIN_VALUE);
  let stop = epochs + 1;
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const loss = losses[epoch]!;
    if (!(loss <= limit) || loss === Infinity) {
      stop = epoch;
      break;
    }
  }
  const settled = tolerance === undefined ? null : firstSettledEpoch(losses, tolerance, Math.min(stop - 1, epochs));
  if (settled !== null) return finish(intercepts, slopes, losses, settled, 'tolerance', null, method);
  if (stop <= epochs) {
    const loss = losses[stop]!;
    if (stop === 0) intercepts[0] = slopes[0] = losses[0] = 0;
    return finish(intercepts, slopes, losses, Math.max(0, stop - 1), 'diverged', { epoch: stop, loss }, method);
  }
  return finish(intercepts, slopes, losses, epochs, 'budget', null, method);
}

function finish(
  intercepts: Float64Array,
  slopes: Float64Array,
  losses: Float64Array,
  lastEpoch: number,
  reason: StopReason,
  divergence: OptimiserTrajectory['divergence'],
  method: GradientMethod,
): OptimiserTrajectory {
  const length = lastEpoch + 1;
  const trim = (values: Float64Array) => (values.length === length ? values : values.slice(0, length));
  return {
    intercepts: trim(intercepts),
    slopes: trim(slopes),
    losses: trim(losses),
    lastEpoch,
    divergence,
    method,
    stop: { reason, epoch: lastEpoch },
  };
}
