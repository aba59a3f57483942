/**
 * The stopping rule on the loss change between consecutive epochs: true when
 * `|current − previous| ≤ tolerance · max(previous, Number.MIN_VALUE)`.
 * The change is measured relative to the earlier loss, so one tolerance means the same on data
 * of any scale; the floor at the smallest positive double keeps a perfect fit (both losses 0)
 * from dividing by zero: there only an unchanged loss counts as settled.
 * A rise counts as much as a fall, so a run whose loss swings (momentum near a turn, a noisy
 * stochastic run) can also stop where two epochs happen to agree; and a stochastic run at a
 * fixed learning rate keeps jittering, so it may never settle. Complexity O(1).
 *
 * @example hasLossSettled(1, 0.9999995, 1e-6) // true: the loss moved by 5e−7 of itself
 */
export function hasLossSettled(previous: number, current: number, tolerance: number): boolean {
  return Math.abs(current - previous) <= tolerance * Math.max(previous, Number.MIN_VALUE);
}

/**
 * The first epoch k ≥ 1 at which {@link hasLossSettled}(losses[k−1], losses[k], tolerance),
 * searching epochs 1 … `lastEpoch`, or null if none. Complexity O(lastEpoch).
 */
export function firstSettledEpoch(
  losses: ArrayLike<number>,
  tolerance: number,
  lastEpoch = losses.length - 1,
): number | null {
  for (let epoch = 1; epoch <= lastEpoch; epoch++) {
    if (hasLossSettled(losses[epoch - 1]!, losses[epoch]!, tolerance)) return epoch;
  }
  return null;
}
