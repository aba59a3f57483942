import { createRandomSource, shuffledIndices } from '../random';

/** The rows of a data set divided into those a model is fitted on and those it is judged on. */
export interface TrainTestSplit {
  /** Row numbers (from 0) of the training rows, in increasing order. */
  readonly trainingRows: Uint32Array;
  /** Row numbers (from 0) of the held-out test rows, in increasing order. */
  readonly testRows: Uint32Array;
}

/** The largest share of rows the notebook lets a student hold out. */
export const MAX_TEST_FRACTION = 0.5;

/**
 * How many of `rowCount` rows a fraction holds out: ⌈fraction·rowCount⌉, as scikit-learn's
 * `train_test_split` counts a fractional `test_size` (0 for a fraction of 0). O(1).
 * Throws a RangeError for a fraction outside [0, 1] or a row count that is not a whole number ≥ 0.
 */
export function heldOutCount(rowCount: number, testFraction: number): number {
  if (!Number.isInteger(rowCount) || rowCount < 0)
    throw new RangeError('The row count must be a whole number, 0 or more.');
  if (!(testFraction >= 0 && testFraction <= 1)) throw new RangeError('The test fraction must lie between 0 and 1.');
  // 0.2·200 is 40.000000000000006 in doubles: round away such dust before taking the ceiling
  const exact = testFraction * rowCount;
  return Math.min(rowCount, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
}

/**
 * A seeded random split: the rows 0 … rowCount−1 are shuffled by Fisher–Yates driven by
 * Mulberry32 (`createRandomSource(seed)`), the first ⌈fraction·rowCount⌉ of the shuffled order
 * are the test rows and the rest the training rows; both lists are returned sorted, so the
 * training rows keep the data's order. The same row count, fraction and seed give the same
 * split on every machine; every row is in exactly one part. A fraction of 0 holds nothing out.
 * Complexity O(n) time and memory. Throws a RangeError as {@link heldOutCount} does.
 *
 * @example trainTestSplit(10, 0.2, 1).testRows.length // 2
 */
export function trainTestSplit(rowCount: number, testFraction: number, seed: number): TrainTestSplit {
  const testCount = heldOutCount(rowCount, testFraction);
  if (testCount === 0) return { trainingRows: everyRow(rowCount), testRows: new Uint32Array() };
  const order = shuffledIndices(rowCount, createRandomSource(seed));
  // Each part in increasing order, read off a mark per row: O(n), where sorting the two parts
  // took most of a million-row split's time.
  const held = new Uint8Array(rowCount);
  for (let k = 0; k < testCount; k++) held[order[k]!] = 1;
  const testRows = new Uint32Array(testCount);
  const trainingRows = new Uint32Array(rowCount - testCount);
  let tested = 0;
  let trained = 0;
  for (let row = 0; row < rowCount; row++) {
    if (held[row] === 1) testRows[tested++] = row;
    else trainingRows[trained++] = row;
  }
  return { trainingRows, testRows };
}

/** The row numbers 0 … rowCount−1, filled by a plain loop (`Uint32Array.from` with a callback takes ~100× longer). O(n). */
export function everyRow(rowCount: number): Uint32Array {
  const rows = new Uint32Array(rowCount);
  for (let i = 0; i < rowCount; i++) rows[i] = i;
  return rows;
}
