import type { Divergence } from '../core/gradientDescent/divergence';
import type { EpochValues } from '../core/gradientDescent/epochValues';
import type { StopReason } from '../core/optimisers/settings';

/**
 * What every view of a run needs, whichever model produced it (the one-feature line or the
 * weight vector): the loss per epoch, where the run ended and why.
 */
export interface RunTrajectory {
  /** The intercept per epoch, read with `at(k)` (the one-feature line computes it when read). */
  readonly intercepts: EpochValues;
  /** The line's slope per epoch, for the one-feature model only. */
  readonly slopes?: EpochValues;
  readonly losses: Float64Array;
  readonly lastEpoch: number;
  readonly divergence: Divergence | null;
  readonly stop: { readonly reason: StopReason; readonly epoch: number };
}

/** What judging a run needs from its problem, whichever model it is. */
export interface FitBasis {
  /** MSE of the least-squares answer in working units. */
  readonly olsLoss: number;
  /** MSE of the flat model at the mean response (working units). */
  readonly responseVariance: number;
  /** 2/λmax: batch gradient descent converges below this learning rate. */
  readonly stableLearningRate: number;
  /** Rows used by the fit. */
  readonly rowCount: number;
  /** λmax/λmin of the loss's Hessian, when known: how many times slower the slowest direction converges. */
  readonly hessianConditionNumber?: number;
}
