/**
 * Pairwise summation, in the same order as numpy's `np.sum` on a contiguous float64 array.
 *
 * Blocks of up to 128 values are summed with eight interleaved accumulators that are then
 * combined as ((a0+a1)+(a2+a3))+((a4+a5)+(a6+a7)); longer ranges are split in two (the first
 * half a multiple of 8) and summed recursively. Rounding error grows like O(log n) instead of
 * O(n) for a plain loop, and because the order is numpy's, results match numpy bit for bit,
 * which is how the OLS coefficients reproduce the published doubles exactly.
 *
 * Complexity O(n) time, O(log n) stack.
 *
 * @example pairwiseSum([0.1, 0.2, 0.3]) // 0.6000000000000001, as numpy gives
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, count = values.length - start): number {
  if (count < 8) {
    let total = 0;
    for (let i = start; i < start + count; i++) total += values[i]!;
    return total;
  }
  if (count <= 128) {
    let a0 = values[start]!, a1 = values[start + 1]!, a2 = values[start + 2]!, a3 = values[start + 3]!;
    let a4 = values[start + 4]!, a5 = values[start + 5]!, a6 = values[start + 6]!, a7 = values[start + 7]!;
    const blockEnd = start + count - (count % 8);
    let i = start + 8;
    for (; i < blockEnd; i += 8) {
      a0 += values[i]!; a1 += values[i + 1]!; a2 += values[i + 2]!; a3 += values[i + 3]!;
      a4 += values[i + 4]!; a5 += values[i + 5]!; a6 += values[i + 6]!; a7 += values[i + 7]!;
    }
    let total = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    for (; i < start + count; i++) total += values[i]!;
    return total;
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return pairwiseSum(values, start, firstHalf) + pairwiseSum(values, start + firstHalf, count - firstHalf);
}

/** Arithmetic mean via {@link pairwiseSum}, matching numpy's `np.mean`. Throws on an empty array. */
export function pairwiseMean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError('pairwiseMean needs at least one value');
  return pairwiseSum(values) / values.length;
}
