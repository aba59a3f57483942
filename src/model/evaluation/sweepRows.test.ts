import { describe, expect, it } from 'vitest';
import { trainTestSplit } from '../../core/split/trainTestSplit';
import type { DataSet } from '../dataSet';
import { numericColumn, numericDataSet } from '../testing/numericDataSet';
import { SWEEP_ROW_LIMIT, sweepRowsOf } from './sweepRows';

function dataSetOf(rows: number): DataSet {
  const x = Array.from({ length: rows }, (_, i) => (i % 17 === 5 ? Number.NaN : i / 10));
  const y = Array.from({ length: rows }, (_, i) => 2 + 3 * (i / 10) + ((i * 37) % 11));
  return numericDataSet([numericColumn('x', x), numericColumn('y', y)]);
}

describe('rows of the degree sweep', () => {
  it('with nothing held out, takes every k-th row in order, leaving out rows without numbers', () => {
    const rows = 2 * SWEEP_ROW_LIMIT + 500;
    const data = dataSetOf(rows);
    const sweep = sweepRowsOf(data, 'x', 'y', 0, 7);
    const stride = Math.ceil(rows / SWEEP_ROW_LIMIT);
    const expected = Array.from({ length: Math.ceil(rows / stride) }, (_, k) => k * stride).filter(
      (row) => row % 17 !== 5,
    );
    expect([...sweep.trainingX]).toEqual(expected.map((row) => row / 10));
    expect([...sweep.trainingY]).toEqual(expected.map((row) => data.columns[1]!.values[row]));
    expect(sweep.testX).toHaveLength(0);
    expect(sweep.sampled).toBe(true);
  });

  it('with rows held out, takes the split’s own training and held-out rows', () => {
    const data = dataSetOf(1000);
    const sweep = sweepRowsOf(data, 'x', 'y', 0.2, 7);
    const split = trainTestSplit(1000, 0.2, 7);
    const usable = (rows: Uint32Array) => [...rows].filter((row) => row % 17 !== 5).map((row) => row / 10);
    expect([...sweep.trainingX]).toEqual(usable(split.trainingRows));
    expect([...sweep.testX]).toEqual(usable(split.testRows));
    expect(sweep.sampled).toBe(false);
  });
});
