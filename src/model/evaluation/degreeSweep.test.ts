import { describe, expect, it } from 'vitest';
import { trainTestSplit } from '../../core/split/trainTestSplit';
import { readAdvertisingColumns } from '../../core/testing/advertising';
import { runPython } from '../../core/testing/python';
import { sweepDegrees } from './degreeSweep';

const NUMPY_DEGREES = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y']); tr = np.array(d['train']); te = np.array(d['test'])
lo, hi = x[tr].min(), x[tr].max()
z = (x - (lo + hi) / 2) / ((hi - lo) / 2)
out = []
for degree in range(1, 16):
    V = np.vander(z, degree + 1, increasing=True)
    c = np.linalg.lstsq(V[tr], y[tr], rcond=None)[0]
    rmse = lambda rows: float(np.sqrt(np.mean((y[rows] - V[rows] @ c) ** 2)))
    out.append([rmse(tr), rmse(te)])
print(json.dumps(out))
`;

describe('sweepDegrees', () => {
  it('gives numpy’s train and test RMSE for degrees 1 to 15 of TV → Sales on a seeded 20 % split', () => {
    const { tv, sales } = readAdvertisingColumns();
    const { trainingRows, testRows } = trainTestSplit(200, 0.2, 42);
    const take = (values: number[], rows: Uint32Array) => Float64Array.from(rows, (row) => values[row]!);
    const results = sweepDegrees({
      trainingX: take(tv, trainingRows),
      trainingY: take(sales, trainingRows),
      testX: take(tv, testRows),
      testY: take(sales, testRows),
    });
    const numpy = runPython<[number, number][]>(NUMPY_DEGREES, {
      x: tv,
      y: sales,
      train: Array.from(trainingRows),
      test: Array.from(testRows),
    });
    expect(results).toHaveLength(15);
    results.forEach((result, index) => {
      if (!result.ok) throw new Error(result.reason);
      const [train, test] = numpy[index]!;
      expect(Math.abs(result.trainingRmse / train - 1), `degree ${result.degree} train`).toBeLessThan(1e-9);
      expect(Math.abs(result.testRmse! / test - 1), `degree ${result.degree} test`).toBeLessThan(1e-8);
      // least squares is the floor of the training error; descent cannot go below it
      expect(result.descentTrainingRmse).toBeGreaterThanOrEqual(result.trainingRmse * (1 - 1e-12));
    });
    // conditioning of the scaled powers worsens steeply with the degree
    const conditions = results.map((result) => (result.ok ? (result.conditionNumber ?? Infinity) : 0));
    expect(conditions[0]!).toBeLessThan(100);
    expect(conditions[9]!).toBeGreaterThan(1e8);
  });

  it('refuses a degree the training rows cannot pin down, and says why', () => {
    const results = sweepDegrees(
      {
        trainingX: Float64Array.of(1, 2, 3, 4),
        trainingY: Float64Array.of(1, 4, 9, 17),
        testX: Float64Array.of(5),
        testY: Float64Array.of(25),
      },
      5,
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false, false]);
    const refused = results[3]!;
    expect(!refused.ok && refused.reason).toMatch(/5 coefficients, but the training rows hold only 4 different values/);
  });
});
