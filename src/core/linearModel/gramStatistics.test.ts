import { describe, expect, it } from 'vitest';
import { runGradientDescent } from '../gradientDescent/trajectory';
import { createRandomSource, standardNormal, uniform } from '../random';
import { createGramScratch, evaluateFromGram, gramStatistics } from './gramStatistics';
import { hessianSpectrum } from './hessian';
import { createGradientScratch, evaluateLinearLoss } from './lossAndGradient';
import { runLinearOptimiser } from './runLinearOptimiser';

/** A random problem: 1–5 features, some well scaled, some offset by up to 1e6 or with spreads from 1e−3 to 1e3, some correlated. */
function randomProblem(seed: number) {
  const random = createRandomSource(seed);
  const rows = 2 + Math.floor(uniform(random, 0, 200));
  const p = 1 + (seed % 5);
  const offset = [0, 1e3, -5e4, 1e6][seed % 4]!;
  const columns = Array.from({ length: p }, () => {
    const spread = 10 ** uniform(random, -3, 3);
    return Float64Array.from({ length: rows }, () => offset + spread * uniform(random, -1, 1));
  });
  if (p > 2 && seed % 3 === 0)
    columns[2] = columns[0]!.map((x, i) => 0.7 * x + 0.3 * columns[1]![i]! + 1e-3 * uniform(random, -1, 1));
  const truth = columns.map(() => uniform(random, -5, 5));
  const noise = 10 ** uniform(random, -4, 1);
  const response = Float64Array.from(
    { length: rows },
    (_, i) =>
      3 +
      columns.reduce((sum, column, j) => sum + truth[j]! * (column[i]! - offset), 0) +
      noise * standardNormal(random),
  );
  return { columns, response, random, fitIntercept: seed % 7 !== 0 };
}

const maxAbs = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => Math.max(a, Math.abs(b)), 0);

describe('evaluateFromGram', () => {
  it('matches the per-row kernel on a hand-checkable problem', () => {
    const columns = [Float64Array.of(1, 2, 3, 4), Float64Array.of(2, 0, 1, 5)];
    const response = Float64Array.of(2, 3, 5, 4);
    const parameters = Float64Array.of(0.3, 0.7, -0.2);
    const fast = createGramScratch(2);
    evaluateFromGram(gramStatistics(columns, response), parameters, true, fast);
    const plain = createGradientScratch(2, 4);
    evaluateLinearLoss(columns, response, parameters, true, plain);
    expect(fast.loss).toBeCloseTo(plain.loss, 14);
    for (let j = 0; j < 3; j++) expect(fast.gradient[j]).toBeCloseTo(plain.gradient[j]!, 14);
  });
  it('with one feature agrees with the one-feature sufficient-statistics path every epoch', { timeout: 60_000 }, () => {
    const random = createRandomSource(5);
    const feature = Float64Array.from({ length: 120 }, () => 1e4 + uniform(random, -3, 3));
    const response = feature.map((x) => 2 * (x - 1e4) + 1 + 0.1 * standardNormal(random));
    const learningRate = 0.9 * hessianSpectrum(gramStatistics([feature], response)).largestStableLearningRate;
    const single = runGradientDescent({
      feature,
      response,
      learningRate,
      epochs: 3000,
      method: 'sufficient-statistics',
    });
    const many = runLinearOptimiser({
      problem: { features: [{ name: 'x', values: feature }], response, fitIntercept: true },
      learningRate,
      epochs: 3000,
      method: 'gram-statistics',
    });
    for (let epoch = 0; epoch <= 3000; epoch++) {
      expect(Math.abs(many.intercepts[epoch]! - single.intercepts.at(epoch)!)).toBeLessThanOrEqual(
        1e-13 * Math.max(1e4, Math.abs(single.intercepts.at(epoch)!)),
      );
      expect(Math.abs(many.weights[0]![epoch]! - single.slopes.at(epoch)!)).toBeLessThanOrEqual(
        1e-13 * Math.max(1, Math.abs(single.slopes.at(epoch)!)),
      );
      expect(Math.abs(many.losses[epoch]! - single.losses[epoch]!)).toBeLessThanOrEqual(
        1e-12 * single.losses[epoch]! + 1e-22,
      );
    }
  });
});

describe('Gram-statistics runs agree with per-row runs (property test over 150 random problems, every epoch)', () => {
  it('parameters to 1e−12 of their scale and losses to 1e−12 plus what the parameter gap explains, badly scaled data included', {
    timeout: 60_000,
  }, () => {
    let compared = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { columns, response, random, fitIntercept } = randomProblem(seed);
      const problem = { features: columns.map((values, j) => ({ name: `x${j}`, values })), response, fitIntercept };
      const statistics = gramStatistics(columns, response);
      const stable = hessianSpectrum(statistics, fitIntercept).largestStableLearningRate;
      // mostly stable rates, a few past the limit so that divergence is compared too
      const learningRate = stable * uniform(random, 0.05, seed % 10 === 0 ? 1.2 : 0.99);
      const epochs = 400;
      const plain = runLinearOptimiser({ problem, learningRate, epochs, method: 'per-point' });
      const fast = runLinearOptimiser({ problem, learningRate, epochs, method: 'gram-statistics', statistics });
      expect(Math.abs(plain.lastEpoch - fast.lastEpoch)).toBeLessThanOrEqual(1);
      // Scales below which the per-row loop's own rounding dominates (see the one-feature test):
      // each prediction cancels terms as large as |b| + Σ|wⱼ|·max|xⱼ|, each weight moves on the
      // scale of the largest weight reached, the intercept on that of Σ|wⱼ·x̄ⱼ|.
      const xMax = Math.max(...columns.map(maxAbs));
      const yMax = maxAbs(response);
      const spreads = columns.map((column) => {
        const mean = column.reduce((a, b) => a + b, 0) / column.length;
        return Math.sqrt(column.reduce((sum, x) => sum + (x - mean) ** 2, 0) / column.length);
      });
      for (let epoch = 0; epoch <= Math.min(plain.lastEpoch, fast.lastEpoch); epoch++) {
        const weightScale = Math.max(
          ...plain.weights.map((w) => Math.abs(w[epoch]!)),
          ...plain.weights.map((w) => Math.abs(w[plain.lastEpoch]!)),
        );
        const interceptScale = Math.abs(plain.intercepts[epoch]!) + weightScale * xMax * columns.length + yMax;
        const cancelled = Math.max(yMax, interceptScale);
        let parameterShift = Math.abs(fast.intercepts[epoch]! - plain.intercepts[epoch]!);
        const ok =
          plain.weights.every((w, j) => {
            const gap = Math.abs(fast.weights[j]![epoch]! - w[epoch]!);
            parameterShift += xMax * gap;
            return gap <= 1e-12 * Math.max(weightScale, 1e-300) * columns.length;
          }) && Math.abs(fast.intercepts[epoch]! - plain.intercepts[epoch]!) <= 1e-12 * interceptScale;
        // The Gram form sums p² terms of size |dⱼ|·|Gⱼₖ|·|dₖ|/N ≤ (Σ|dⱼ|·rmsⱼ)² with d = w − w* the
        // distance to the reference weights; correlated features make those terms cancel, so its
        // MSE is good to about ε·p·(Σ(|wⱼ| + |w*ⱼ|)·rmsⱼ)², whatever the loss itself.
        const spreadScale = plain.weights.reduce(
          (sum, w, j) => sum + (Math.abs(w[epoch]!) + Math.abs(statistics.referenceWeights[j]!)) * spreads[j]!,
          0,
        );
        const loss = plain.losses[epoch]!;
        const lossTolerance =
          1e-12 * Math.max(loss, 1e-6 * cancelled * cancelled) +
          1e-14 * columns.length * spreadScale ** 2 +
          2 * Math.sqrt(loss) * parameterShift;
        if (!ok || Math.abs(fast.losses[epoch]! - loss) > lossTolerance) {
          throw new Error(
            `seed ${seed}, epoch ${epoch}: per-row ${plain.intercepts[epoch]} ${plain.weights.map((w) => w[epoch])} ${loss} vs Gram ${fast.intercepts[epoch]} ${fast.weights.map((w) => w[epoch])} ${fast.losses[epoch]}`,
          );
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150 * 100);
  });
});
