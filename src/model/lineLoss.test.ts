import { describe, expect, it } from 'vitest';
import { meanSquaredError, rootMeanSquaredError } from '../core/metrics';
import { lineInOriginalUnits } from '../core/scaling';
import type { DataSet } from './dataSet';
import { lineMeanSquaredError, originalRootMeanSquaredError, POINT_BY_POINT_ROWS } from './lineLoss';
import { prepareRegressionProblem } from './regressionProblem';
import { numericColumn, numericDataSet } from './testing/numericDataSet';

/** `rows` points near y = 3 + 0.7x, x from 40 to 140, with a deterministic wobble. */
function dataSetOf(rows: number): DataSet {
  const x = new Float64Array(rows);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    x[i] = 40 + (100 * ((i * 7919) % rows)) / rows;
    y[i] = 3 + 0.7 * x[i]! + Math.sin(i) * 4;
  }
  return numericDataSet([numericColumn('x', x), numericColumn('y', y)]);
}

const line = { intercept: 0.2, slope: 0.5 };

describe('lineMeanSquaredError', () => {
  it('sums point by point, numpy’s way, on data of ordinary size', () => {
    const problem = prepareRegressionProblem(dataSetOf(500), 'x', 'y', false);
    expect(lineMeanSquaredError(problem, line)).toBe(meanSquaredError(line, problem.feature, problem.response));
  });

  it('agrees with the point-by-point sum to 12 digits when it takes the centred sums on large data', () => {
    const problem = prepareRegressionProblem(dataSetOf(POINT_BY_POINT_ROWS + 1), 'x', 'y', false);
    const pointByPoint = meanSquaredError(line, problem.feature, problem.response);
    expect(Math.abs(lineMeanSquaredError(problem, line) - pointByPoint) / pointByPoint).toBeLessThan(1e-12);
  });
});

describe('originalRootMeanSquaredError', () => {
  it('gives the root mean squared error in the original units, from scaled data, on large data as on small', () => {
    for (const rows of [500, POINT_BY_POINT_ROWS + 1]) {
      const problem = prepareRegressionProblem(dataSetOf(rows), 'x', 'y', true);
      const original = lineInOriginalUnits(line, problem.featureScaler, problem.responseScaler);
      const expected = rootMeanSquaredError(original, problem.rawFeature, problem.rawResponse);
      expect(Math.abs(originalRootMeanSquaredError(problem, line) - expected) / expected).toBeLessThan(1e-12);
    }
  });
});
