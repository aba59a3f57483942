import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from '../leastSquares';
import { createRandomSource, standardNormal, uniform } from '../random';
import { largestStableLearningRate } from '../stability';
import { runPython } from '../testing/python';
import { lossAndGradient } from './batchStep';
import { lossAndGradientFromStatistics, sufficientStatistics } from './sufficientStatistics';
import { runGradientDescent } from './trajectory';

/** A random data set: some well scaled, some offset by up to 1e6, some with tiny or huge spreads. */
function randomDataSet(seed: number) {
  const random = createRandomSource(seed);
  const count = 2 + Math.floor(uniform(random, 0, 300));
  const offset = [0, 1e3, -5e4, 1e6][seed % 4]!;
  const spread = 10 ** uniform(random, -3, 3);
  const slope = uniform(random, -5, 5);
  const noise = 10 ** uniform(random, -4, 1);
  const feature = Float64Array.from({ length: count }, () => offset + spread * uniform(random, -1, 1));
  const response = feature.map((x) => slope * (x - offset) + 3 + noise * standardNormal(random));
  return { feature, response, random };
}

describe('lossAndGradientFromStatistics', () => {
  it('matches the per-point loop on a hand-checkable data set', () => {
    const feature = [1, 2, 3, 4],
      response = [2, 3, 5, 4];
    const stats = sufficientStatistics(feature, response);
    const line = { intercept: 0.3, slope: 0.7 };
    const fast = lossAndGradientFromStatistics(line, stats);
    const plain = lossAndGradient(line, feature, response);
    expect(fast.loss).toBeCloseTo(plain.loss, 14);
    expect(fast.gradient.slope).toBeCloseTo(plain.gradient.slope, 14);
    expect(fast.gradient.intercept).toBeCloseTo(plain.gradient.intercept, 14);
  });
  it('refuses a constant feature', () => {
    expect(() => sufficientStatistics([2, 2, 2], [1, 2, 3])).toThrow(/same/);
  });
});

describe('sufficient-statistics runs agree with per-point runs (property test over 200 random data sets)', () => {
  it('every epoch agrees to 1e−12 relative, badly scaled data included', () => {
    let compared = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { feature, response, random } = randomDataSet(seed);
      const stableRate = largestStableLearningRate(feature);
      // mostly stable rates, some just past the limit so the comparison covers divergence too
      const learningRate = stableRate * uniform(random, 0.01, seed % 10 === 0 ? 1.2 : 0.99);
      const epochs = 2000;
      const ols = fitLeastSquaresLine(feature, response);
      // half the runs start at zero as the lessons do, half anywhere within twice the answer
      const start =
        seed % 2 === 0
          ? { intercept: 0, slope: 0 }
          : {
              intercept: uniform(random, -2, 2) * Math.abs(ols.intercept),
              slope: uniform(random, -2, 2) * Math.abs(ols.slope),
            };
      const plain = runGradientDescent({ feature, response, learningRate, epochs, start, method: 'per-point' });
      const fast = runGradientDescent({
        feature,
        response,
        learningRate,
        epochs,
        start,
        method: 'sufficient-statistics',
      });
      // Below these scales the per-point loop's own rounding dominates, so "relative" is taken
      // against them. The intercept is a difference of numbers as large as |ȳ| and |slope·x̄|.
      // Each residual y − (b·x + a) cancels terms of size M = max|y|, |a| + |b|·max|x|, so it
      // carries an error of ~eps·M and its square a relative error of ~2·eps·M/|r|: the loop
      // itself is good to 1e−12 only for residuals above ~1e−3·M, i.e. losses above 1e−6·M².
      const xMean = feature.reduce((a, b) => a + b, 0) / feature.length;
      const xMax = feature.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
      const yMax = response.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
      const interceptScale = Math.abs(ols.intercept) + Math.abs(ols.slope * xMean) + Math.abs(start.intercept);
      const slopeScale = Math.abs(ols.slope) + Math.abs(start.slope);
      const shared = Math.min(plain.lastEpoch, fast.lastEpoch);
      expect(Math.abs(plain.lastEpoch - fast.lastEpoch)).toBeLessThanOrEqual(1);
      // The loss must agree as evaluated, given the parameters: 1e−12 relative, plus what the
      // (already checked) parameter gap moves it by, ∂loss/∂a·Δa + ∂loss/∂b·Δb ≤ 2√loss·(Δa + max|x|·Δb).
      const lossTolerance = (p: { a: number; b: number; loss: number }, f: { a: number; b: number; loss: number }) => {
        const cancelled = Math.max(yMax, Math.abs(p.a) + Math.abs(p.b) * xMax);
        const parameterShift = 2 * Math.sqrt(p.loss) * (Math.abs(f.a - p.a) + xMax * Math.abs(f.b - p.b));
        return 1e-12 * Math.max(p.loss, 1e-6 * cancelled * cancelled) + parameterShift;
      };
      for (let epoch = 0; epoch <= shared; epoch++) {
        const p = { a: plain.intercepts.at(epoch)!, b: plain.slopes.at(epoch)!, loss: plain.losses[epoch]! };
        const f = { a: fast.intercepts.at(epoch)!, b: fast.slopes.at(epoch)!, loss: fast.losses[epoch]! };
        const ok =
          Math.abs(f.a - p.a) <= 1e-12 * Math.max(Math.abs(p.a), interceptScale) &&
          Math.abs(f.b - p.b) <= 1e-12 * Math.max(Math.abs(p.b), slopeScale) &&
          Math.abs(f.loss - p.loss) <= lossTolerance(p, f);
        if (!ok)
          throw new Error(
            `seed ${seed}, epoch ${epoch}: per-point ${JSON.stringify(p)} vs statistics ${JSON.stringify(f)}`,
          );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200 * 100);
  });
});

describe('the centred sums the least-squares lesson shows', () => {
  it('are numpy’s to the last bit: Σx′y′, Σx′² and the means', () => {
    const random = createRandomSource(11);
    const feature = Float64Array.from({ length: 1000 }, () => uniform(random, 0, 300));
    const response = Float64Array.from(feature, (x) => 7 + 0.05 * x + standardNormal(random));
    const statistics = sufficientStatistics(feature, response);
    const numpy = runPython<number[]>(
      `
import json, sys, numpy as np
x, y = (np.array(c) for c in json.load(sys.stdin))
print(json.dumps([float(np.sum((x - x.mean()) * (y - y.mean()))), float(np.sum((x - x.mean()) ** 2)), float(x.mean()), float(y.mean())]))
`,
      [Array.from(feature), Array.from(response)],
    );
    expect([statistics.crossSum, statistics.featureSpread, statistics.featureMean, statistics.responseMean]).toEqual(
      numpy,
    );
  });
});
