/** Leaves of the pairwise tree hold at most this many terms (numpy's blocking). */
const LEAF = 128;

/**
 * Many pairwise sums over the same rows at once, each with exactly the additions of
 * `pairwiseSumOf` (numpy's order): the rows are split as that function splits them, down to
 * leaves of at most 128 rows, where `leaf(start, size, out)` writes the `width` sums of rows
 * start … start+size−1 (each computed as `pairwiseDot`/`pairwiseSumOf` would on those rows);
 * each inner node then adds its halves' sums element by element. Because every sum's tree
 * depends on the row count alone, the results are the same doubles as separate calls, but the
 * data are read once for all of them instead of once per sum: the Gram matrix of ten columns
 * needs 66 sums over a million rows. Complexity O(N·width) plus the leaves' work; O(width·log N) memory.
 */
export function pairwiseBlockSums(
  count: number,
  width: number,
  leaf: (start: number, size: number, out: Float64Array) => void,
): Float64Array {
  const buffers: Float64Array[] = [];
  const bufferAt = (index: number) => {
    buffers[index] ??= new Float64Array(width);
    return buffers[index]!;
  };
  const out = new Float64Array(width);
  const recurse = (start: number, size: number, target: Float64Array, depth: number): void => {
    if (size <= LEAF) {
      leaf(start, size, target);
      return;
    }
    let firstHalf = Math.floor(size / 2);
    firstHalf -= firstHalf % 8;
    const left = bufferAt(2 * depth);
    const right = bufferAt(2 * depth + 1);
    recurse(start, firstHalf, left, depth + 1);
    recurse(start + firstHalf, size - firstHalf, right, depth + 1);
    for (let k = 0; k < width; k++) target[k] = left[k]! + right[k]!;
  };
  recurse(0, count, out, 0);
  return out;
}

/** A leaf-sized buffer per column, for copying (and centring) a leaf's rows into cache. */
export function leafBuffers(columns: number): Float64Array[] {
  return Array.from({ length: columns }, () => new Float64Array(LEAF));
}

/** 128 ones: `pairwiseDot(x, LEAF_ONES, 0, n)` is `pairwiseSum(x, 0, n)` exactly (x·1 = x). */
export const LEAF_ONES = new Float64Array(LEAF).fill(1);
