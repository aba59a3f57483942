import type { DataSet } from '../dataSet';
import { findColumn } from '../dataSet';
import type { SweepRows } from './degreeSweep';
import { splitRowsOf } from './splitData';

/** The degree sweep fits 15 models; past this many training rows it works on an even sample of them. */
export const SWEEP_ROW_LIMIT = 20_000;

/**
 * The rows `rows` (every row when null; every `stride`-th of them, `limit` at most) of the two
 * columns where both are numbers. O(limit).
 */
function pairs(data: DataSet, rows: Uint32Array | null, featureName: string, responseName: string, limit: number) {
  const x = findColumn(data, featureName)?.values;
  const y = findColumn(data, responseName)?.values;
  const count = rows ? rows.length : data.rowCount;
  const xs: number[] = [];
  const ys: number[] = [];
  if (x && y) {
    const stride = Math.max(1, Math.ceil(count / limit));
    for (let k = 0; k < count; k += stride) {
      const row = rows ? rows[k]! : k;
      if (Number.isFinite(x[row]!) && Number.isFinite(y[row]!)) {
        xs.push(x[row]!);
        ys.push(y[row]!);
      }
    }
  }
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    sampled: x ? count > limit : false,
  };
}

/**
 * One feature's training and held-out rows under the store's split, each cell a number, in
 * original units; large data are sampled evenly (every k-th row) down to {@link SWEEP_ROW_LIMIT}
 * training rows. O(N) for a split not made yet, else O(SWEEP_ROW_LIMIT).
 */
export function sweepRowsOf(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  testFraction: number,
  seed: number,
): SweepRows & { readonly sampled: boolean } {
  // the row numbers only: splitting copies every column, which on a million rows held the page
  const split = splitRowsOf(dataSet, testFraction, seed);
  const { testRows } = split;
  // with nothing held out, every row trains: its list of row numbers (4 MB on a million) is not made
  const train = pairs(
    dataSet,
    testRows.length === 0 ? null : split.trainingRows,
    featureName,
    responseName,
    SWEEP_ROW_LIMIT,
  );
  const held = pairs(dataSet, testRows, featureName, responseName, SWEEP_ROW_LIMIT / 4);
  return {
    trainingX: train.x,
    trainingY: train.y,
    testX: held.x,
    testY: held.y,
    sampled: train.sampled || held.sampled,
  };
}
