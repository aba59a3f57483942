import { firstRiseInLoss } from '../core/gradientDescent/divergence';
import type { FitBasis, RunTrajectory } from './activeFit';
import type { FlavourKind } from './userSettings';

/**
 * The loss counts as converged once it is within this share of the minimum: one part in a
 * million, far below anything a plot or a table could show. For a perfect fit (minimum 0) the
 * share is taken of the response's variance instead.
 */
export const CONVERGENCE_TOLERANCE = 1e-6;

/**
 * What a whole run did, found in one pass when the run is computed, so that showing any epoch
 * of it afterwards (a frame of playback, a scrubber position) costs O(1), not O(epochs).
 */
export interface RunSummary {
  /** The first epoch whose loss is within {@link CONVERGENCE_TOLERANCE} of the least-squares minimum, or null. */
  readonly firstConvergedEpoch: number | null;
  /**
   * The first epoch at which the loss rose, for batch runs only (shuffled updates make the loss
   * wobble even at safe rates, so only a batch rise means overshoot), or null.
   */
  readonly firstRise: number | null;
}

/** True when `loss` is within {@link CONVERGENCE_TOLERANCE} of the problem's least-squares minimum. O(1). */
export function isConvergedLoss(problem: FitBasis, loss: number): boolean {
  const scale = problem.olsLoss > 0 ? problem.olsLoss : problem.responseVariance;
  return loss - problem.olsLoss <= CONVERGENCE_TOLERANCE * Math.max(scale, Number.MIN_VALUE);
}

/** Summarises a run of `problem`. Complexity O(epochs), once per trajectory. */
export function summariseRun(
  problem: FitBasis,
  trajectory: Pick<RunTrajectory, 'losses' | 'lastEpoch'>,
  flavourKind: FlavourKind,
): RunSummary {
  let firstConvergedEpoch: number | null = null;
  for (let epoch = 0; epoch <= trajectory.lastEpoch; epoch++) {
    if (isConvergedLoss(problem, trajectory.losses[epoch]!)) {
      firstConvergedEpoch = epoch;
      break;
    }
  }
  return { firstConvergedEpoch, firstRise: flavourKind === 'batch' ? firstRiseInLoss(trajectory.losses) : null };
}
