import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../adapters/csv';
import { runPython } from '../../core/testing/python';
import { loadAdvertising } from '../advertisingDataSet';
import { type DataSet, dataSetFromTable } from '../dataSet';
import { prepareRegressionProblem } from '../regressionProblem';
import { leastSquaresCoefficients } from './fitErrors';
import { DRAWN_RESIDUALS, LISTED_RESIDUALS, leastSquaresResiduals } from './residuals';

const NUMPY_RESIDUALS = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y'])
fitted = d['intercept'] + d['slope'] * x
r = y - fitted
k = int(np.argmax(np.abs(r)))
print(json.dumps({'fitted': fitted.tolist(), 'residuals': r.tolist(), 'largest': [float(r[k]), k + 1]}))
`;

describe('leastSquaresResiduals', () => {
  it('keeps numpy’s residuals of the rows drawn and listed, and finds the largest over every row', () => {
    const problem = prepareRegressionProblem(loadAdvertising(), 'TV', 'Sales', true);
    const model = leastSquaresCoefficients(problem);
    const numpy = runPython<{ fitted: number[]; residuals: number[]; largest: [number, number] }>(NUMPY_RESIDUALS, {
      x: Array.from(problem.rawFeature),
      y: Array.from(problem.rawResponse),
      intercept: model.intercept,
      slope: model.weights[0],
    });
    const residuals = leastSquaresResiduals(problem, null);
    expect(residuals.training.count).toBe(200);
    expect(Array.from(residuals.training.drawn.fitted)).toEqual(numpy.fitted);
    expect(Array.from(residuals.training.drawn.residuals)).toEqual(numpy.residuals);
    expect(Array.from(residuals.training.listed.residuals)).toEqual(numpy.residuals.slice(0, LISTED_RESIDUALS));
    expect(residuals.largest).toEqual({ residual: numpy.largest[0], part: 'training', row: numpy.largest[1] });
    expect(residuals.test).toBeNull();
    expect(leastSquaresResiduals(problem, null)).toBe(residuals);
  });

  it('draws every ⌈N / 1500⌉-th row of a large part, from the first', () => {
    const rows = 4000;
    const x = Array.from({ length: rows }, (_, i) => i / 10);
    const y = x.map((value, i) => 3 + 2 * value + ((i * 37) % 11) / 10);
    const problem = prepareRegressionProblem(dataSetOf(x, y), 'x', 'y', false);
    const { training } = leastSquaresResiduals(problem, null);
    const stride = Math.ceil(rows / DRAWN_RESIDUALS);
    expect(training.count).toBe(rows);
    expect(training.drawn.residuals).toHaveLength(Math.ceil(rows / stride));
    const model = leastSquaresCoefficients(problem);
    const fittedAt = (row: number) => model.intercept + model.weights[0]! * x[row]!;
    for (const k of [0, 1, 500, training.drawn.residuals.length - 1]) {
      expect(training.drawn.fitted[k]).toBe(fittedAt(k * stride));
      expect(training.drawn.residuals[k]).toBe(y[k * stride]! - fittedAt(k * stride));
    }
  });
});

function dataSetOf(x: number[], y: number[]): DataSet {
  const csv = ['x,y', ...x.map((value, i) => `${value},${y[i]}`)].join('\n');
  const result = importCsvText(csv, { name: 'line.csv' });
  if (!result.ok) throw new Error(result.problem.message);
  return dataSetFromTable(result.table, { kind: 'built-in', id: 'advertising' }, 'line', 'test');
}
