import { pairwiseSum } from '../summation';

/**
 * The pairwise sums behind the sufficient statistics, each term computed inline from the two
 * columns. With dx = (x − xShift) − xMean and dy = (y − yShift) − yMean, a sum is one of
 * Σdx, Σdy, Σdx², Σdx·dy, Σdy² or Σ(dy − slope·dx)².
 *
 * The additions are those of `pairwiseSumOf` (numpy's pairwise order: blocks of up to 128
 * terms in eight interleaved accumulators, longer ranges split in two with the first half a
 * multiple of 8), and each term is the same expression, so every sum is the same double as
 * `pairwiseSumOf(count, term)`. What differs is speed: `pairwiseSumOf` calls its term through a
 * closure, and with many callers that call cannot be inlined; here each block of up to 128
 * terms is written by a tight loop of its own kind, then added as `pairwiseSum` adds.
 * Complexity O(n) time, O(log n) stack; allocates nothing.
 */

/** Which sum, by the term of row i. */
export const CentredTerm = {
  /** dx */
  Feature: 0,
  /** dy */
  Response: 1,
  /** dx·dx */
  FeatureSquare: 2,
  /** dx·dy */
  Product: 3,
  /** dy·dy */
  ResponseSquare: 4,
  /** (dy − slope·dx)² */
  ResidualSquare: 5,
} as const;
export type CentredTerm = (typeof CentredTerm)[keyof typeof CentredTerm];

/** Two columns and the shift and shifted mean to subtract from each (see `centring.ts`). */
export interface CentredColumns {
  readonly feature: ArrayLike<number>;
  readonly featureShift: number;
  readonly featureMean: number;
  readonly response: ArrayLike<number>;
  readonly responseShift: number;
  readonly responseMean: number;
}

/**
 * The pairwise sum of the chosen term over rows `start … start + count − 1` (all rows by
 * default); `slope` is read only by {@link CentredTerm.ResidualSquare}. Throws nothing.
 */
export function centredPairwiseSum(
  columns: CentredColumns,
  kind: CentredTerm,
  slope = 0,
  start = 0,
  count = columns.feature.length - start,
): number {
  if (count <= LEAF) {
    // the terms of one leaf, in a tight loop per kind, then pairwiseSum's additions over them
    writeTerms(columns, kind, slope, start, count);
    return pairwiseSum(leafTerms, 0, count);
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  return (
    centredPairwiseSum(columns, kind, slope, start, firstHalf) +
    centredPairwiseSum(columns, kind, slope, start + firstHalf, count - firstHalf)
  );
}

/** The longest range pairwise summation adds without splitting it. */
const LEAF = 128;
/** Where a leaf's terms are written before they are added (reused: the sums are synchronous). */
const leafTerms = new Float64Array(LEAF);

/** Writes the terms of rows `start … start + count − 1` into {@link leafTerms}, each written as `sufficientStatistics` always wrote it. */
function writeTerms(columns: CentredColumns, kind: CentredTerm, slope: number, start: number, count: number): void {
  const { feature: x, featureShift: xs, featureMean: xm, response: y, responseShift: ys, responseMean: ym } = columns;
  const terms = leafTerms;
  switch (kind) {
    case CentredTerm.Feature:
      for (let k = 0; k < count; k++) terms[k] = x[start + k]! - xs - xm;
      return;
    case CentredTerm.Response:
      for (let k = 0; k < count; k++) terms[k] = y[start + k]! - ys - ym;
      return;
    case CentredTerm.FeatureSquare:
      for (let k = 0; k < count; k++) {
        const dx = x[start + k]! - xs - xm;
        terms[k] = dx * dx;
      }
      return;
    case CentredTerm.Product:
      for (let k = 0; k < count; k++) terms[k] = (x[start + k]! - xs - xm) * (y[start + k]! - ys - ym);
      return;
    case CentredTerm.ResponseSquare:
      for (let k = 0; k < count; k++) {
        const dy = y[start + k]! - ys - ym;
        terms[k] = dy * dy;
      }
      return;
    default:
      for (let k = 0; k < count; k++) terms[k] = (y[start + k]! - ys - ym - slope * (x[start + k]! - xs - xm)) ** 2;
  }
}
