import { describe, expect, it } from 'vitest';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { modelMeanSquaredError, predictRow, predictRows } from './modelErrors';

const model = { intercept: 2.93888937, weights: [0.0457646455, 0.188530017, -0.00103749304] };

describe('modelErrors', () => {
  it('predicts each row as the same double whether one row or every row is asked for', () => {
    const { tv, radio, newspaper } = readAdvertisingColumns();
    const terms = [tv, radio, newspaper];
    const all = predictRows(model, terms, tv.length);
    for (let i = 0; i < tv.length; i++) expect(predictRow(model, terms, i)).toBe(all[i]);
  });

  it('gives numpy’s np.mean((y − ŷ)**2) to the last bit on the Advertising rows, without an array of predictions', () => {
    const { tv, radio, newspaper, sales } = readAdvertisingColumns();
    const numpy = runPython<number>(
      `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = [np.array(c) for c in d['terms']]; y = np.array(d['y']); b = d['intercept']; w = d['weights']
p = b + w[0] * x[0] + w[1] * x[1] + w[2] * x[2]
print(json.dumps(float(np.mean((y - p) ** 2))))
`,
      { terms: [tv, radio, newspaper], y: sales, ...model },
    );
    expect(modelMeanSquaredError(model, [tv, radio, newspaper], sales)).toBe(numpy);
  });

  it('refuses terms that do not match the weights or the rows', () => {
    expect(() => modelMeanSquaredError(model, [[1], [2]], [3])).toThrow(RangeError);
    expect(() => modelMeanSquaredError(model, [[1], [2], [3, 4]], [3])).toThrow(RangeError);
    expect(() => modelMeanSquaredError(model, [[], [], []], [])).toThrow(RangeError);
  });
});
