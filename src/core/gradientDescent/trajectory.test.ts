import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from '../leastSquares';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { epochValuesArray } from './epochValues';
import { lineAtEpoch, runGradientDescent } from './trajectory';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('runGradientDescent on the published lessons', () => {
  it('reproduces batch GD on scaled Advertising (learning rate 0.1, 1000 epochs) bit for bit', () => {
    const run = runGradientDescent({ feature: scaledTv, response: scaledSales, learningRate: 0.1, epochs: 1000 });
    expect(run.method).toBe('per-point');
    expect(run.lastEpoch).toBe(1000);
    expect(run.intercepts.at(1000)).toBe(0.21519198226718594);
    expect(run.slopes.at(1000)).toBe(0.5534083104180343);
  });
  it('reproduces the synthetic line y = 0.5x + 2 after 200 000 epochs at learning rate 0.000025', () => {
    const x = Float64Array.from({ length: 300 }, (_, i) => i + 1);
    const y = x.map((value) => 0.5 * value + 2);
    for (const method of ['per-point', 'auto'] as const) {
      const run = runGradientDescent({ feature: x, response: y, learningRate: 0.000025, epochs: 200_000, method });
      const final = lineAtEpoch(run, 200_000);
      expect(relativeError(final.slope, 0.5008287639956263)).toBeLessThanOrEqual(1e-15);
      // the sufficient-statistics path lands 1.5e−15 away from the per-point loop's published bias
      expect(relativeError(final.intercept, 1.8339723159878247)).toBeLessThanOrEqual(
        method === 'per-point' ? 1e-15 : 2e-15,
      );
    }
    // and the per-point loop is exactly the published pair
    const exact = runGradientDescent({
      feature: x,
      response: y,
      learningRate: 0.000025,
      epochs: 200_000,
      method: 'per-point',
    });
    expect(exact.slopes.at(200_000)).toBe(0.5008287639956263);
    expect(exact.intercepts.at(200_000)).toBe(1.8339723159878247);
  });
  it("gives the published source's √(Σ(p−y)²/(2N)) = 0.05855296238504223 at the end of that run", () => {
    const x = Float64Array.from({ length: 300 }, (_, i) => i + 1);
    const y = x.map((value) => 0.5 * value + 2);
    const run = runGradientDescent({
      feature: x,
      response: y,
      learningRate: 0.000025,
      epochs: 200_000,
      method: 'per-point',
    });
    expect(relativeError(Math.sqrt(run.losses[200_000]! / 2), 0.05855296238504223)).toBeLessThan(1e-12);
  });
});

describe('runGradientDescent', () => {
  it('stores the starting line at epoch 0 and one entry per epoch', () => {
    const run = runGradientDescent({
      feature: [1, 2, 3],
      response: [1, 2, 3],
      learningRate: 0.1,
      epochs: 5,
      start: { intercept: 2, slope: -1 },
    });
    expect(run.intercepts.length).toBe(6);
    expect(lineAtEpoch(run, 0)).toEqual({ intercept: 2, slope: -1 });
  });
  it('lowers the loss every epoch below the stable learning rate and approaches OLS', () => {
    const rate = 0.9 * largestStableLearningRate(scaledTv);
    const run = runGradientDescent({ feature: scaledTv, response: scaledSales, learningRate: rate, epochs: 5000 });
    // allow one part in 1e14: near the minimum the loss only jitters by rounding
    for (let epoch = 1; epoch <= 5000; epoch++)
      expect(run.losses[epoch]!).toBeLessThanOrEqual(run.losses[epoch - 1]! * (1 + 1e-14));
    const ols = fitLeastSquaresLine(scaledTv, scaledSales);
    expect(run.slopes.at(5000)).toBeCloseTo(ols.slope, 10);
  });
  it('stops at the first exploding epoch above the stable rate, keeping every stored value finite', () => {
    const rate = 1.5 * largestStableLearningRate(scaledTv);
    const run = runGradientDescent({ feature: scaledTv, response: scaledSales, learningRate: rate, epochs: 100_000 });
    expect(run.divergence).not.toBeNull();
    expect(run.divergence!.epoch).toBe(run.lastEpoch + 1);
    expect(run.lastEpoch).toBeLessThan(200);
    for (const value of [...run.losses, ...epochValuesArray(run.slopes), ...epochValuesArray(run.intercepts)])
      expect(Number.isFinite(value)).toBe(true);
    expect(run.losses[run.lastEpoch]!).toBeLessThanOrEqual(1e6 * run.losses[0]!);
  });
  it('reports overflow to Infinity as divergence too', () => {
    const run = runGradientDescent({ feature: [1e150, 2e150], response: [1, 2], learningRate: 10, epochs: 10 });
    expect(run.divergence?.epoch).toBeGreaterThan(0);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });
  it('rejects a non-positive learning rate and a fractional epoch count', () => {
    expect(() => runGradientDescent({ feature: [1, 2], response: [1, 2], learningRate: 0, epochs: 1 })).toThrow(
      /positive/,
    );
    expect(() => runGradientDescent({ feature: [1, 2], response: [1, 2], learningRate: 0.1, epochs: 1.5 })).toThrow(
      /whole number/,
    );
  });
  it('does not mutate frozen inputs', () => {
    const feature = Object.freeze([1, 2, 3, 4]);
    const response = Object.freeze([2, 4, 5, 8]);
    const start = Object.freeze({ intercept: 0, slope: 0 });
    expect(() => runGradientDescent({ feature, response, learningRate: 0.01, epochs: 10, start })).not.toThrow();
  });
});
