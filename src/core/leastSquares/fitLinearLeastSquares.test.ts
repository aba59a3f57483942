import { describe, expect, it } from 'vitest';
import type { FeatureColumn } from '../linearModel/model';
import { polynomialTerms } from '../polynomial/polynomialTerms';
import { createRandomSource, standardNormal, uniform } from '../random';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { fitLinearLeastSquares } from './fitLinearLeastSquares';
import { RankDeficiencyError } from './rankDeficiency';

const column = (name: string, values: ArrayLike<number>): FeatureColumn => ({
  name,
  values: Float64Array.from(values),
});

describe('fitLinearLeastSquares', () => {
  it('reproduces statsmodels on unscaled Sales ~ TV + Radio + Newspaper (REFERENCE.md table C) to 1e−13', () => {
    const { tv, radio, newspaper, sales } = readAdvertisingColumns();
    const fit = fitLinearLeastSquares({
      features: [column('TV', tv), column('Radio', radio), column('Newspaper', newspaper)],
      response: Float64Array.from(sales),
      fitIntercept: true,
    });
    const expected = [2.93888936945941, 0.04576464545539759, 0.18853001691820426, -0.0010374930424761931];
    [fit.model.intercept, ...fit.model.weights].forEach((value, k) => {
      expect(Math.abs(value / expected[k]! - 1)).toBeLessThan(1e-13);
    });
    expect(Math.abs(fit.rSquared / 0.8972106381789521 - 1)).toBeLessThan(1e-14);
    expect(fit.rank).toBe(4);
  });

  it('agrees with numpy.linalg.lstsq on random full-rank problems (numpy run at test time)', {
    timeout: 60_000,
  }, () => {
    const cases = Array.from({ length: 20 }, (_, seed) => {
      const random = createRandomSource(seed + 300);
      const p = 1 + (seed % 7);
      const rows = p + 2 + Math.floor(uniform(random, 0, 60));
      const columns = Array.from({ length: p }, (_, j) =>
        Array.from({ length: rows }, () => uniform(random, -1, 1) * 10 ** (j - 2) + 5 * j),
      );
      const response = Array.from(
        { length: rows },
        (_, i) => columns.reduce((sum, values, j) => sum + (j + 1) * values[i]!, 2) + standardNormal(random),
      );
      return { columns, response, intercept: seed % 3 !== 0 };
    });
    const numpy = runPython<number[][]>(
      `
import json, sys
import numpy as np
out = []
for case in json.load(sys.stdin):
    X = np.array(case['columns']).T
    A = np.column_stack([np.ones(len(X)), X]) if case['intercept'] else X
    out.append(np.linalg.lstsq(A, np.array(case['response']), rcond=None)[0].tolist())
print(json.dumps(out))`,
      cases,
    );
    cases.forEach((testCase, index) => {
      const fit = fitLinearLeastSquares({
        features: testCase.columns.map((values, j) => column(`x${j}`, values)),
        response: Float64Array.from(testCase.response),
        fitIntercept: testCase.intercept,
      });
      const ours = testCase.intercept ? [fit.model.intercept, ...fit.model.weights] : [...fit.model.weights];
      // numpy's own answer carries about ε·κ; these designs have κ up to ~1e5
      numpy[index]!.forEach((value, k) => {
        expect(Math.abs(ours[k]! - value)).toBeLessThan(1e-9 * Math.abs(value) + 1e-12);
      });
    });
  });

  it('gets an ill-conditioned, large-residual degree-7 polynomial to 13 digits of its exact answer (Python fractions at test time)', {
    timeout: 60_000,
  }, () => {
    // x in [5, 6]: the centred, scaled design has condition ≈ 5e10; noise of 10 % of the signal
    const random = createRandomSource(77);
    const x = Float64Array.from({ length: 40 }, (_, i) => 5 + i / 39 + 1e-3 * uniform(random, -1, 1));
    const response = x.map((v) => Math.sin(v) + 0.1 * standardNormal(random));
    const exact = runPython<string[]>(
      `
import json, sys
from fractions import Fraction as F
data = json.load(sys.stdin)
xs = [F(v) for v in data['x']]; ys = [F(v) for v in data['y']]
A = [[x ** k for k in range(8)] for x in xs]
m = 8
M = [[sum(a[i] * a[j] for a in A) for j in range(m)] for i in range(m)]
b = [sum(a[i] * y for a, y in zip(A, ys)) for i in range(m)]
for k in range(m):
    for i in range(k + 1, m):
        f = M[i][k] / M[k][k]
        for j in range(k, m): M[i][j] -= f * M[k][j]
        b[i] -= f * b[k]
sol = [F(0)] * m
for k in reversed(range(m)):
    sol[k] = (b[k] - sum(M[k][j] * sol[j] for j in range(k + 1, m))) / M[k][k]
print(json.dumps([repr(float(s)) for s in sol]))`,
      { x: [...x], y: [...response] },
      ['fractions'],
    ).map(Number);
    const fit = fitLinearLeastSquares({ features: polynomialTerms(column('x', x), 7), response, fitIntercept: true });
    const ours = [fit.model.intercept, ...fit.model.weights];
    const digits = ours.map((value, k) => -Math.log10(Math.abs(value - exact[k]!) / Math.abs(exact[k]!) || 1e-17));
    expect(Math.min(...digits)).toBeGreaterThanOrEqual(13);
    // the estimate is honest: it never promises more digits than were delivered (plus half a digit)
    digits.forEach((digit, k) => {
      expect(fit.coefficientDigits[k]!).toBeLessThanOrEqual(Math.max(digit, 15) + 0.5);
    });
    const plain = fitLinearLeastSquares(
      { features: polynomialTerms(column('x', x), 7), response, fitIntercept: true },
      { refine: 'never' },
    );
    const plainDigits = [plain.model.intercept, ...plain.model.weights].map(
      (value, k) => -Math.log10(Math.abs(value - exact[k]!) / Math.abs(exact[k]!) || 1e-17),
    );
    plainDigits.forEach((digit, k) => {
      expect(plain.coefficientDigits[k]!).toBeLessThanOrEqual(digit + 0.5);
    });
  });

  it('takes R² about zero through the origin and about the mean with an intercept', () => {
    const x = column('x', [1, 2, 3, 4]);
    const response = Float64Array.of(2.1, 3.9, 6.2, 7.8);
    const origin = fitLinearLeastSquares({ features: [x], response, fitIntercept: false });
    const weight = (2.1 + 7.8 + 18.6 + 31.2) / 30;
    expect(origin.model.weights[0]).toBeCloseTo(weight, 15);
    expect(origin.model.intercept).toBe(0);
    const rss = [2.1, 3.9, 6.2, 7.8].reduce((sum, y, i) => sum + (y - weight * (i + 1)) ** 2, 0);
    expect(origin.rSquared).toBeCloseTo(1 - rss / (2.1 ** 2 + 3.9 ** 2 + 6.2 ** 2 + 7.8 ** 2), 14);
  });
});

describe('rank deficiency is reported naming the columns', () => {
  const random = createRandomSource(12);
  const a = Float64Array.from({ length: 30 }, () => uniform(random, 0, 10));
  const b = Float64Array.from({ length: 30 }, () => uniform(random, 0, 10));
  const c = Float64Array.from({ length: 30 }, () => uniform(random, 0, 10));
  const response = a.map((v, i) => v + 2 * b[i]! + standardNormal(random));
  const fitOf =
    (features: FeatureColumn[], fitIntercept = true) =>
    () =>
      fitLinearLeastSquares({ features, response, fitIntercept });
  const caught = (attempt: () => unknown): RankDeficiencyError => {
    try {
      attempt();
    } catch (error) {
      if (error instanceof RankDeficiencyError) return error;
      throw error;
    }
    throw new Error('no error thrown');
  };

  it('a duplicated column names both copies', () => {
    const error = caught(fitOf([column('TV', a), column('Radio', b), column('TV again', a)]));
    expect(error.columns).toEqual(['TV', 'TV again']);
    expect(error.message).toMatch(/"TV" and "TV again" are linearly dependent/);
  });
  it('a column that is the sum of two others names the three', () => {
    const error = caught(
      fitOf([
        column('a', a),
        column('c', c),
        column('b', b),
        column(
          'a+b',
          a.map((v, i) => v + b[i]!),
        ),
      ]),
    );
    expect(error.columns).toEqual(['a', 'b', 'a+b']);
  });
  it('more features than rows names the features', () => {
    const short = (values: Float64Array) => column('', values.slice(0, 2));
    const error = caught(() =>
      fitLinearLeastSquares({
        features: [
          { ...short(a), name: 'a' },
          { ...short(b), name: 'b' },
        ],
        response: response.slice(0, 2),
        fitIntercept: true,
      }),
    );
    expect(error.message).toMatch(/3 coefficients to fit \(2 features and the intercept\) but only 2 rows/);
    expect(error.columns).toEqual(['a', 'b']);
  });
  it('a constant feature with an intercept, and an all-zero feature without', () => {
    expect(caught(fitOf([column('a', a), column('flat', new Float64Array(30).fill(0.1))])).message).toMatch(
      /"flat" is \(nearly\) constant/,
    );
    expect(caught(fitOf([column('zero', new Float64Array(30))], false)).message).toMatch(/"zero" is zero in every row/);
  });
  it('a degree that makes the problem numerically singular names the powers', () => {
    const narrow = Float64Array.from({ length: 30 }, (_, i) => 1000 + i * 1e-3);
    const error = caught(() =>
      fitLinearLeastSquares({ features: polynomialTerms(column('x', narrow), 6), response, fitIntercept: true }),
    );
    expect(error.columns.some((name) => name.startsWith('x^'))).toBe(true);
    expect(error.message).toMatch(/lower the polynomial degree/);
  });
});
