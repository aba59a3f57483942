import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { pairwiseSumOf } from '../summation';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { meanSquaredErrorInSteps, pairwiseSumInSteps } from './errorsInSteps';
import { modelMeanSquaredError } from './modelErrors';

/** Runs a generator of steps to its end; returns its value and how many steps it took. */
function finish<T>(steps: Generator<void, T>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
    count++;
  }
}

/** Values of wildly different sizes, so that a different order of additions gives a different double. */
function awkwardValues(count: number, seed: number): Float64Array {
  const random = createRandomSource(seed);
  return Float64Array.from({ length: count }, () => uniform(random, -1, 1) * 10 ** Math.round(uniform(random, -8, 8)));
}

describe('errorsInSteps', () => {
  it('sums 8,192 values in steps of 128 to the double numpy’s np.sum gives', () => {
    const values = awkwardValues(8192, 7);
    const numpy = runPython<number>(
      'import json, sys\nimport numpy as np\nprint(json.dumps(float(np.sum(np.array(json.load(sys.stdin))))))',
      Array.from(values),
    );
    const { value, steps } = finish(pairwiseSumInSteps(values.length, (i) => values[i]!, 0, 128));
    expect(value).toBe(numpy);
    expect(steps).toBe(64);
  });

  it('gives the same double as the pairwise sum in one go, for lengths around every split and any step size', () => {
    for (const count of [1, 7, 128, 129, 1000, 4097, 65_537, 300_001]) {
      const values = awkwardValues(count, count);
      const term = (i: number) => values[i]!;
      const whole = pairwiseSumOf(count, term);
      for (const perStep of [128, 1000, 32_768])
        expect(finish(pairwiseSumInSteps(count, term, 0, perStep)).value).toBe(whole);
    }
  });

  it('gives the mean squared error to the last bit of modelMeanSquaredError, on the Advertising rows and on 200,000 rows', () => {
    const { tv, radio, newspaper, sales } = readAdvertisingColumns();
    const model = { intercept: 2.93888937, weights: [0.0457646455, 0.188530017, -0.00103749304] };
    const terms = [tv, radio, newspaper];
    expect(finish(meanSquaredErrorInSteps(model, terms, sales, 128)).value).toBe(
      modelMeanSquaredError(model, terms, sales),
    );
    const x = awkwardValues(200_000, 3);
    const y = awkwardValues(200_000, 4);
    const line = { intercept: 0.3, weights: [1.7] };
    expect(finish(meanSquaredErrorInSteps(line, [x], y, 4096)).value).toBe(modelMeanSquaredError(line, [x], y));
  });

  it('refuses steps that would change the order, no rows, and terms that do not match the weights', () => {
    expect(() => finish(pairwiseSumInSteps(1000, () => 1, 0, 64))).toThrow(RangeError);
    expect(() => finish(meanSquaredErrorInSteps({ intercept: 0, weights: [] }, [], []))).toThrow(RangeError);
    expect(() => finish(meanSquaredErrorInSteps({ intercept: 0, weights: [1] }, [[1], [2]], [3]))).toThrow(RangeError);
    expect(() => finish(meanSquaredErrorInSteps({ intercept: 0, weights: [1] }, [[1, 2]], [3]))).toThrow(RangeError);
  });
});
