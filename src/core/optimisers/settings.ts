import type { EpochBuffers } from '../gradientDescent/epochBuffers';
import type { SufficientStatistics } from '../gradientDescent/sufficientStatistics';
import type { Trajectory } from '../gradientDescent/trajectory';
import type { Line } from '../line';
import { assertEpochCount, assertLearningRate, assertStartLine } from '../runChecks';

/**
 * Which points feed each update. `batch`: all of them, one update an epoch. `mini-batch`:
 * the epoch's shuffled order cut into consecutive batches of `batchSize` points (the last one
 * may be smaller; a batch size above the number of points means one batch of all of them), one
 * update a batch. `stochastic`: mini-batches of one point. The shuffled flavours draw every
 * epoch's order from `createRandomSource(seed)`, so a seed fixes the run (seeds are taken
 * modulo 2³², as that generator does).
 */
export type Flavour =
  | { readonly kind: 'batch' }
  | { readonly kind: 'mini-batch'; readonly batchSize: number; readonly seed: number }
  | { readonly kind: 'stochastic'; readonly seed: number };

/**
 * How a gradient becomes a step (see `updateRules.ts` for the exact formulas).
 * `momentum` is the heavy-ball coefficient β; Adam's decays are β₁ and β₂ of Kingma & Ba.
 */
export type Optimiser =
  | { readonly kind: 'plain' }
  | { readonly kind: 'momentum'; readonly momentum?: number }
  | {
      readonly kind: 'adam';
      readonly firstMomentDecay?: number;
      readonly secondMomentDecay?: number;
      readonly epsilon?: number;
    };

/** The usual heavy-ball coefficient. */
export const DEFAULT_MOMENTUM = 0.9;

/** Kingma & Ba's suggested defaults: β₁ = 0.9, β₂ = 0.999, ε = 1e−8. */
export const DEFAULT_ADAM = Object.freeze({ firstMomentDecay: 0.9, secondMomentDecay: 0.999, epsilon: 1e-8 });

/** Everything that defines one optimisation run. Omitted fields mean batch, plain, from the zero line, no tolerance. */
export interface OptimiserRun {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  readonly learningRate: number;
  /** The epoch budget: the run stops after this many epochs at the latest. */
  readonly epochs: number;
  readonly start?: Line;
  readonly flavour?: Flavour;
  readonly optimiser?: Optimiser;
  /** Relative loss change at or below which the run stops (see `hasLossSettled`); omit to run the whole budget. */
  readonly tolerance?: number;
  /** Statistics already computed from exactly these two arrays (batch descent uses them to skip a pass). */
  readonly statistics?: SufficientStatistics;
  /** Arrays to write the epochs into (at least epochs + 1 entries each), reused from run to run; omit for fresh arrays. */
  readonly buffers?: EpochBuffers;
}

/** Why a run ended: its budget ran out, the loss settled within the tolerance, or it blew up. */
export type StopReason = 'budget' | 'tolerance' | 'diverged';

/**
 * A {@link Trajectory} (one entry per epoch, entry 0 the start, full-data MSE) plus why it
 * ended. `stop.epoch` is the last epoch recorded, equal to `lastEpoch`; for a diverged run
 * `divergence.epoch` (one later) is the first epoch whose loss exploded. `method` says how the
 * recorded loss (and, for batch runs, the gradient) was evaluated.
 */
export interface OptimiserTrajectory extends Trajectory {
  readonly stop: { readonly reason: StopReason; readonly epoch: number };
}

/** Points per update for a flavour on `count` points. Complexity O(1). */
export function batchSizeOf(flavour: Flavour, count: number): number {
  if (flavour.kind === 'batch') return count;
  if (flavour.kind === 'stochastic') return 1;
  return Math.min(flavour.batchSize, count);
}

/** Throws a RangeError naming the first setting that cannot run. Data are checked elsewhere. Complexity O(1). */
export function assertValidSettings(run: OptimiserRun): void {
  const { learningRate, epochs, tolerance, flavour, optimiser, start } = run;
  assertStartLine(start);
  assertLearningRate(learningRate);
  assertEpochCount(epochs);
  if (tolerance !== undefined && !(tolerance >= 0 && Number.isFinite(tolerance)))
    throw new RangeError('The tolerance must be a finite number, zero or more.');
  if (flavour && flavour.kind !== 'batch' && !Number.isSafeInteger(flavour.seed))
    throw new RangeError('The seed must be a whole number.');
  if (flavour?.kind === 'mini-batch' && !(Number.isInteger(flavour.batchSize) && flavour.batchSize >= 1)) {
    throw new RangeError('The batch size must be a whole number, one or more.');
  }
  if (optimiser?.kind === 'momentum') assertDecay(optimiser.momentum ?? DEFAULT_MOMENTUM, 'The momentum');
  if (optimiser?.kind === 'adam') {
    assertDecay(optimiser.firstMomentDecay ?? DEFAULT_ADAM.firstMomentDecay, "Adam's first-moment decay β₁");
    assertDecay(optimiser.secondMomentDecay ?? DEFAULT_ADAM.secondMomentDecay, "Adam's second-moment decay β₂");
    const epsilon = optimiser.epsilon ?? DEFAULT_ADAM.epsilon;
    if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new RangeError("Adam's ε must be a positive number.");
  }
}

function assertDecay(value: number, name: string): void {
  if (!(value >= 0 && value < 1)) throw new RangeError(`${name} must lie in [0, 1).`);
}
