import { columnRange } from './columns';
import { pairwiseShiftedSum } from './summation';

/**
 * A column counts as far from zero when its nearest value to zero is more than this many times
 * its range. Below it, sums taken the plain way lose at most four bits, and the published
 * numbers (numpy's order, no shift) are kept bit for bit.
 */
export const FAR_FROM_ZERO_RATIO = 16;

/**
 * True when every value of a column with range `max − min` sits further from zero than
 * {@link FAR_FROM_ZERO_RATIO} ranges, on one side of it. Such a column's deviations from its
 * mean are small differences of large numbers.
 */
export function isFarFromZero(min: number, max: number): boolean {
  const nearest = min > 0 ? min : max < 0 ? -max : 0;
  return nearest > FAR_FROM_ZERO_RATIO * (max - min);
}

/**
 * The value to subtract from a column before summing it: its smallest value when the column is
 * far from zero (see {@link isFarFromZero}), else 0. Every value then lies within a factor of
 * two of the shift, so `value − shift` is exact (Sterbenz's lemma) and the sums that follow
 * see only the small differences, however large the common offset. O(n). Throws on an empty
 * column.
 *
 * @example summationShift([1e15, 1e15 + 0.125, 1e15 + 0.25]) // 1e15
 * @example summationShift([0.2, 0.7, 1]) // 0
 */
export function summationShift(values: ArrayLike<number>): number {
  const { min, max } = columnRange(values);
  return isFarFromZero(min, max) ? min : 0;
}

/**
 * A column's mean as `shift + shiftedMean`, where `shiftedMean` is the pairwise mean of
 * `value − shift`. With shift 0 this is numpy's `np.mean` bit for bit; with a shift the mean
 * of a column near 1e15 that varies by 0.125 keeps every digit of its small part. O(n).
 */
export function shiftedMean(values: ArrayLike<number>): { shift: number; shiftedMean: number; mean: number } {
  const shift = summationShift(values);
  const mean = pairwiseShiftedSum(values, shift) / values.length;
  return { shift, shiftedMean: mean, mean: shift + mean };
}
