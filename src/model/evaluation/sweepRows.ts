import type { DataSet } from '../dataSet';
import { findColumn } from '../dataSet';
import type { SweepRows } from './degreeSweep';
import { splitDataSet } from './splitData';

/** The degree sweep fits 15 models; past this many training rows it works on an even sample of them. */
export const SWEEP_ROW_LIMIT = 20_000;

function pairs(data: DataSet | null, featureName: string, responseName: string, limit: number) {
  const x = data ? findColumn(data, featureName)?.values : undefined;
  const y = data ? findColumn(data, responseName)?.values : undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  if (x && y) {
    const stride = Math.max(1, Math.ceil(x.length / limit));
    for (let i = 0; i < x.length; i += stride)
      if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
        xs.push(x[i]!);
        ys.push(y[i]!);
      }
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys), sampled: x ? x.length > limit : false };
}

/**
 * One feature's training and held-out rows under the store's split, each cell a number, in
 * original units; large data are sampled evenly (every k-th row) down to {@link SWEEP_ROW_LIMIT}
 * training rows. O(N).
 */
export function sweepRowsOf(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  testFraction: number,
  seed: number,
): SweepRows & { readonly sampled: boolean } {
  const { training, test } = splitDataSet(dataSet, testFraction, seed);
  const train = pairs(training, featureName, responseName, SWEEP_ROW_LIMIT);
  const held = pairs(test, featureName, responseName, SWEEP_ROW_LIMIT / 4);
  return {
    trainingX: train.x,
    trainingY: train.y,
    testX: held.x,
    testY: held.y,
    sampled: train.sampled || held.sampled,
  };
}
