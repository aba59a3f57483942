import { describe, expect, it } from 'vitest';
import { createRandomSource, standardNormal, uniform } from '../random';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { createGradientScratch, evaluateLinearLoss } from './lossAndGradient';
import { runLinearOptimiser } from './runLinearOptimiser';

/** numpy's batch gradient descent on X·w + b, the loop of the lesson written with arrays. */
const NUMPY_DESCENT = `
import json, sys
import numpy as np
cases = json.load(sys.stdin)
out = []
for case in cases:
    X = np.array(case['columns'], dtype=np.float64).T
    y = np.array(case['response'], dtype=np.float64)
    n, p = X.shape
    w = np.zeros(p); b = 0.0
    for _ in range(case['epochs']):
        error = X @ w + b - y
        w = w - case['rate'] * (2 / n) * (X.T @ error)
        if case['intercept']:
            b = b - case['rate'] * (2 / n) * np.sum(error)
    out.append({'intercept': b, 'weights': w.tolist(), 'loss': float(np.mean((X @ w + b - y) ** 2))})
print(json.dumps(out))
`;

interface NumpyRun {
  intercept: number;
  weights: number[];
  loss: number;
}

function scaledAdvertising() {
  const { tv, radio, newspaper, sales } = readAdvertisingColumns();
  const scaled = (values: number[]) => applyScaler(fitMinMaxScaler(values), values);
  return { features: [scaled(tv), scaled(radio), scaled(newspaper)], response: scaled(sales) };
}

function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('evaluateLinearLoss, the many-feature loss-and-gradient kernel', () => {
  it('computes MSE, (2/N)·Xᵀ(p − y) and (2/N)·Σ(p − y) on a hand-checkable case', () => {
    // p = 1·x1 + 2·x2 + 0.5 on rows (1, 0), (0, 1), (1, 1) with y = (1, 3, 3): errors 0.5, −0.5, 0.5
    const scratch = createGradientScratch(2, 3);
    evaluateLinearLoss(
      [Float64Array.of(1, 0, 1), Float64Array.of(0, 1, 1)],
      Float64Array.of(1, 3, 3),
      Float64Array.of(0.5, 1, 2),
      true,
      scratch,
    );
    expect(scratch.loss).toBe(0.25);
    expect([...scratch.gradient]).toEqual([(2 / 3) * 0.5, (2 / 3) * 1, 0]);
  });
  it('holds the intercept gradient at zero for a model through the origin', () => {
    const scratch = createGradientScratch(1, 2);
    evaluateLinearLoss([Float64Array.of(1, 2)], Float64Array.of(1, 1), Float64Array.of(5, 0), false, scratch);
    expect(scratch.gradient[0]).toBe(0);
    expect(scratch.loss).toBe(1);
  });
});

describe('batch gradient descent on TV + Radio + Newspaper reproduces the reference (REFERENCE.md, table C)', () => {
  it('lr 0.1, 1000 epochs from zero: intercept 0.05392310452927566 and MSE 0.004315407586377058 to 1e−12', {
    timeout: 60_000,
  }, () => {
    const { features, response } = scaledAdvertising();
    const problem = {
      features: features.map((values, j) => ({ name: ['TV', 'Radio', 'Newspaper'][j]!, values })),
      response,
      fitIntercept: true,
    };
    const run = runLinearOptimiser({ problem, learningRate: 0.1, epochs: 1000 });
    expect(run.method).toBe('per-point');
    expect(relativeGap(run.intercepts[1000]!, 0.05392310452927566)).toBeLessThan(1e-12);
    expect(relativeGap(run.losses[1000]!, 0.004315407586377058)).toBeLessThan(1e-12);
    // the weights as printed in the reference table (to the digits it prints)
    expect(run.weights.map((weights, j) => Number(weights[1000]!.toPrecision(j === 2 ? 6 : 8)))).toEqual([
      0.53277908, 0.36805577, -0.00433241,
    ]);
    const [numpy] = runPython<NumpyRun[]>(NUMPY_DESCENT, [
      { columns: features.map((c) => [...c]), response: [...response], rate: 0.1, epochs: 1000, intercept: true },
    ]);
    run.weights.forEach((weights, j) => {
      expect(relativeGap(weights[1000]!, numpy!.weights[j]!)).toBeLessThan(1e-12);
    });
  });
});

describe('the kernel agrees with numpy on random problems (numpy run at test time)', () => {
  it('30 random data sets, 1 to 6 features, with and without intercept, 200 epochs: every weight to 1e−11', {
    timeout: 60_000,
  }, () => {
    const cases = Array.from({ length: 30 }, (_, seed) => {
      const random = createRandomSource(seed + 100);
      const rows = 3 + Math.floor(uniform(random, 0, 150));
      const p = 1 + (seed % 6);
      const columns = Array.from({ length: p }, () => Array.from({ length: rows }, () => uniform(random, -1, 1)));
      const response = Array.from(
        { length: rows },
        (_, i) => columns.reduce((sum, column, j) => sum + (j - 1.5) * column[i]!, 0.3) + 0.1 * standardNormal(random),
      );
      return { columns, response, rate: 0.05, epochs: 200, intercept: seed % 3 !== 0 };
    });
    const numpy = runPython<NumpyRun[]>(NUMPY_DESCENT, cases);
    cases.forEach((testCase, index) => {
      const problem = {
        features: testCase.columns.map((values, j) => ({ name: `x${j}`, values: Float64Array.from(values) })),
        response: Float64Array.from(testCase.response),
        fitIntercept: testCase.intercept,
      };
      const run = runLinearOptimiser({
        problem,
        learningRate: testCase.rate,
        epochs: testCase.epochs,
        method: 'per-point',
      });
      const expected = numpy[index]!;
      const scale = Math.max(...expected.weights.map(Math.abs), Math.abs(expected.intercept));
      expect(Math.abs(run.intercepts[200]! - expected.intercept)).toBeLessThan(1e-11 * scale);
      run.weights.forEach((weights, j) => {
        expect(Math.abs(weights[200]! - expected.weights[j]!)).toBeLessThan(1e-11 * scale);
      });
      expect(relativeGap(run.losses[200]!, expected.loss)).toBeLessThan(1e-10);
    });
  });
});
