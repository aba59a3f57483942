import { describe, expect, it } from 'vitest';
import { gramStatistics } from '../linearModel/gramStatistics';
import { hessianSpectrum } from '../linearModel/hessian';
import { runLinearOptimiser } from '../linearModel/runLinearOptimiser';
import { createRandomSource, standardNormal, uniform } from '../random';
import { applyScaler, fitMinMaxScaler, IDENTITY_SCALER } from '../scaling';
import { fitKeepingTriangle } from './fitLinearLeastSquares';
import { gramStatisticsFromTriangle } from './triangleStatistics';

/** A random problem with an intercept: 1–5 features, offsets up to 1e6, spreads 1e−3 … 1e3, some nearly collinear. */
function randomProblem(seed: number) {
  const random = createRandomSource(seed);
  const rows = 12 + Math.floor(uniform(random, 0, 300));
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
  return { columns, response };
}

/** The problem in working units (min–max scaled or not), its direct statistics and those read from the QR triangle. */
function bothStatistics(seed: number, scaled: boolean) {
  const { columns, response } = randomProblem(seed);
  const problem = { features: columns.map((values, j) => ({ name: `x${j}`, values })), response, fitIntercept: true };
  // refine: 'never' keeps the streamed triangle on small problems too (large ones keep it by themselves)
  const { factor } = fitKeepingTriangle(problem, { refine: 'never' });
  const scalers = columns.map((column) => (scaled ? fitMinMaxScaler(column) : IDENTITY_SCALER));
  const responseScaler = scaled ? fitMinMaxScaler(response) : IDENTITY_SCALER;
  const working = {
    features: columns.map((column, j) => ({ name: `x${j}`, values: applyScaler(scalers[j]!, column) })),
    response: applyScaler(responseScaler, response),
    fitIntercept: true,
  };
  const direct = gramStatistics(
    working.features.map((feature) => feature.values),
    working.response,
  );
  const derived = gramStatisticsFromTriangle(factor!, scalers, responseScaler, response.length);
  return { working, direct, derived: derived! };
}

describe('gramStatisticsFromTriangle', () => {
  it('gives the directly summed Gram statistics to 1e−12 of their scales (150 random problems, scaled or not)', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const { direct, derived } = bothStatistics(seed, seed % 2 === 0);
      const p = direct.featureMeans.length;
      const norm = (j: number) => Math.sqrt(direct.gram[j * p + j]!);
      const responseNorm = Math.sqrt(direct.responseSpread);
      const close = (a: number, b: number, scale: number, what: string) => {
        if (!(Math.abs(a - b) <= 1e-12 * scale))
          throw new Error(`seed ${seed}, ${what}: ${a} vs ${b} (scale ${scale})`);
      };
      close(derived.responseSpread, direct.responseSpread, direct.responseSpread, 'Σy′²');
      // each is centred on its own rounding of the mean and records the sum about it: x̄ + Σx′/N is the mean both describe
      const mean = (centre: number, sum: number) => centre + sum / direct.count;
      close(
        mean(derived.responseMean, derived.sumCentredResponse),
        mean(direct.responseMean, direct.sumCentredResponse),
        Math.abs(direct.responseMean) + responseNorm,
        'ȳ',
      );
      close(derived.minimalSumOfSquares, direct.minimalSumOfSquares, direct.responseSpread, 'RSS*');
      for (let j = 0; j < p; j++) {
        close(
          mean(derived.featureMeans[j]!, derived.sumCentredFeatures[j]!),
          mean(direct.featureMeans[j]!, direct.sumCentredFeatures[j]!),
          Math.abs(direct.featureMeans[j]!) + norm(j),
          `x̄${j}`,
        );
        close(derived.crossProducts[j]!, direct.crossProducts[j]!, norm(j) * responseNorm, `X′ᵀy′ ${j}`);
        for (let k = 0; k < p; k++)
          close(derived.gram[j * p + k]!, direct.gram[j * p + k]!, norm(j) * norm(k), `G${j}${k}`);
      }
    }
  });
  it('drives the same descent as the directly summed statistics, every epoch (60 random problems)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { working, direct, derived } = bothStatistics(seed, seed % 2 === 1);
      const learningRate = 0.9 * hessianSpectrum(direct, true).largestStableLearningRate;
      const run = (statistics: typeof direct) =>
        runLinearOptimiser({ problem: working, learningRate, epochs: 300, method: 'gram-statistics', statistics });
      const fromSums = run(direct);
      const fromTriangle = run(derived);
      expect(fromTriangle.lastEpoch).toBe(fromSums.lastEpoch);
      const scale = (values: Float64Array) => Math.max(...values.map(Math.abs), 1e-300);
      for (const [j, weights] of fromSums.weights.entries()) {
        const gap = Math.max(...weights.map((w, epoch) => Math.abs(w - fromTriangle.weights[j]![epoch]!)));
        expect(gap).toBeLessThanOrEqual(1e-11 * scale(weights));
      }
      const interceptGap = Math.max(...fromSums.intercepts.map((b, e) => Math.abs(b - fromTriangle.intercepts[e]!)));
      expect(interceptGap).toBeLessThanOrEqual(1e-11 * (scale(fromSums.intercepts) + 1));
      // to 1e−10 of the loss, or below the statistics' own resolution, ε-ish of the response's variance
      const floor = (1e-13 * direct.responseSpread) / direct.count;
      fromSums.losses.forEach((loss, epoch) => {
        const gap = Math.abs(loss - fromTriangle.losses[epoch]!);
        if (!(gap <= 1e-10 * loss + floor))
          throw new Error(`seed ${seed}, epoch ${epoch}: loss ${loss} vs ${fromTriangle.losses[epoch]}`);
      });
    }
  });
  it('is null for a model through the origin, whose statistics are not centred by the design', () => {
    const problem = {
      features: [{ name: 'x', values: Float64Array.of(1, 2, 3, 4) }],
      response: Float64Array.of(1, 2, 2, 5),
      fitIntercept: false,
    };
    const { factor } = fitKeepingTriangle(problem, { refine: 'never' });
    expect(gramStatisticsFromTriangle(factor!, [IDENTITY_SCALER], IDENTITY_SCALER, 4)).toBeNull();
  });
});
