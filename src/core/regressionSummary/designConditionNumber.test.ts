import { describe, expect, it } from 'vitest';
import type { LinearProblem } from '../linearModel/model';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { designConditionNumber } from './designConditionNumber';

// statsmodels' own figure, computed now from the same columns (its `condition_number`).
const STATSMODELS = `
import json, sys
import numpy as np
import statsmodels.api as sm
data = json.load(sys.stdin)
X = np.column_stack(data['features'])
if data['intercept']:
    X = sm.add_constant(X, has_constant='add')
print(json.dumps(float(sm.OLS(np.array(data['response']), X).fit().condition_number)))
`;

function statsmodelsConditionNumber(problem: LinearProblem): number {
  return runPython<number>(
    STATSMODELS,
    {
      features: problem.features.map((feature) => Array.from(feature.values)),
      response: Array.from(problem.response),
      intercept: problem.fitIntercept,
    },
    ['numpy', 'statsmodels'],
  );
}

const columns = readAdvertisingColumns();
const feature = (name: 'tv' | 'radio' | 'newspaper') => ({ name, values: Float64Array.from(columns[name]) });
const sales = Float64Array.from(columns.sales);

describe('the design condition number statsmodels prints', () => {
  it('is (3 + √5)/2 for the design [1 1; 1 0], the square of the golden ratio', () => {
    const problem = { features: [{ name: 'x', values: Float64Array.of(1, 0) }], response: Float64Array.of(1, 2) };
    expect(designConditionNumber({ ...problem, fitIntercept: true })).toBeCloseTo((3 + Math.sqrt(5)) / 2, 14);
  });
  it('agrees with statsmodels run now on Advertising TV + Radio + Newspaper (454 in REFERENCE C) to 1e-9', () => {
    const problem = {
      features: [feature('tv'), feature('radio'), feature('newspaper')],
      response: sales,
      fitIntercept: true,
    };
    const expected = statsmodelsConditionNumber(problem);
    expect(Math.round(expected)).toBe(454);
    expect(Math.abs(designConditionNumber(problem) / expected - 1)).toBeLessThan(1e-9);
  });
  it('agrees with statsmodels on TV alone and on a model through the origin', () => {
    for (const problem of [
      { features: [feature('tv')], response: sales, fitIntercept: true },
      { features: [feature('tv'), feature('radio')], response: sales, fitIntercept: false },
    ]) {
      const expected = statsmodelsConditionNumber(problem);
      expect(Math.abs(designConditionNumber(problem) / expected - 1)).toBeLessThan(1e-9);
    }
  });
  it('does not depend on a common power-of-two scale of the data, even near overflow', () => {
    const values = Float64Array.of(1, 2, 4, 7);
    const problem = { features: [{ name: 'x', values }], response: Float64Array.of(1, 0, 2, 1), fitIntercept: false };
    const twoColumns = (scale: number): LinearProblem => ({
      ...problem,
      features: [
        { name: 'x', values: Float64Array.from(values, (v) => v * scale) },
        { name: 'z', values: Float64Array.from(values, (v, i) => (v + i * i) * scale) },
      ],
    });
    expect(designConditionNumber(twoColumns(2 ** 500))).toBe(designConditionNumber(twoColumns(1)));
  });
});
