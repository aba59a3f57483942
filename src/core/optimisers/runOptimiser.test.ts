import { describe, expect, it } from 'vitest';
import { DataError } from '../dataError';
import { sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import { meanSquaredError } from '../metrics';
import { createRandomSource, shuffledIndices } from '../random';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { runOptimiser } from './runOptimiser';

// Two points (1, 2) and (2, 4). From the zero line the residuals are 2 and 4, so the batch
// gradient is ∂/∂intercept = −(2/2)(2 + 4) = −6 and ∂/∂slope = −(2/2)(1·2 + 2·4) = −10.
const tiny = { feature: [1, 2], response: [2, 4], learningRate: 0.1 };

describe('runOptimiser, first steps by hand', () => {
  it('momentum: the first step equals plain, the second adds 0.9 × the first gradient', () => {
    const run = runOptimiser({ ...tiny, epochs: 2, optimiser: { kind: 'momentum' } });
    // step 1: v = g = (−6, −10), θ = 0 − 0.1·v = (0.6, 1)
    expect(run.intercepts.at(1)).toBe(0.6000000000000001); // 0 − 0.1·(−6), as batchGradientStep rounds it
    expect(run.slopes.at(1)).toBe(1);
    // step 2 at (0.6, 1): predictions 1.6, 2.6; residuals 0.4, 1.4; g = (−1.8, −(0.4 + 2.8)) = (−1.8, −3.2)
    // v = 0.9·(−6) − 1.8 = −7.2 and 0.9·(−10) − 3.2 = −12.2; θ = (0.6 + 0.72, 1 + 1.22) = (1.32, 2.22)
    expect(run.intercepts.at(2)).toBeCloseTo(1.32, 14);
    expect(run.slopes.at(2)).toBeCloseTo(2.22, 14);
  });
  it('Adam: a bias-corrected first step of size η in each coordinate, then a smaller second one', () => {
    const run = runOptimiser({ ...tiny, epochs: 2, optimiser: { kind: 'adam' } });
    // step 1: m = 0.1·g = (−0.6, −1), v = 0.001·g² = (0.036, 0.1); m̂ = m/(1 − 0.9) = (−6, −10),
    // v̂ = v/(1 − 0.999) = (36, 100); θ = −0.1·m̂/(√v̂ + 1e−8) = (0.6/(6 + 1e−8), 1/(10 + 1e−8)) ≈ (0.1, 0.1)
    expect(run.intercepts.at(1)).toBeCloseTo((0.1 * 6) / (6 + 1e-8), 16);
    expect(run.slopes.at(1)).toBeCloseTo((0.1 * 10) / (10 + 1e-8), 16);
    // step 2 at ≈(0.1, 0.1): predictions 0.2, 0.3; residuals 1.8, 3.7; g ≈ (−5.5, −(1.8 + 7.4)) = (−5.5, −9.2)
    // m = 0.9·(−0.6) + 0.1·(−5.5) = −1.09 and 0.9·(−1) + 0.1·(−9.2) = −1.82
    // v = 0.999·0.036 + 0.001·30.25 = 0.066214 and 0.999·0.1 + 0.001·84.64 = 0.18454
    // corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999
    // θ = 0.1 + 0.1·(1.09/0.19)/√(0.066214/0.001999) ≈ 0.19967916 and 0.1 + 0.1·(1.82/0.19)/√(0.18454/0.001999) ≈ 0.19969627
    // (the ε terms and step 1's tiny shortfall move these by < 1e−9)
    expect(run.intercepts.at(2)).toBeCloseTo(0.1 + (0.1 * (1.09 / 0.19)) / Math.sqrt(0.066214 / 0.001999), 8);
    expect(run.slopes.at(2)).toBeCloseTo(0.1 + (0.1 * (1.82 / 0.19)) / Math.sqrt(0.18454 / 0.001999), 8);
  });
  // Three points on y = 2x + 1: (0, 1), (1, 3), (2, 5). Seed 1 shuffles 0, 1, 2 into 2, 0, 1.
  const line = { feature: [0, 1, 2], response: [1, 3, 5], learningRate: 0.05 };
  it('pins the shuffle the next two tests rely on', () => {
    expect(Array.from(shuffledIndices(3, createRandomSource(1)))).toEqual([2, 0, 1]);
  });
  it('stochastic: one update per point in the shuffled order', () => {
    const run = runOptimiser({ ...line, epochs: 1, flavour: { kind: 'stochastic', seed: 1 } });
    // point (2, 5): residual 5, g = (−2·5, −2·2·5) = (−10, −20), θ = (0.5, 1)
    // point (0, 1): prediction 0.5, residual 0.5, g = (−1, 0), θ = (0.55, 1)
    // point (1, 3): prediction 1.55, residual 1.45, g = (−2.9, −2.9), θ = (0.695, 1.145)
    expect(run.intercepts.at(1)).toBeCloseTo(0.695, 15);
    expect(run.slopes.at(1)).toBeCloseTo(1.145, 15);
  });
  it('mini-batch: batches of two, the last one smaller, and the full-data loss recorded', () => {
    const run = runOptimiser({ ...line, epochs: 1, flavour: { kind: 'mini-batch', batchSize: 2, seed: 1 } });
    // batch {(2, 5), (0, 1)}: residuals 5 and 1, g = −(2/2)·(5 + 1, 2·5 + 0·1) = (−6, −10), θ = (0.3, 0.5)
    // batch {(1, 3)}: prediction 0.8, residual 2.2, g = −(2/1)·(2.2, 1·2.2) = (−4.4, −4.4), θ = (0.52, 0.72)
    expect(run.intercepts.at(1)).toBeCloseTo(0.52, 15);
    expect(run.slopes.at(1)).toBeCloseTo(0.72, 15);
    // full-data residuals 0.48, 1.76, 3.04: MSE = (0.2304 + 3.0976 + 9.2416)/3 = 12.5696/3
    expect(run.losses[1]).toBeCloseTo(12.5696 / 3, 14);
    // and at the start: (1 + 9 + 25)/3
    expect(run.losses[0]).toBe(35 / 3);
  });
});

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);
const advertising = { feature: scaledTv, response: scaledSales };

describe('runOptimiser, batch + plain', () => {
  it('given statistics, runs a long batch run from them alone, never reading a row, with the same numbers bit for bit', () => {
    const x = Float64Array.from({ length: 5000 }, (_, i) => (i % 97) / 10);
    const y = x.map((value, i) => 1 + 0.5 * value + ((i * 31) % 7) / 10);
    const statistics = sufficientStatistics(x, y);
    const all = (values: { length: number; at(epoch: number): number | undefined }) =>
      Array.from({ length: values.length }, (_, epoch) => values.at(epoch));
    for (const optimiser of [{ kind: 'plain' }, { kind: 'momentum' }] as const) {
      const fromRows = runOptimiser({
        feature: x,
        response: y,
        statistics,
        learningRate: 0.05,
        epochs: 2000,
        optimiser,
      });
      // a run whose columns throw when read (not spread: a spread would read them here)
      const fromStatistics = runOptimiser({
        get feature(): Float64Array {
          throw new Error('a row was read');
        },
        get response(): Float64Array {
          throw new Error('a row was read');
        },
        statistics,
        learningRate: 0.05,
        epochs: 2000,
        optimiser,
      });
      expect(fromStatistics.method).toBe('sufficient-statistics');
      expect(all(fromStatistics.losses)).toEqual(all(fromRows.losses));
      expect(all(fromStatistics.slopes)).toEqual(all(fromRows.slopes));
      expect(all(fromStatistics.intercepts)).toEqual(all(fromRows.intercepts));
    }
  });
  it('lands on the published learning-rate-0.1, 1000-epoch line to the last bit (REFERENCE.md, numpy)', () => {
    const run = runOptimiser({ ...advertising, learningRate: 0.1, epochs: 1000 });
    expect(run.intercepts.at(1000)).toBe(0.21519198226718594);
    expect(run.slopes.at(1000)).toBe(0.5534083104180343);
    expect(run.stop).toEqual({ reason: 'budget', epoch: 1000 });
  });
  it("lands on the second lesson's published weight and bias after 200 000 epochs on the fast path (within 2e−15)", () => {
    const x = Float64Array.from({ length: 300 }, (_, i) => i + 1);
    const y = x.map((value) => 0.5 * value + 2);
    const run = runOptimiser({ feature: x, response: y, learningRate: 0.000025, epochs: 200_000 });
    expect(run.method).toBe('sufficient-statistics');
    expect(Math.abs(run.slopes.at(200_000)! / 0.5008287639956263 - 1)).toBeLessThan(2e-15);
    expect(Math.abs(run.intercepts.at(200_000)! / 1.8339723159878247 - 1)).toBeLessThan(2e-15);
  });
  it('matches batch + momentum 0 bit for bit step by step, and to 1e−14 where plain descent takes its closed form', () => {
    for (const epochs of [1000, 50_000]) {
      const plain = runOptimiser({ ...advertising, learningRate: 0.3, epochs });
      const momentum = runOptimiser({
        ...advertising,
        learningRate: 0.3,
        epochs,
        optimiser: { kind: 'momentum', momentum: 0 },
      });
      expect(momentum.method).toBe(plain.method);
      if (plain.method === 'per-point') {
        expect(momentum.intercepts).toEqual(plain.intercepts);
        expect(momentum.slopes).toEqual(plain.slopes);
        expect(momentum.losses).toEqual(plain.losses);
      } else {
        // momentum 0 steps epoch by epoch; plain batch descent on statistics is the closed form
        for (const [closed, stepped] of [
          [plain.intercepts, momentum.intercepts],
          [plain.slopes, momentum.slopes],
          [plain.losses, momentum.losses],
        ] as const) {
          expect(closed.length).toBe(stepped.length);
          for (let epoch = 0; epoch < closed.length; epoch++)
            expect(Math.abs(closed.at(epoch)! - stepped.at(epoch)!)).toBeLessThanOrEqual(
              1e-14 * Math.abs(stepped.at(epoch)!),
            );
        }
      }
    }
  });
});

describe('runOptimiser, shuffled flavours', () => {
  it('mini-batch with a batch as large as the data is batch GD up to summation order', () => {
    const batch = runOptimiser({ ...advertising, learningRate: 0.1, epochs: 300 });
    const whole = runOptimiser({
      ...advertising,
      learningRate: 0.1,
      epochs: 300,
      flavour: { kind: 'mini-batch', batchSize: 500, seed: 9 },
    });
    for (let epoch = 0; epoch <= 300; epoch++) {
      expect(Math.abs(whole.intercepts.at(epoch)! - batch.intercepts.at(epoch)!)).toBeLessThan(1e-14);
      expect(Math.abs(whole.slopes.at(epoch)! - batch.slopes.at(epoch)!)).toBeLessThan(1e-14);
    }
  });
  it("records the full-data MSE of each epoch's line, as meanSquaredError computes it", () => {
    for (const epochs of [200, 20_000]) {
      // per-point and sufficient-statistics loss evaluation
      const run = runOptimiser({
        ...advertising,
        learningRate: 0.01,
        epochs,
        flavour: { kind: 'stochastic', seed: 4 },
      });
      for (const epoch of [0, 1, 17, epochs]) {
        const line = { intercept: run.intercepts.at(epoch)!, slope: run.slopes.at(epoch)! };
        const expected = meanSquaredError(line, scaledTv, scaledSales);
        expect(Math.abs(run.losses[epoch]! - expected) / expected).toBeLessThan(1e-13);
      }
    }
  });
});

describe('runOptimiser, inputs and settings', () => {
  it("leaves the caller's columns and start untouched although shuffled flavours reorder points every epoch (frozen inputs would throw on a write)", () => {
    const settings = Object.freeze({
      feature: Object.freeze([1, 2, 3, 4]),
      response: Object.freeze([2, 4, 5, 8]),
      learningRate: 0.01,
      epochs: 20,
      start: Object.freeze({ intercept: 0.5, slope: -1 }),
      tolerance: 1e-12,
    });
    for (const flavour of [
      { kind: 'batch' },
      { kind: 'mini-batch', batchSize: 3, seed: 2 },
      { kind: 'stochastic', seed: 2 },
    ] as const) {
      for (const optimiser of [{ kind: 'plain' }, { kind: 'momentum', momentum: 0.5 }, { kind: 'adam' }] as const) {
        expect(() =>
          runOptimiser({ ...settings, flavour: Object.freeze(flavour), optimiser: Object.freeze(optimiser) }),
        ).not.toThrow();
      }
    }
    expect(settings.feature).toEqual([1, 2, 3, 4]);
  });
  it('stores only the start for a budget of zero epochs', () => {
    const run = runOptimiser({ ...tiny, epochs: 0, flavour: { kind: 'stochastic', seed: 1 } });
    expect(run.lastEpoch).toBe(0);
    expect(Array.from(run.losses)).toEqual([10]);
    expect(run.stop).toEqual({ reason: 'budget', epoch: 0 });
  });
  it('throws a DataError for unusable data', () => {
    expect(() => runOptimiser({ ...tiny, feature: [1, 2, 3], epochs: 1 })).toThrow(DataError);
    expect(() => runOptimiser({ ...tiny, feature: [1, NaN], epochs: 1, optimiser: { kind: 'adam' } })).toThrow(/Row 2/);
  });
  it.each([
    ['a zero learning rate', { learningRate: 0 }, /learning rate/],
    ['a fractional epoch budget', { epochs: 2.5 }, /epochs/],
    ['a negative tolerance', { tolerance: -1 }, /tolerance/],
    ['a batch size of zero', { flavour: { kind: 'mini-batch', batchSize: 0, seed: 1 } }, /batch size/],
    ['a fractional seed', { flavour: { kind: 'stochastic', seed: 0.5 } }, /seed/],
    ['a momentum of 1', { optimiser: { kind: 'momentum', momentum: 1 } }, /momentum/],
    ['a β₂ above 1', { optimiser: { kind: 'adam', secondMomentDecay: 1.5 } }, /β₂/],
    ['a zero ε', { optimiser: { kind: 'adam', epsilon: 0 } }, /ε/],
    ['a start line at infinity', { start: { intercept: 0, slope: Infinity } }, /starting line/],
  ] as const)('throws a RangeError for %s', (_name, change, message) => {
    expect(() => runOptimiser({ ...tiny, epochs: 3, ...change })).toThrow(RangeError);
    expect(() => runOptimiser({ ...tiny, epochs: 3, ...change })).toThrow(message);
  });
});
