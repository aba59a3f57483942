import type { Trajectory } from './trajectory';

/** The CSV header of {@link trajectoryToCsv}. */
export const TRAJECTORY_CSV_HEADER = 'epoch,loss,intercept,slope';

/**
 * A trajectory's per-epoch log as CSV: the header `epoch,loss,intercept,slope`, then one row
 * per epoch from `fromEpoch` to `toEpoch` (default: all of them), each line ended by `\n`.
 * Numbers are written as JavaScript's shortest round-trip form, `String(x)` (e.g.
 * `0.21519198226718594`, `1e-7`), so reading them back with `Number`, numpy or pandas gives the
 * same doubles; `−0` is written `-0` to keep its sign. Complexity O(rows).
 * Throws a RangeError when an epoch is not a whole number, lies outside 0 … lastEpoch, or
 * `fromEpoch` exceeds `toEpoch`.
 *
 * @example trajectoryToCsv(runGradientDescent({ feature: [1, 2], response: [2, 4], learningRate: 0.1, epochs: 1 }))
 *   // "epoch,loss,intercept,slope\n0,10,0,0\n1,1.0599999999999998,0.6000000000000001,1\n"
 */
export function trajectoryToCsv(
  trajectory: Trajectory,
  range: { readonly fromEpoch?: number; readonly toEpoch?: number } = {},
): string {
  const { fromEpoch = 0, toEpoch = trajectory.lastEpoch } = range;
  for (const epoch of [fromEpoch, toEpoch]) {
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > trajectory.lastEpoch) {
      throw new RangeError(`Epoch ${epoch} is not in this run, which has epochs 0 to ${trajectory.lastEpoch}.`);
    }
  }
  if (fromEpoch > toEpoch) throw new RangeError('The first epoch of the log must not come after the last.');
  const lines = [TRAJECTORY_CSV_HEADER];
  for (let epoch = fromEpoch; epoch <= toEpoch; epoch++) {
    lines.push(
      `${epoch},${format(trajectory.losses[epoch]!)},${format(trajectory.intercepts.at(epoch)!)},${format(trajectory.slopes.at(epoch)!)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function format(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
