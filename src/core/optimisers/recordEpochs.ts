import type { EpochSeries } from '../gradientDescent/closedFormRun';
import { isExploding } from '../gradientDescent/divergence';
import { type EpochArrays, type EpochBuffers, epochArrays, keptEntries } from '../gradientDescent/epochBuffers';
import type { GradientMethod } from '../gradientDescent/trajectory';
import type { Line } from '../line';
import type { OptimiserTrajectory, StopReason } from './settings';
import { hasLossSettled } from './toleranceStop';

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
  /** Arrays to write the epochs into instead of fresh ones (see `epochBuffers.ts`). */
  readonly buffers?: EpochBuffers;
}

/**
 * Drives an {@link EpochLoop} from the start line and records line and loss once an epoch,
 * with the same divergence rule as `runGradientDescent`: the first epoch whose loss is
 * non-finite or {@link isExploding} relative to the starting loss (or whose parameters are
 * non-finite) is reported as `divergence` and not stored, so every stored number is finite.
 * After storing epoch k ≥ 1 it stops if the loss has settled within the tolerance.
 * With `buffers` the epochs are written there and the trajectory's arrays are views of them.
 * Complexity O(epochs) plus the loop's own work; memory 24 bytes an epoch (none with buffers).
 */
export function recordEpochs(settings: RecordingSettings, loop: EpochLoop): OptimiserTrajectory {
  const { start, epochs, tolerance, method } = settings;
  const { intercepts, slopes, losses, reused } = epochArrays(epochs, settings.buffers);
  const parameters = Float64Array.of(start.intercept, start.slope);
  let startingLoss = 0;
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const loss = loop.lossAt(parameters);
    if (epoch === 0) startingLoss = loss;
    if (isExploding(loss, startingLoss) || !Number.isFinite(parameters[0]!) || !Number.isFinite(parameters[1]!)) {
      const lastEpoch = Math.max(0, epoch - 1);
      return finish({ intercepts, slopes, losses, reused }, lastEpoch, 'diverged', { epoch, loss }, method);
    }
    intercepts[epoch] = parameters[0]!;
    slopes[epoch] = parameters[1]!;
    losses[epoch] = loss;
    if (epoch > 0 && tolerance !== undefined && hasLossSettled(losses[epoch - 1]!, loss, tolerance)) {
      return finish({ intercepts, slopes, losses, reused }, epoch, 'tolerance', null, method);
    }
    if (epoch < epochs) loop.advance(parameters);
  }
  return finish({ intercepts, slopes, losses, reused }, epochs, 'budget', null, method);
}

/**
 * The trajectory of epochs computed all at once (the closed form of plain batch descent,
 * `gradientDescent/closedFormRun.ts`), which applies the same stopping rules as
 * {@link recordEpochs} while it computes: keeps the epochs up to the stop, and for a diverged
 * run reports the exploding epoch without keeping it. Gives the result `recordEpochs` would give
 * for a loop producing these values. The exploding epoch's loss is then set to 0, so that
 * reused buffers never hold a non-finite number, even past the end of the run they now hold.
 * The line is the series' own, computed when read (never stored, so nothing to trim or copy).
 * Complexity O(1) for a run that used its budget or wrote into the caller's buffers, O(kept
 * epochs) otherwise (a copy of the losses).
 */
export function recordComputedEpochs(series: EpochSeries, method: GradientMethod): OptimiserTrajectory {
  const { intercepts, slopes, losses, stop, reused } = series;
  let lastEpoch = stop.epoch;
  let divergence: OptimiserTrajectory['divergence'] = null;
  if (stop.reason === 'diverged') {
    divergence = { epoch: stop.epoch, loss: losses[stop.epoch]! };
    losses[stop.epoch] = 0;
    lastEpoch = Math.max(0, stop.epoch - 1);
  }
  return {
    intercepts,
    slopes,
    losses: keptEntries(losses, lastEpoch + 1, reused),
    lastEpoch,
    divergence,
    method,
    stop: { reason: stop.reason, epoch: lastEpoch },
  };
}

function finish(
  arrays: EpochArrays,
  lastEpoch: number,
  reason: StopReason,
  divergence: OptimiserTrajectory['divergence'],
  method: GradientMethod,
): OptimiserTrajectory {
  const length = lastEpoch + 1;
  const { intercepts, slopes, losses, reused } = arrays;
  return {
    intercepts: keptEntries(intercepts, length, reused),
    slopes: keptEntries(slopes, length, reused),
    losses: keptEntries(losses, length, reused),
    lastEpoch,
    divergence,
    method,
    stop: { reason, epoch: lastEpoch },
  };
}
