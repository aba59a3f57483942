import { describe, expect, it } from 'vitest';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { explainLinearStep } from './explainLinearStep';
import { gramStatistics } from './gramStatistics';
import type { LinearProblem } from './model';
import { runLinearOptimiser } from './runLinearOptimiser';

/** One batch step of the lesson's numpy loop, with every intermediate number. */
const NUMPY_STEP = `
import json, sys
import numpy as np
case = json.load(sys.stdin)
X = np.array(case['columns'], dtype=np.float64).T
y = np.array(case['response'], dtype=np.float64)
n = len(y)
b = case['parameters'][0] if case['intercept'] else 0.0
w = np.array(case['parameters'][1:], dtype=np.float64)
error = X @ w + b - y
grad_w = (2 / n) * (X.T @ error)
grad_b = (2 / n) * np.sum(error) if case['intercept'] else 0.0
rate = case['rate']
w2 = w - rate * grad_w
b2 = b - rate * grad_b
print(json.dumps({
  'errors': error[:5].tolist(),
  'predictions': (X @ w + b)[:5].tolist(),
  'gradient': [grad_b] + grad_w.tolist(),
  'next': [b2] + w2.tolist(),
  'lossBefore': float(np.mean(error ** 2)),
  'lossAfter': float(np.mean((X @ w2 + b2 - y) ** 2)),
  'norm': float(np.linalg.norm(np.concatenate([[grad_b], grad_w]))),
}))
`;

interface NumpyStep {
  errors: number[];
  predictions: number[];
  gradient: number[];
  next: number[];
  lossBefore: number;
  lossAfter: number;
  norm: number;
}

const { tv, radio, newspaper, sales } = readAdvertisingColumns();
const scale = (values: number[]) => applyScaler(fitMinMaxScaler(values), values);

function problemOf(columns: Float64Array[], response: Float64Array, fitIntercept: boolean): LinearProblem {
  return {
    features: columns.map((values, j) => ({ name: ['TV', 'Radio', 'Newspaper'][j]!, values })),
    response,
    fitIntercept,
  };
}

function relative(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

describe('explainLinearStep', () => {
  it.each([
    [
      'scaled, with intercept',
      problemOf([scale(tv), scale(radio), scale(newspaper)], scale(sales), true),
      [0.05, 0.4, 0.3, 0.02],
      0.1,
    ],
    [
      'unscaled, through the origin',
      problemOf([Float64Array.from(tv), Float64Array.from(radio)], Float64Array.from(sales), false),
      [0, 0.05, 0.1],
      1e-5,
    ],
  ] as const)('writes out the numbers of numpy’s step (%s)', (_name, problem, parameters, learningRate) => {
    const step = explainLinearStep({ problem, parameters, learningRate });
    const numpy = runPython<NumpyStep>(NUMPY_STEP, {
      columns: problem.features.map((feature) => Array.from(feature.values)),
      response: Array.from(problem.response),
      parameters,
      intercept: problem.fitIntercept,
      rate: learningRate,
    });
    expect(step.count).toBe(200);
    step.errors.forEach((error, i) => {
      expect(relative(error, numpy.errors[i]!)).toBeLessThan(1e-12);
    });
    step.predictions.forEach((prediction, i) => {
      expect(relative(prediction, numpy.predictions[i]!)).toBeLessThan(1e-14);
    });
    step.gradient.forEach((component, j) => {
      expect(relative(component, numpy.gradient[j]!)).toBeLessThan(1e-13);
    });
    step.next.forEach((value, j) => {
      expect(relative(value, numpy.next[j]!)).toBeLessThan(1e-13);
    });
    expect(relative(step.lossBefore, numpy.lossBefore)).toBeLessThan(1e-14);
    expect(relative(step.lossAfter, numpy.lossAfter)).toBeLessThan(1e-13);
    expect(relative(step.gradientNorm, numpy.norm)).toBeLessThan(1e-14);
    const largest = numpy.gradient.reduce(
      (best, value, j) => (Math.abs(value) > Math.abs(numpy.gradient[best]!) ? j : best),
      0,
    );
    expect(step.largestComponent).toBe(largest);
  });

  it('gives exactly the next epoch of a batch run made per row from the same parameters', () => {
    const problem = problemOf([scale(tv), scale(radio)], scale(sales), true);
    const run = runLinearOptimiser({ problem, learningRate: 0.3, epochs: 12, method: 'per-point' });
    const at = (epoch: number) => [run.intercepts[epoch]!, run.weights[0]![epoch]!, run.weights[1]![epoch]!];
    const step = explainLinearStep({ problem, parameters: at(7), learningRate: 0.3 });
    expect(Array.from(step.next)).toEqual(at(8));
    expect(step.lossBefore).toBe(run.losses[7]);
    expect(step.lossAfter).toBe(run.losses[8]);
  });

  it('from the Gram statistics (large data), gives exactly the next epoch of a batch run made from them', () => {
    const problem = problemOf([scale(tv), scale(radio), scale(newspaper)], scale(sales), true);
    const statistics = gramStatistics(
      problem.features.map((feature) => feature.values),
      problem.response,
    );
    const run = runLinearOptimiser({ problem, learningRate: 0.3, epochs: 12, method: 'gram-statistics', statistics });
    const at = (epoch: number) => [run.intercepts[epoch]!, ...run.weights.map((weights) => weights[epoch]!)];
    const step = explainLinearStep({ problem, parameters: at(7), learningRate: 0.3, statistics });
    expect(Array.from(step.next)).toEqual(at(8));
    expect(step.lossBefore).toBe(run.losses[7]);
    expect(step.lossAfter).toBe(run.losses[8]);
  });

  it('from the Gram statistics, writes out numpy’s step to 1e−11 and the first rows exactly as per row', () => {
    const problem = problemOf([scale(tv), scale(radio), scale(newspaper)], scale(sales), true);
    const parameters = [0.05, 0.4, 0.3, 0.02];
    const statistics = gramStatistics(
      problem.features.map((feature) => feature.values),
      problem.response,
    );
    const step = explainLinearStep({ problem, parameters, learningRate: 0.1, statistics });
    const perRow = explainLinearStep({ problem, parameters, learningRate: 0.1 });
    const numpy = runPython<NumpyStep>(NUMPY_STEP, {
      columns: problem.features.map((feature) => Array.from(feature.values)),
      response: Array.from(problem.response),
      parameters,
      intercept: true,
      rate: 0.1,
    });
    expect(step.errors).toEqual(perRow.errors);
    expect(step.predictions).toEqual(perRow.predictions);
    step.gradient.forEach((component, j) => {
      expect(relative(component, numpy.gradient[j]!)).toBeLessThan(1e-11);
    });
    expect(relative(step.lossBefore, numpy.lossBefore)).toBeLessThan(1e-11);
    expect(relative(step.lossAfter, numpy.lossAfter)).toBeLessThan(1e-11);
  });

  it('refuses statistics made for another problem', () => {
    const problem = problemOf([scale(tv), scale(radio)], scale(sales), true);
    const statistics = gramStatistics([scale(tv)], scale(sales));
    expect(() => explainLinearStep({ problem, parameters: [0, 0, 0], learningRate: 0.1, statistics })).toThrow(
      /another problem/,
    );
  });

  it('refuses a parameter vector of the wrong length and a learning rate that is not positive', () => {
    const problem = problemOf([scale(tv)], scale(sales), true);
    expect(() => explainLinearStep({ problem, parameters: [0, 0, 0], learningRate: 0.1 })).toThrow(/2 parameters/);
    expect(() => explainLinearStep({ problem, parameters: [0, 0], learningRate: 0 })).toThrow(RangeError);
  });
});
