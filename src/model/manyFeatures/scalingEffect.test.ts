import { describe, expect, it } from 'vitest';
import { runPython } from '../../core/testing/python';
import { loadAdvertising } from '../advertisingDataSet';
import { prepareManyFeatureProblem } from './manyFeatureProblem';
import { scalingEffect } from './scalingEffect';

describe('scalingEffect', () => {
  it('gives the Hessian conditioning of TV, Radio and Newspaper as they are and scaled, as numpy does', () => {
    const data = loadAdvertising();
    const problem = prepareManyFeatureProblem(
      data,
      {
        featureName: 'TV',
        extraFeatures: ['Radio', 'Newspaper'],
        responseName: 'Sales',
        polynomialDegree: 1,
        throughOrigin: false,
      },
      false,
    );
    const effect = scalingEffect(problem);
    const columns = problem.original.features.map((feature) => Array.from(feature.values));
    const numpy = runPython<{ raw: number[]; scaled: number[] }>(
      `
import json, sys, numpy as np
cols = np.array(json.load(sys.stdin)).T
def eig(x):
    a = np.hstack([np.ones((x.shape[0], 1)), x])
    return np.linalg.eigvalsh(2 / x.shape[0] * a.T @ a)
scaled = (cols - cols.min(axis=0)) / (cols.max(axis=0) - cols.min(axis=0))
print(json.dumps({"raw": eig(cols).tolist(), "scaled": eig(scaled).tolist()}))
`,
      columns,
    );
    const condition = (values: number[]) => Math.max(...values) / Math.min(...values);
    expect(effect.scaledConditionNumber / condition(numpy.scaled) - 1).toBeLessThan(1e-9);
    expect(effect.scaledConditionNumber.toFixed(1)).toBe('53.6');
    expect(Math.abs(effect.rawConditionNumber / condition(numpy.raw) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(effect.rawStableRate / (2 / Math.max(...numpy.raw)) - 1)).toBeLessThan(1e-12);
    expect(effect.rawConditionNumber).toBeGreaterThan(1000 * effect.scaledConditionNumber);
  });
});

describe('scalingEffect from a scaled problem', () => {
  it('gives the same conditioning as from the unscaled problem, with or without an intercept', () => {
    const data = loadAdvertising();
    for (const throughOrigin of [false, true]) {
      const choice = {
        featureName: 'TV',
        extraFeatures: ['Radio', 'Newspaper'],
        responseName: 'Sales',
        polynomialDegree: 2,
        throughOrigin,
      };
      const fromRaw = scalingEffect(prepareManyFeatureProblem(data, choice, false));
      const fromScaled = scalingEffect(prepareManyFeatureProblem(data, choice, true));
      expect(Math.abs(fromScaled.scaledConditionNumber / fromRaw.scaledConditionNumber - 1)).toBeLessThan(1e-9);
      expect(Math.abs(fromScaled.rawConditionNumber / fromRaw.rawConditionNumber - 1)).toBeLessThan(1e-6);
      expect(Math.abs(fromScaled.rawStableRate / fromRaw.rawStableRate - 1)).toBeLessThan(1e-12);
      expect(Math.abs(fromScaled.scaledStableRate / fromRaw.scaledStableRate - 1)).toBeLessThan(1e-12);
    }
  });
});
