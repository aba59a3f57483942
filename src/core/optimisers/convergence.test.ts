import { describe, expect, it } from 'vitest';
import { epochValuesArray } from '../gradientDescent/epochValues';
import { fitLeastSquaresLine } from '../leastSquares';
import { meanSquaredError } from '../metrics';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { runOptimiser } from './runOptimiser';
import type { Flavour, Optimiser } from './settings';
import { hasLossSettled } from './toleranceStop';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);
const advertising = { feature: scaledTv, response: scaledSales };
const ols = fitLeastSquaresLine(scaledTv, scaledSales);
const olsLoss = meanSquaredError(ols, scaledTv, scaledSales); // 0.016294644608557188

describe('runOptimiser converges to the OLS line on scaled Advertising', () => {
  // Batch runs converge exactly (to rounding); shuffled runs at a fixed learning rate keep
  // jittering around the minimum by an amount that grows with the learning rate, so their
  // tolerances are that noise floor (measured: ≤ 3e−3 in the parameters, ≤ 1e−3 relative in the loss).
  it.each([
    ['batch + momentum, rate 0.1, 1000 epochs', { kind: 'batch' }, { kind: 'momentum' }, 0.1, 1e-12, 1e-14],
    ['batch + Adam, rate 0.01, 1000 epochs', { kind: 'batch' }, { kind: 'adam' }, 0.01, 1e-7, 1e-12],
    ['stochastic + plain, rate 0.001', { kind: 'stochastic', seed: 1 }, { kind: 'plain' }, 0.001, 2e-3, 1e-4],
    ['stochastic + momentum, rate 0.0005', { kind: 'stochastic', seed: 1 }, { kind: 'momentum' }, 0.0005, 1e-2, 1e-3],
    ['stochastic + Adam, rate 0.0005', { kind: 'stochastic', seed: 1 }, { kind: 'adam' }, 0.0005, 1e-2, 1e-3],
    [
      'mini-batch of 16 + plain, rate 0.05',
      { kind: 'mini-batch', batchSize: 16, seed: 1 },
      { kind: 'plain' },
      0.05,
      1e-2,
      1e-3,
    ],
    [
      'mini-batch of 16 + Adam, rate 0.001',
      { kind: 'mini-batch', batchSize: 16, seed: 1 },
      { kind: 'adam' },
      0.001,
      1e-2,
      1e-3,
    ],
  ] as [string, Flavour, Optimiser, number, number, number][])(
    '%s',
    (_name, flavour, optimiser, learningRate, parameterTolerance, lossTolerance) => {
      const run = runOptimiser({ ...advertising, learningRate, epochs: 1000, flavour, optimiser });
      expect(run.stop.reason).toBe('budget');
      expect(Math.abs(run.intercepts.at(1000)! - ols.intercept)).toBeLessThan(parameterTolerance);
      expect(Math.abs(run.slopes.at(1000)! - ols.slope)).toBeLessThan(parameterTolerance);
      expect(Math.abs(run.losses[1000]! - olsLoss) / olsLoss).toBeLessThan(lossTolerance);
    },
  );
  it('Adam finds the unscaled line Sales = 7.0326 + 0.04754·TV, where plain GD at its largest stable rate is still far off', () => {
    const unscaledOls = fitLeastSquaresLine(tv, sales);
    const adam = runOptimiser({
      feature: tv,
      response: sales,
      learningRate: 0.1,
      epochs: 20_000,
      optimiser: { kind: 'adam' },
    });
    expect(Math.abs(adam.intercepts.at(20_000)! - unscaledOls.intercept)).toBeLessThan(1e-4);
    expect(Math.abs(adam.slopes.at(20_000)! / unscaledOls.slope - 1)).toBeLessThan(1e-4);
    const plain = runOptimiser({
      feature: tv,
      response: sales,
      learningRate: 0.99 * largestStableLearningRate(tv),
      epochs: 20_000,
    });
    expect(Math.abs(plain.intercepts.at(20_000)! - unscaledOls.intercept)).toBeGreaterThan(1);
  });
});

describe('runOptimiser seeds', () => {
  const settings = { ...advertising, learningRate: 0.01, epochs: 50 };
  it('the same seed gives the identical run', () => {
    for (const flavour of [
      { kind: 'stochastic', seed: 123 },
      { kind: 'mini-batch', batchSize: 7, seed: 123 },
    ] as const) {
      const first = runOptimiser({ ...settings, flavour, optimiser: { kind: 'adam' } });
      const second = runOptimiser({ ...settings, flavour, optimiser: { kind: 'adam' } });
      expect(second.intercepts).toEqual(first.intercepts);
      expect(second.slopes).toEqual(first.slopes);
      expect(second.losses).toEqual(first.losses);
    }
  });
  it('a different seed gives a different run, from the first epoch on', () => {
    const first = runOptimiser({ ...settings, flavour: { kind: 'stochastic', seed: 123 } });
    const other = runOptimiser({ ...settings, flavour: { kind: 'stochastic', seed: 124 } });
    expect(other.slopes.at(1)).not.toBe(first.slopes.at(1));
    expect(other.losses[50]).not.toBe(first.losses[50]);
  });
});

describe('runOptimiser tolerance stopping', () => {
  it('stops batch GD at the first epoch whose loss moved by at most tolerance × the previous loss', () => {
    const run = runOptimiser({ ...advertising, learningRate: 0.1, epochs: 100_000, tolerance: 1e-9 });
    const k = run.lastEpoch;
    expect(run.stop).toEqual({ reason: 'tolerance', epoch: k });
    expect(k).toBeGreaterThan(100);
    expect(k).toBeLessThan(100_000);
    expect(run.losses.length).toBe(k + 1);
    expect(hasLossSettled(run.losses[k - 1]!, run.losses[k]!, 1e-9)).toBe(true);
    for (let epoch = 1; epoch < k; epoch++)
      expect(hasLossSettled(run.losses[epoch - 1]!, run.losses[epoch]!, 1e-9)).toBe(false);
    // and what it kept is the start of the run without a tolerance (same budget, so same evaluation method)
    const full = runOptimiser({ ...advertising, learningRate: 0.1, epochs: 100_000 });
    expect(epochValuesArray(run.slopes)).toEqual(epochValuesArray(full.slopes).slice(0, k + 1));
  });
  it('stops momentum and stochastic runs the same way', () => {
    const momentum = runOptimiser({
      ...advertising,
      learningRate: 0.1,
      epochs: 10_000,
      tolerance: 1e-12,
      optimiser: { kind: 'momentum' },
    });
    expect(momentum.stop.reason).toBe('tolerance');
    expect(momentum.lastEpoch).toBeLessThan(10_000);
    // data exactly on a line: stochastic GD's noise vanishes at the answer, so the loss does settle
    const x = Float64Array.from({ length: 50 }, (_, i) => i / 49);
    const y = x.map((value) => 0.3 + 0.8 * value);
    const stochastic = runOptimiser({
      feature: x,
      response: y,
      learningRate: 0.05,
      epochs: 10_000,
      tolerance: 1e-6,
      flavour: { kind: 'stochastic', seed: 5 },
    });
    expect(stochastic.stop.reason).toBe('tolerance');
    expect(stochastic.slopes.at(stochastic.lastEpoch)).toBeCloseTo(0.8, 2);
  });
  it('runs the whole budget when the tolerance is never met', () => {
    const run = runOptimiser({ ...advertising, learningRate: 0.001, epochs: 100, tolerance: 1e-12 });
    expect(run.stop).toEqual({ reason: 'budget', epoch: 100 });
  });
});

describe('runOptimiser divergence', () => {
  it.each([
    ['batch + plain', { kind: 'batch' }, { kind: 'plain' }, 2],
    // heavy ball with β = 0.9 is stable up to 2(1 + β)/λmax ≈ 1.5 here
    ['batch + momentum', { kind: 'batch' }, { kind: 'momentum' }, 2],
    ['stochastic + plain', { kind: 'stochastic', seed: 3 }, { kind: 'plain' }, 2],
    ['mini-batch + Adam', { kind: 'mini-batch', batchSize: 10, seed: 3 }, { kind: 'adam' }, 1e4],
  ] as [string, Flavour, Optimiser, number][])(
    '%s past its stable rate stops before the exploding epoch',
    (_name, flavour, optimiser, learningRate) => {
      const run = runOptimiser({ ...advertising, learningRate, epochs: 10_000, flavour, optimiser, tolerance: 1e-12 });
      expect(run.stop).toEqual({ reason: 'diverged', epoch: run.lastEpoch });
      expect(run.divergence!.epoch).toBe(run.lastEpoch + 1);
      expect(run.lastEpoch).toBeLessThan(10_000);
      for (const values of [run.losses, run.slopes, run.intercepts])
        expect(epochValuesArray(values).every(Number.isFinite)).toBe(true);
      expect(run.losses.length).toBe(run.lastEpoch + 1);
    },
  );
});
