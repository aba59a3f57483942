import { describe, expect, it } from 'vitest';
import { runGradientDescent } from '../gradientDescent/trajectory';
import { fitLeastSquaresLine } from '../leastSquares';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { logSpacedRates } from './logSpacedRates';
import { prepareLossForecast } from './lossForecast';
import { lossesAfter, sweepLearningRates } from './sweepLearningRates';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

// What is measured: for 60 log-spaced rates from 1e−4 to 3 × the stable limit, the closed form
// against the loss runGradientDescent actually ends on (its per-point loop up to 2 000 000
// point-evaluations, sufficient statistics beyond). Diverged runs must be Infinity in both.
// Finite losses must agree to 1e−12 relative (measured: ≤ 1e−14), and the excess loss above
// the minimum, where it is at least 1e−6 of the minimum, to 1e−9 relative (measured: ≤ 7e−11;
// the run's own rounding, about k·eps of the excess after k epochs, dominates).
describe('sweepLearningRates agrees with actual gradient-descent runs', () => {
  it.each([
    ['scaled', scaledTv, scaledSales],
    ['unscaled', tv, sales],
  ] as const)('on %s Advertising TV → Sales, at 0 to 100 000 epochs', (_name, feature, response) => {
    const limit = largestStableLearningRate(feature);
    const rates = logSpacedRates(1e-4 * limit, 3 * limit, 60);
    const forecast = prepareLossForecast(feature, response);
    let diverged = 0;
    for (const epochs of [0, 1, 10, 1000, 100_000]) {
      const predicted = lossesAfter(forecast, rates, epochs);
      rates.forEach((learningRate, i) => {
        const run = runGradientDescent({ feature, response, learningRate, epochs });
        if (run.divergence) {
          diverged++;
          expect(predicted[i]).toBe(Infinity);
          return;
        }
        const actual = run.losses[epochs]!;
        expect(Math.abs(predicted[i]! - actual) / actual).toBeLessThan(1e-12);
        const excess = actual - forecast.minimumLoss;
        if (excess > 1e-6 * forecast.minimumLoss) expect(Math.abs(predicted[i]! - actual) / excess).toBeLessThan(1e-9);
      });
    }
    expect(diverged).toBeGreaterThan(10); // the comparison did cover divergence
  });
  it('gives the published synthetic-line result: √(loss/2) = 0.05855296238504223 after 200 000 epochs', () => {
    const x = Float64Array.from({ length: 300 }, (_, i) => i + 1);
    const y = x.map((value) => 0.5 * value + 2);
    const [loss] = sweepLearningRates({ feature: x, response: y, rates: [0.000025], epochs: 200_000 });
    expect(Math.abs(Math.sqrt(loss! / 2) / 0.05855296238504223 - 1)).toBeLessThan(1e-9);
  });
  it('starts from any line', () => {
    const start = { intercept: 2, slope: -3 };
    const [loss] = sweepLearningRates({ feature: scaledTv, response: scaledSales, rates: [0.3], epochs: 25, start });
    const run = runGradientDescent({ feature: scaledTv, response: scaledSales, learningRate: 0.3, epochs: 25, start });
    expect(Math.abs(loss! / run.losses[25]! - 1)).toBeLessThan(1e-13);
  });
});

describe('sweepLearningRates edge cases', () => {
  const data = { feature: scaledTv, response: scaledSales };
  const limit = largestStableLearningRate(scaledTv);
  const forecast = prepareLossForecast(scaledTv, scaledSales);
  it('gives the starting loss for every rate at zero epochs, diverging ones included', () => {
    const losses = sweepLearningRates({ ...data, rates: [1e-6, 0.5 * limit, 0.999 * limit, 5 * limit], epochs: 0 });
    for (const loss of losses) expect(loss).toBe(forecast.startingLoss);
  });
  it('underflows to exactly the minimum for converging rates after huge epoch counts', () => {
    const losses = sweepLearningRates({ ...data, rates: [0.01, 0.5 * limit, 0.99 * limit], epochs: 1e9 });
    for (const loss of losses) expect(loss).toBe(forecast.minimumLoss);
  });
  it('reports Infinity, never NaN, past the limit, however many epochs', () => {
    const losses = sweepLearningRates({ ...data, rates: [1.01 * limit, 3 * limit, 1e300], epochs: 1e9 });
    expect(Array.from(losses)).toEqual([Infinity, Infinity, Infinity]);
  });
  it('keeps a diverging rate finite until the loss passes a million times the start, as the runs do', () => {
    const rate = 1.05 * limit;
    const early = sweepLearningRates({ ...data, rates: [rate], epochs: 5 })[0]!;
    expect(Number.isFinite(early)).toBe(true);
    expect(early).toBeGreaterThan(forecast.minimumLoss);
  });
  it('stays at the minimum from the OLS line itself, for any rate (no 0 × Infinity)', () => {
    const start = fitLeastSquaresLine(scaledTv, scaledSales);
    const losses = sweepLearningRates({ ...data, start, rates: [0.1, 10 * limit], epochs: 1e6 });
    for (const loss of losses) expect(loss).toBeCloseTo(forecast.minimumLoss, 17);
  });
  it('gives the loss 0 for a direction killed in one step (learning rate × λ = 1)', () => {
    // x = (−1, 1): H = 2I, λ = 2 twice, so the rate 0.5 lands on the minimum after one epoch
    expect(Array.from(sweepLearningRates({ feature: [-1, 1], response: [0, 2], rates: [0.5], epochs: 1 }))).toEqual([
      0,
    ]);
  });
  it('rejects bad rates and epoch counts', () => {
    expect(() => sweepLearningRates({ ...data, rates: [0.1, 0], epochs: 10 })).toThrow(RangeError);
    expect(() => sweepLearningRates({ ...data, rates: [NaN], epochs: 10 })).toThrow(RangeError);
    expect(() => sweepLearningRates({ ...data, rates: [0.1], epochs: -1 })).toThrow(/epochs/);
    expect(() => sweepLearningRates({ ...data, rates: [0.1], epochs: 1, start: { intercept: NaN, slope: 0 } })).toThrow(
      /starting line/,
    );
    expect(() => sweepLearningRates({ feature: [1, 1, 1], response: [1, 2, 3], rates: [0.1], epochs: 1 })).toThrow(
      /same/,
    );
  });
});

describe('logSpacedRates', () => {
  it('spaces 60 rates by a constant ratio and hits both ends exactly', () => {
    const rates = logSpacedRates(1e-3, 1);
    expect(rates.length).toBe(60);
    expect(rates[0]).toBe(1e-3);
    expect(rates[59]).toBe(1);
    const ratio = rates[1]! / rates[0]!;
    for (let i = 1; i < 60; i++) expect(rates[i]! / rates[i - 1]!).toBeCloseTo(ratio, 12);
    expect(ratio).toBeCloseTo(1000 ** (1 / 59), 12);
  });
  it('matches numpy.geomspace(0.001, 1, 4)', () => {
    const rates = logSpacedRates(0.001, 1, 4);
    for (const [i, expected] of [0.001, 0.01, 0.1, 1].entries()) expect(rates[i]).toBeCloseTo(expected, 15);
  });
  it('rejects empty, reversed or non-positive ranges and fewer than two rates', () => {
    expect(() => logSpacedRates(0, 1)).toThrow(RangeError);
    expect(() => logSpacedRates(1, 0.5)).toThrow(RangeError);
    expect(() => logSpacedRates(1e-3, Infinity)).toThrow(RangeError);
    expect(() => logSpacedRates(1e-3, 1, 1)).toThrow(/two or more/);
  });
});
