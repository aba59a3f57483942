/** Where and how a run blew up: the first epoch whose loss was non-finite or exploding. */
export interface Divergence {
  readonly epoch: number;
  /** The offending loss: Infinity, NaN, or a finite value a million times the starting loss. */
  readonly loss: number;
}

/** A loss this many times the starting loss counts as exploding. */
export const EXPLOSION_FACTOR = 1e6;

/**
 * True once the loss is non-finite or exceeds {@link EXPLOSION_FACTOR} × the starting loss.
 * A stable run only ever lowers the loss of a linear least-squares problem, so a million-fold
 * rise can only mean the steps overshoot further each epoch. Stopping there keeps plots
 * readable instead of stretching an axis to 1e300.
 */
export function isExploding(loss: number, startingLoss: number): boolean {
  if (!Number.isFinite(loss)) return true;
  return loss > EXPLOSION_FACTOR * Math.max(startingLoss, Number.MIN_VALUE);
}

/** A rise smaller than this fraction of the loss is rounding jitter at the minimum, not a rise. */
export const RISE_TOLERANCE = 1e-12;

/**
 * The first epoch at which the loss rose compared to the epoch before (by more than rounding
 * jitter), or null if it never did. For batch gradient descent on MSE that happens only when
 * the learning rate is past the stable limit, so it is the early warning before a divergence.
 * Complexity O(epochs).
 */
export function firstRiseInLoss(losses: ArrayLike<number>): number | null {
  for (let epoch = 1; epoch < losses.length; epoch++) {
    if (losses[epoch]! > losses[epoch - 1]! * (1 + RISE_TOLERANCE)) return epoch;
  }
  return null;
}
