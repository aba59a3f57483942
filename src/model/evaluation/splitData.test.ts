import { describe, expect, it } from 'vitest';
import { trainTestSplit } from '../../core/split/trainTestSplit';
import type { DataSet } from '../dataSet';
import { splitDataSet } from './splitData';

function dataSetOf(rowCount: number): DataSet {
  const values = Float64Array.from({ length: rowCount }, (_, i) => i * 0.5);
  const column = (name: string) => ({
    name,
    label: name,
    values,
    numericCount: rowCount,
    missing: [],
    missingCount: 0,
    kind: 'numeric' as const,
    isIndex: false,
  });
  return { title: 't', source: 's', origin: { kind: 'pasted' }, rowCount, columns: [column('x'), column('y')] };
}

describe('splitDataSet', () => {
  it('with nothing held out trains on the very same data set, and its rows are those trainTestSplit gives', () => {
    const dataSet = dataSetOf(7);
    const { training, test, split } = splitDataSet(dataSet, 0, 3);
    expect(training).toBe(dataSet);
    expect(test).toBeNull();
    expect(Array.from(split.trainingRows)).toEqual(Array.from(trainTestSplit(7, 0, 3).trainingRows));
    expect(split.testRows.length).toBe(0);
  });

  it('with rows held out divides them as trainTestSplit does', () => {
    const dataSet = dataSetOf(20);
    const { training, test, split } = splitDataSet(dataSet, 0.25, 9);
    const expected = trainTestSplit(20, 0.25, 9);
    expect(Array.from(split.testRows)).toEqual(Array.from(expected.testRows));
    expect(Array.from(training.columns[0]!.values)).toEqual(Array.from(expected.trainingRows, (row) => row * 0.5));
    expect(test?.rowCount).toBe(5);
  });
});
