/**
 * `Σ a[start+i]·b[start+i]` for i < count, added in numpy's pairwise order: exactly the
 * additions of `pairwiseSumOf(count, i => a[i]·b[i])` (blocks of up to 128 products in eight
 * interleaved accumulators, longer ranges halved at a multiple of 8), written out on typed
 * arrays so that the epoch loops of a many-feature model pay no closure call per product.
 * `b` may be `a` (a sum of squares). Complexity O(count) time, O(log count) stack.
 *
 * @example pairwiseDot(Float64Array.of(1, 2), Float64Array.of(3, 4)) // 11
 */
export function pairwiseDot(a: Float64Array, b: Float64Array, start = 0, count = a.length - start): number {
  if (count < 8) {
    let total = 0;
    for (let i = start; i < start + count; i++) total += a[i]! * b[i]!;
    return total;
  }
  if (count <= 128) {
    let a0 = a[start]! * b[start]!,
      a1 = a[start + 1]! * b[start + 1]!;
    let a2 = a[start + 2]! * b[start + 2]!,
      a3 = a[start + 3]! * b[start + 3]!;
    let a4 = a[start + 4]! * b[start + 4]!,
      a5 = a[start + 5]! * b[start + 5]!;
    let a6 = a[start + 6]! * b[start + 6]!,
      a7 = a[start + 7]! * b[start + 7]!;
    const blockEnd = start + count - (count % 8);
    let i = start + 8;
    for (; i < blockEnd; i += 8) {
      a0 += a[i]! * b[i]!;
      a1 += a[i + 1]! * b[i + 1]!;
      a2 += a[i + 2]! * b[i + 2]!;
      a3 += a[i + 3]! * b[i + 3]!;
      a4 += a[i + 4]! * b[i + 4]!;
      a5 += a[i + 5]! * b[i + 5]!;
      a6 += a[i + 6]! * b[i + 6]!;
      a7 += a[i + 7]! * b[i + 7]!;
    }
    let total = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < start + count; i++) total += a[i]! * b[i]!;
    return total;
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return pairwiseDot(a, b, start, firstHalf) + pairwiseDot(a, b, start + firstHalf, count - firstHalf);
}
