/**
 * Error-free transformations and a little double-double arithmetic (Dekker 1971, Knuth TAOCP
 * vol. 2, Hida–Li–Bailey's QD library). A double-double is an unevaluated sum `hi + lo` of two
 * doubles with |lo| ≤ ½ulp(hi): about 32 significant digits, enough to compute the residuals of
 * an ill-conditioned least-squares problem without the cancellation that ruins them in doubles.
 *
 * Results come back through a two-slot scratch array (`[hi, lo]`) supplied by the caller, so
 * hot loops allocate nothing. Every function here is exact or within a few units of 2⁻¹⁰⁴
 * relative; none throws. Overflow (values beyond ~1e300) is not guarded.
 */

/** Veltkamp's splitting constant 2²⁷ + 1: splits a double into two 26-bit halves. */
const SPLITTER = 134217729;

/**
 * TwoSum (Knuth): `a + b = hi + lo` exactly, with hi = fl(a + b). Six additions, no branch,
 * valid for any order of magnitude. Writes [hi, lo] into `out`.
 */
export function twoSum(a: number, b: number, out: Float64Array): void {
  const sum = a + b;
  const bVirtual = sum - a;
  const aVirtual = sum - bVirtual;
  out[0] = sum;
  out[1] = a - aVirtual + (b - bVirtual);
}

/**
 * TwoProduct by Dekker's splitting: `a · b = hi + lo` exactly, with hi = fl(a·b). Each factor
 * is split into a high half of 26 bits and a low half, whose partial products are exact in
 * doubles. (JavaScript has no fused multiply-add, which would make this two operations.)
 */
export function twoProduct(a: number, b: number, out: Float64Array): void {
  const product = a * b;
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  out[0] = product;
  out[1] = aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}

const pieces = new Float64Array(2);

/**
 * Double-double sum `(aHi + aLo) + (bHi + bLo)`, renormalised into [hi, lo] (the "accurate"
 * addition of QD: two TwoSums, relative error ≈ 2⁻¹⁰⁴ even when the operands cancel).
 */
export function addDoubleDouble(aHi: number, aLo: number, bHi: number, bLo: number, out: Float64Array): void {
  twoSum(aHi, bHi, pieces);
  const sumHi = pieces[0]!;
  const sumLo = pieces[1]!;
  twoSum(aLo, bLo, pieces);
  const tailLo = pieces[1]!;
  quickTwoSum(sumHi, sumLo + pieces[0]!, pieces);
  quickTwoSum(pieces[0]!, pieces[1]! + tailLo, out);
}

/** Fast TwoSum for |a| ≥ |b| (or a = 0): `a + b = hi + lo` exactly in three operations. */
export function quickTwoSum(a: number, b: number, out: Float64Array): void {
  const sum = a + b;
  out[1] = b - (sum - a);
  out[0] = sum;
}

/**
 * Double-double product `(aHi + aLo) · (bHi + bLo)`, dropping only aLo·bLo (≈ 2⁻¹⁰⁶ relative):
 * TwoProduct of the high parts plus the two cross terms, renormalised into [hi, lo].
 */
export function multiplyDoubleDouble(aHi: number, aLo: number, bHi: number, bLo: number, out: Float64Array): void {
  twoProduct(aHi, bHi, pieces);
  const hi = pieces[0]!;
  const lo = pieces[1]! + (aHi * bLo + aLo * bHi);
  const renormalised = hi + lo;
  out[1] = lo - (renormalised - hi);
  out[0] = renormalised;
}
