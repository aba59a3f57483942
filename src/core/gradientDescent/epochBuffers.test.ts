import { describe, expect, it } from 'vitest';
import { runOptimiser } from '../optimisers/runOptimiser';
import { closedFormRun } from './closedFormRun';
import { createEpochBufferPool, epochArrays, lossArray } from './epochBuffers';
import { epochValuesArray } from './epochValues';
import { sufficientStatistics } from './sufficientStatistics';
import { runGradientDescent } from './trajectory';

const feature = [0.5, 1.5, 2, 3.25, 4, 6];
const response = [1.2, 2.9, 3.1, 5.4, 6.6, 9.5];

/** Buffers already full of another run's numbers, as reused buffers are. */
function usedBuffers(length: number) {
  return {
    intercepts: new Float64Array(length).fill(7),
    slopes: new Float64Array(length).fill(-7),
    losses: new Float64Array(length).fill(77),
  };
}

describe('epoch buffers', () => {
  it('refuses buffers shorter than the run', () => {
    expect(() => epochArrays(10, usedBuffers(10))).toThrow(RangeError);
    expect(epochArrays(10, usedBuffers(11)).reused).toBe(true);
    expect(() => lossArray(10, usedBuffers(10))).toThrow(RangeError);
    expect(lossArray(10, usedBuffers(11)).reused).toBe(true);
  });

  it('give the closed form the very doubles of fresh arrays, and leave entries after the stop as they were', () => {
    const stats = sufficientStatistics(feature, response);
    const start = { intercept: 0, slope: 0 };
    // 0.01 settles within 1e-6, 0.06 runs its whole budget, 0.09 diverges (|λ| ≈ 1.2)
    for (const [learningRate, tolerance] of [
      [0.01, 1e-6],
      [0.06, undefined],
      [0.09, undefined],
    ] as const) {
      const fresh = closedFormRun(stats, start, learningRate, 3000, tolerance);
      const buffers = usedBuffers(5000);
      const reused = closedFormRun(stats, start, learningRate, 3000, tolerance, buffers);
      expect(reused.stop).toEqual(fresh.stop);
      expect(reused.reused).toBe(true);
      const written = fresh.stop.epoch + 1;
      expect(reused.losses.subarray(0, written)).toEqual(fresh.losses.subarray(0, written));
      expect(epochValuesArray(reused.intercepts)).toEqual(epochValuesArray(fresh.intercepts));
      expect(epochValuesArray(reused.slopes)).toEqual(epochValuesArray(fresh.slopes));
      expect(buffers.losses[written]).toBe(77);
      // the closed form stores no line: the line buffers are left as they were
      expect(buffers.intercepts.every((value) => value === 7)).toBe(true);
      expect(buffers.slopes.every((value) => value === -7)).toBe(true);
    }
  });

  it('make trajectories that are views of the buffers, exactly as long as the run, equal to fresh ones', () => {
    const buffers = usedBuffers(500);
    const settings = { feature, response, learningRate: 0.01, epochs: 400, tolerance: 1e-6 };
    const fresh = runOptimiser(settings);
    const reused = runOptimiser({ ...settings, buffers });
    expect(reused.losses.buffer).toBe(buffers.losses.buffer);
    expect(reused.losses.length).toBe(reused.lastEpoch + 1);
    expect({ ...reused }).toEqual({ ...fresh });
    // the per-point loop writes into them too
    const perPoint = runGradientDescent({ feature, response, learningRate: 0.01, epochs: 400, method: 'per-point' });
    const perPointReused = runGradientDescent({ ...settings, method: 'per-point', buffers });
    expect(epochValuesArray(perPointReused.intercepts).buffer).toBe(buffers.intercepts.buffer);
    expect(perPointReused.intercepts).toEqual(perPoint.intercepts);
  });

  it('hold no infinite or NaN number after a closed-form run that blew up, even past its last epoch', () => {
    // from a start whose loss is near the largest double, one step at rate 5 (|λ| ≈ 121) overflows
    // the loss to Infinity; at 0.09 (|λ| ≈ 1.2) it passes a million times its start near epoch 40
    for (const [learningRate, intercept] of [
      [5, 1e153],
      [0.09, 0],
    ] as const) {
      const buffers = usedBuffers(2000);
      const start = { intercept, slope: 0 };
      const run = runGradientDescent({
        feature,
        response,
        learningRate,
        epochs: 1500,
        start,
        method: 'sufficient-statistics',
        buffers,
      });
      expect(run.divergence).not.toBeNull();
      for (const values of [buffers.intercepts, buffers.slopes, buffers.losses])
        expect(values.every(Number.isFinite)).toBe(true);
    }
  });
});

describe('createEpochBufferPool', () => {
  it('hands out the two sets in turn, so a run survives the next one', () => {
    const pool = createEpochBufferPool();
    const first = pool.take(100);
    const second = pool.take(100);
    expect(second.losses.buffer).not.toBe(first.losses.buffer);
    expect(pool.take(100)).toBe(first);
    expect(pool.take(100)).toBe(second);
  });

  it('never hands out the set holding the run in use', () => {
    const pool = createEpochBufferPool();
    const first = pool.take(100);
    const onScreen = runOptimiser({ feature, response, learningRate: 0.01, epochs: 100, buffers: first });
    pool.take(100); // the second set, for a run that was not kept
    // its turn would come back to the first set, which holds the run in use
    expect(pool.take(100, onScreen).losses.buffer).not.toBe(first.losses.buffer);
  });

  it('grows for a longer run and lets go of buffers far larger than a run needs', () => {
    const pool = createEpochBufferPool();
    pool.take(100);
    pool.take(100);
    const longer = pool.take(200_000);
    expect(longer.losses.length).toBeGreaterThanOrEqual(200_001);
    pool.take(100);
    expect(pool.take(150_000)).toBe(longer);
    pool.take(100);
    expect(pool.take(1000).losses.length).toBe(1001);
  });

  it("gives each set block powers for its capacity, and a closed-form run's line survives the next run", () => {
    const pool = createEpochBufferPool();
    const long = { feature, response, learningRate: 0.01, epochs: 400_000 }; // past the per-point limit
    const firstSet = pool.take(long.epochs);
    expect(firstSet.blockPowers!.fast.length).toBe(Math.floor(400_000 / 64) + 1);
    const first = runOptimiser({ ...long, buffers: firstSet });
    expect(first.method).toBe('sufficient-statistics');
    const line = epochValuesArray(first.slopes);
    const sameDoubles = (a: Float64Array, b: Float64Array) =>
      a.length === b.length && a.every((v, k) => Object.is(v, b[k]));
    // the next run, at another rate, writes into the other set and leaves the first run's line as it was
    const second = runOptimiser({ ...long, learningRate: 0.02, buffers: pool.take(long.epochs, first) });
    expect(second.slopes.at(10)).not.toBe(first.slopes.at(10));
    expect(sameDoubles(epochValuesArray(first.slopes), line)).toBe(true);
    expect(sameDoubles(line, epochValuesArray(runOptimiser(long).slopes))).toBe(true);
  });

  it('grows with room to spare, so a budget raised a little at a time keeps its buffers', () => {
    const pool = createEpochBufferPool();
    const first = pool.take(1000);
    pool.take(1000);
    const grown = pool.take(2000);
    expect(grown).not.toBe(first);
    expect(grown.intercepts.length).toBe(3002);
    pool.take(2000);
    expect(pool.take(2900)).toBe(grown);
  });
});
