import { describe, expect, it } from 'vitest';
import { runGradientDescent } from './gradientDescent/trajectory';
import { applyScaler, fitMinMaxScaler } from './scaling';
import { largestStableLearningRate } from './stability';
import { readAdvertisingColumns } from './testing/advertising';

/** λmax of the explicitly built Hessian (2/N)·XᵀX by power iteration: an independent route. */
function powerIterationEigenvalue(feature: ArrayLike<number>): number {
  const n = feature.length;
  let sumX = 0,
    sumXX = 0;
  for (let i = 0; i < n; i++) {
    sumX += feature[i]!;
    sumXX += feature[i]! * feature[i]!;
  }
  const h = [
    [(2 / n) * n, (2 / n) * sumX],
    [(2 / n) * sumX, (2 / n) * sumXX],
  ];
  let v = [1, 1];
  let lambda = 0;
  for (let k = 0; k < 500; k++) {
    const w = [h[0]![0]! * v[0]! + h[0]![1]! * v[1]!, h[1]![0]! * v[0]! + h[1]![1]! * v[1]!];
    lambda = Math.hypot(w[0]!, w[1]!);
    v = [w[0]! / lambda, w[1]! / lambda];
  }
  return lambda;
}

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

describe('largestStableLearningRate', () => {
  it('matches the worked example x = [0, 1]: λmax = 1.5 + √1.25', () => {
    expect(largestStableLearningRate([0, 1])).toBeCloseTo(2 / (1.5 + Math.sqrt(1.25)), 14);
  });
  it('agrees with power iteration on the Hessian for scaled and unscaled Advertising TV', () => {
    for (const feature of [scaledTv, tv]) {
      const relative = Math.abs(2 / largestStableLearningRate(feature) / powerIterationEigenvalue(feature) - 1);
      expect(relative).toBeLessThan(1e-12);
    }
  });
  it('separates convergence from divergence on scaled Advertising', () => {
    const bound = largestStableLearningRate(scaledTv);
    const below = runGradientDescent({
      feature: scaledTv,
      response: scaledSales,
      learningRate: 0.98 * bound,
      epochs: 20_000,
    });
    const above = runGradientDescent({
      feature: scaledTv,
      response: scaledSales,
      learningRate: 1.02 * bound,
      epochs: 20_000,
    });
    expect(below.divergence).toBeNull();
    expect(above.divergence).not.toBeNull();
  });
  it('is tiny for unscaled TV spend (x up to 296), which is why scaling matters', () => {
    expect(largestStableLearningRate(tv)).toBeLessThan(1e-4);
    expect(largestStableLearningRate(scaledTv)).toBeCloseTo(0.7922, 4);
  });
});
