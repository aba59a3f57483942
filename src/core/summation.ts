/**
 * Pairwise summation, in the order of numpy's pairwise routine (which `np.sum` on a contiguous
 * float64 array follows up to 8192 values; numpy 1.24 adds longer arrays as 8192-value blocks
 * one after another, so there it can differ in the last bits).
 *
 * Blocks of up to 128 values are summed with eight interleaved accumulators that are then
 * combined as ((a0+a1)+(a2+a3))+((a4+a5)+(a6+a7)); longer ranges are split in two (the first
 * half a multiple of 8) and summed recursively. Rounding error grows like O(log n) instead of
 * O(n) for a plain loop, and because the order is numpy's, results match numpy bit for bit on
 * arrays of up to 8192 values, which is how the OLS coefficients reproduce the published doubles
 * exactly.
 *
 * Complexity O(n) time, O(log n) stack.
 *
 * @example pairwiseSum([0.1, 0.2, 0.3]) // 0.6000000000000001, as numpy gives
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, count = values.length - start): number {
  // pairwiseSumOf's structure with the values read directly, which the compiler can inline
  if (count < 8) {
    let total = 0;
    for (let i = start; i < start + count; i++) total += values[i]!;
    return total;
  }
  if (count <= 128) {
    let a0 = values[start]!,
      a1 = values[start + 1]!,
      a2 = values[start + 2]!,
      a3 = values[start + 3]!;
    let a4 = values[start + 4]!,
      a5 = values[start + 5]!,
      a6 = values[start + 6]!,
      a7 = values[start + 7]!;
    const blockEnd = start + count - (count % 8);
    let i = start + 8;
    for (; i < blockEnd; i += 8) {
      a0 += values[i]!;
      a1 += values[i + 1]!;
      a2 += values[i + 2]!;
      a3 += values[i + 3]!;
      a4 += values[i + 4]!;
      a5 += values[i + 5]!;
      a6 += values[i + 6]!;
      a7 += values[i + 7]!;
    }
    let total = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < start + count; i++) total += values[i]!;
    return total;
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return pairwiseSum(values, start, firstHalf) + pairwiseSum(values, start + firstHalf, count - firstHalf);
}

/**
 * {@link pairwiseSum} of `term(0) … term(count − 1)`, computed as they are needed: the same
 * additions in the same order (so the same double), without first storing the terms in an
 * array. On a million rows that saves an 8 MB allocation per sum, and the garbage collection
 * pauses that come with it.
 *
 * @example pairwiseSumOf(3, (i) => [0.1, 0.2, 0.3][i]) // 0.6000000000000001
 */
export function pairwiseSumOf(count: number, term: (index: number) => number, start = 0): number {
  if (count < 8) {
    let total = 0;
    for (let i = start; i < start + count; i++) total += term(i);
    return total;
  }
  if (count <= 128) {
    let a0 = term(start),
      a1 = term(start + 1),
      a2 = term(start + 2),
      a3 = term(start + 3);
    let a4 = term(start + 4),
      a5 = term(start + 5),
      a6 = term(start + 6),
      a7 = term(start + 7);
    const blockEnd = start + count - (count % 8);
    let i = start + 8;
    for (; i < blockEnd; i += 8) {
      a0 += term(i);
      a1 += term(i + 1);
      a2 += term(i + 2);
      a3 += term(i + 3);
      a4 += term(i + 4);
      a5 += term(i + 5);
      a6 += term(i + 6);
      a7 += term(i + 7);
    }
    let total = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < start + count; i++) total += term(i);
    return total;
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return pairwiseSumOf(firstHalf, term, start) + pairwiseSumOf(count - firstHalf, term, start + firstHalf);
}

/**
 * {@link pairwiseSum} of `values[i] − shift` over the whole array: the same double as
 * `pairwiseSumOf(values.length, (i) => values[i] − shift)`, without a call per value. Each block
 * of up to 128 differences is written into a scratch array by one tight loop, then added in
 * pairwiseSum's order. Complexity O(n); allocates nothing.
 *
 * @example pairwiseShiftedSum([1e15 + 0.5, 1e15 + 1], 1e15) // 1.5
 */
export function pairwiseShiftedSum(
  values: ArrayLike<number>,
  shift: number,
  start = 0,
  count = values.length - start,
): number {
  if (count <= SHIFTED_LEAF) {
    const terms = shiftedTerms;
    for (let k = 0; k < count; k++) terms[k] = values[start + k]! - shift;
    return pairwiseSum(terms, 0, count);
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return (
    pairwiseShiftedSum(values, shift, start, firstHalf) +
    pairwiseShiftedSum(values, shift, start + firstHalf, count - firstHalf)
  );
}

const SHIFTED_LEAF = 128;
/** Where {@link pairwiseShiftedSum} writes one block's differences (reused: it is synchronous). */
const shiftedTerms = new Float64Array(SHIFTED_LEAF);

/**
 * {@link pairwiseSumOf} with the terms written a block at a time: `writeTerms(start, count, out)`
 * must set `out[k]` to term `start + k` for k < count (count ≤ 128). The additions are
 * pairwiseSumOf's, so the result is the same double; the caller's loop runs once per block of up
 * to 128 terms instead of one closure call per term, which the compiler cannot inline once many
 * callers share the call. `writeTerms` must not itself call this function (the block array is
 * shared). Complexity O(n) plus the caller's work; allocates nothing.
 *
 * @example pairwiseSumOfBlocks(3, (start, count, out) => { for (let k = 0; k < count; k++) out[k] = start + k; }) // 3
 */
export function pairwiseSumOfBlocks(
  count: number,
  writeTerms: (start: number, count: number, out: Float64Array) => void,
  start = 0,
): number {
  if (count <= SHIFTED_LEAF) {
    const terms = blockTerms;
    writeTerms(start, count, terms);
    return pairwiseSum(terms, 0, count);
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return (
    pairwiseSumOfBlocks(firstHalf, writeTerms, start) +
    pairwiseSumOfBlocks(count - firstHalf, writeTerms, start + firstHalf)
  );
}

/** Where {@link pairwiseSumOfBlocks} has one block's terms written (reused: it is synchronous). */
const blockTerms = new Float64Array(128);

/** Arithmetic mean via {@link pairwiseSum}, matching numpy's `np.mean`. Throws on an empty array. */
export function pairwiseMean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError('pairwiseMean needs at least one value');
  return pairwiseSum(values) / values.length;
}
