import { describe, expect, it } from 'vitest';
import type { DataSet } from './dataSet';
import { prepareRegressionProblem, type RegressionProblem } from './regressionProblem';
import {
  SCALED_ON_DEMAND_ROWS,
  scalesOnRead,
  withoutColumnsMadeOnRead,
  withScaledColumnsOnDemand,
} from './scaledColumnsOnDemand';
import { numericColumn, numericDataSet } from './testing/numericDataSet';

/** x far from zero (where scaling takes its exact form) or near it, and a noisy line y. */
function dataSetOf(rows: number, offset: number): DataSet {
  const x = new Float64Array(rows);
  const y = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    x[row] = offset + ((row * 7919) % 10_007) / 8;
    y[row] = 3 + 0.25 * x[row]! + ((row * 104_729) % 997) / 13;
  }
  return numericDataSet([numericColumn('x', x), numericColumn('y', y)]);
}

/** Whether two columns hold the same doubles, bit for bit (NaN payloads and signed zeros too). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  const bytes = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  return a.length === b.length && bytes(a).equals(bytes(b));
}

describe('scaled columns made on read', () => {
  const rows = SCALED_ON_DEMAND_ROWS + 1;

  it.each([0, 1e15])('gives exactly the scaled columns the problem was prepared with (x near %d)', (offset) => {
    const prepared = prepareRegressionProblem(dataSetOf(rows, offset), 'x', 'y', true);
    const onRead = withScaledColumnsOnDemand(withoutColumnsMadeOnRead(prepared));
    expect(scalesOnRead(prepared)).toBe(true);
    expect(onRead.feature).not.toBe(prepared.feature);
    expect(sameBits(onRead.feature, prepared.feature)).toBe(true);
    expect(sameBits(onRead.response, prepared.response)).toBe(true);
    // everything else is the prepared problem's own
    expect(onRead.statistics).toBe(prepared.statistics);
    expect(onRead.rawFeature).toBe(prepared.rawFeature);
    expect(onRead.ols).toEqual(prepared.ols);
  });

  it('hands out the same arrays while they are held, and copies them as plain columns', () => {
    const onRead = withScaledColumnsOnDemand(prepareRegressionProblem(dataSetOf(rows, 0), 'x', 'y', true));
    const feature = onRead.feature;
    expect(onRead.feature).toBe(feature);
    const copy = structuredClone(onRead) as RegressionProblem;
    expect(sameBits(copy.feature, feature)).toBe(true);
    expect(Object.keys(onRead)).toEqual(expect.arrayContaining(['feature', 'response', 'rawFeature', 'statistics']));
  });

  it('leaves small or unscaled problems as they are, and sends their columns', () => {
    const small = prepareRegressionProblem(dataSetOf(SCALED_ON_DEMAND_ROWS, 0), 'x', 'y', true);
    const unscaled = prepareRegressionProblem(dataSetOf(rows, 0), 'x', 'y', false);
    for (const problem of [small, unscaled]) {
      expect(scalesOnRead(problem)).toBe(false);
      expect(withScaledColumnsOnDemand(problem)).toBe(problem);
      expect(withoutColumnsMadeOnRead(problem)).toBe(problem);
    }
  });

  it('sends a large scaled problem without its scaled columns', () => {
    const sent = withoutColumnsMadeOnRead(prepareRegressionProblem(dataSetOf(rows, 0), 'x', 'y', true));
    expect(sent.feature).toHaveLength(0);
    expect(sent.response).toHaveLength(0);
    expect(sent.rawFeature).toHaveLength(rows);
  });
});
