import { describe, expect, it } from 'vitest';
import type { DataSet } from '../dataSet';
import { prepareRegressionProblem } from '../regressionProblem';
import type { HeldOut } from './heldOut';
import { leastSquaresResiduals } from './residuals';

// Exact construction: y = 2 + 3x + e with e orthogonal to 1 and to x, so least squares recovers
// intercept 2 and slope 3 exactly, the fitted values are 2 + 3x and the residuals are e.
const X = [-2, -1, 0, 1, 2, -2, -1, 0, 1, 2];
const E = [1, -1, 0, -1, 1, -1, 1, 0, 1, -1];
const Y = X.map((x, i) => 2 + 3 * x + E[i]!);

function dataSetOf(x: number[], y: number[]): DataSet {
  const column = (name: string, values: number[]) => ({
    name,
    label: name,
    values: Float64Array.from(values),
    numericCount: values.length,
    missing: [],
    missingCount: 0,
    kind: 'numeric' as const,
    isIndex: false,
  });
  return {
    title: 'exact',
    source: 'constructed',
    origin: { kind: 'pasted' },
    rowCount: x.length,
    columns: [column('x', x), column('y', y)],
  };
}

describe('leastSquaresResiduals', () => {
  const problem = prepareRegressionProblem(dataSetOf(X, Y), 'x', 'y', false);

  it('gives the constructed residuals and fitted values, their range, and the first rows asked for', () => {
    const residuals = leastSquaresResiduals(problem, null, { drawn: 100, first: 3 });
    expect(residuals.training.count).toBe(10);
    expect(residuals.training.drawn.residuals).toEqual(E);
    expect(residuals.training.drawn.fitted).toEqual(X.map((x) => 2 + 3 * x));
    expect(residuals.training.first.residuals).toEqual(E.slice(0, 3));
    expect([residuals.training.fittedLow, residuals.training.fittedHigh]).toEqual([-4, 8]);
    expect(residuals.test).toBeNull();
    // the first residual of largest size (1 at row 1) is the one named
    expect(residuals.largest).toEqual({ residual: 1, part: 'training', row: 1 });
  });

  it('keeps every stride-th row when asked to draw fewer rows than there are, never an array per row', () => {
    const residuals = leastSquaresResiduals(problem, null, { drawn: 4, first: 0 });
    // stride ⌈10 / 4⌉ = 3: rows 0, 3, 6, 9
    expect(residuals.training.drawn.residuals).toEqual([E[0], E[3], E[6], E[9]]);
    expect(residuals.training.first.fitted).toEqual([]);
  });

  it('takes held-out rows through the same model and names a larger held-out residual', () => {
    const heldOut = {
      terms: [Float64Array.from([10, 0])],
      response: Float64Array.from([32, -5]),
    } as unknown as HeldOut;
    const residuals = leastSquaresResiduals(problem, heldOut, { drawn: 10, first: 10 });
    expect(residuals.test?.drawn.fitted).toEqual([32, 2]);
    expect(residuals.test?.drawn.residuals).toEqual([0, -7]);
    expect(residuals.test?.count).toBe(2);
    expect(residuals.largest).toEqual({ residual: -7, part: 'test', row: 2 });
  });
});
