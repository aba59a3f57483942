import { describe, expect, it } from 'vitest';
import { readAdvertisingColumns } from '../testing/advertising';
import { readNistSet } from '../testing/nist';
import { runPython } from '../testing/python';
import { normalEquationsFit } from './normalEquations';

// numpy, run now: the same normal equations solved by LAPACK.
const NUMPY = `
import json, sys
import numpy as np
data = json.load(sys.stdin)
A = np.column_stack([np.ones(len(data['response']))] + data['features'])
y = np.array(data['response'])
print(json.dumps(np.linalg.solve(A.T @ A, A.T @ y).tolist()))
`;

const columns = readAdvertisingColumns();

describe('normalEquationsFit', () => {
  it('agrees with numpy’s solve of the same normal equations on Advertising TV + Radio + Newspaper', () => {
    const features = (['tv', 'radio', 'newspaper'] as const).map((name) => ({
      name,
      values: Float64Array.from(columns[name]),
    }));
    const response = Float64Array.from(columns.sales);
    const expected = runPython<number[]>(NUMPY, {
      features: features.map((feature) => Array.from(feature.values)),
      response: Array.from(response),
    });
    const model = normalEquationsFit({ features, response, fitIntercept: true });
    const shown = [model.intercept, ...model.weights];
    expected.forEach((value, k) => {
      expect(Math.abs(shown[k]! / value - 1)).toBeLessThan(1e-9);
    });
  });
  it('breaks down with a message on NIST’s Filip, whose squared condition number no double holds', () => {
    expect(() => normalEquationsFit(readNistSet('Filip').problem)).toThrow(/not positive definite/);
  });
});
