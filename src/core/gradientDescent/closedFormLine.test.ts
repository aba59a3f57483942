import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runOptimiser } from '../optimisers/runOptimiser';
import { createRandomSource } from '../random';
import { closedFormRun } from './closedFormRun';
import { lossAndGradientFromStatistics, sufficientStatistics } from './sufficientStatistics';

/** The lesson of REFERENCE.md B: x = 1..300, y = 0.5x + 2, rate 0.000025, 200 000 epochs from zero. */
const lessonFeature = Float64Array.from({ length: 300 }, (_, i) => i + 1);
const lessonResponse = lessonFeature.map((x) => 0.5 * x + 2);

/** A value per epoch read through `at`, whichever kind it is (an array on older versions of the core). */
function readAll(values: { length: number; at(k: number): number | undefined }): Float64Array {
  return Float64Array.from({ length: values.length }, (_, k) => values.at(k)!);
}

/**
 * Closed-form runs on seeded random data, badly scaled and shifted, from random starts, at
 * converging, oscillating and diverging rates, with and without a tolerance: each gives the
 * statistics, the settings and the run.
 */
function randomRuns(seed: number, count: number) {
  const random = createRandomSource(seed);
  const uniform = (low: number, high: number) => low + (high - low) * random.next();
  const runs = [];
  for (let i = 0; i < count; i++) {
    const points = 2 + Math.floor(random.next() * 200);
    const scale = 10 ** uniform(-3, 5);
    const offset = random.next() < 0.3 ? 10 ** uniform(0, 9) : 0;
    const feature = Float64Array.from({ length: points }, () => offset + scale * uniform(-1, 1));
    const trueSlope = uniform(-3, 3);
    const response = feature.map((x) => trueSlope * (x - offset) + scale * uniform(-1, 1) + uniform(-10, 10));
    const stats = sufficientStatistics(feature, response);
    // the stable limit 2/λmax of the Hessian 2·[[1, x̄], [x̄, mean(x²)]]
    const meanSquare = stats.featureSpread / points + stats.featureMean ** 2;
    const largest = 1 + meanSquare + Math.sqrt((1 - meanSquare) ** 2 + 4 * stats.featureMean ** 2);
    const learningRate = (2 / largest) * uniform(0.01, 1.2);
    const start =
      random.next() < 0.5 ? { intercept: uniform(-50, 50), slope: uniform(-5, 5) } : { intercept: 0, slope: 0 };
    const tolerance = random.next() < 0.4 ? 10 ** uniform(-14, -3) : undefined;
    const epochs = Math.floor(uniform(1, 20_000));
    runs.push({
      stats,
      start,
      learningRate,
      epochs,
      tolerance,
      run: closedFormRun(stats, start, learningRate, epochs, tolerance),
    });
  }
  return runs;
}

/** SHA-256 over every double of the lines of the runs, in order, with each run's stop. */
function digestOfLines(runs: readonly ReturnType<typeof randomRuns>[number][]): string {
  const hash = createHash('sha256');
  for (const { run } of runs) {
    hash.update(JSON.stringify(run.stop));
    // the epochs a trajectory keeps: up to the stop, or up to the epoch before a divergence
    const kept = run.stop.reason === 'diverged' ? Math.max(1, run.stop.epoch) : run.stop.epoch + 1;
    for (const values of [run.intercepts, run.slopes])
      hash.update(new Uint8Array(readAll(values).subarray(0, kept).slice().buffer));
  }
  return hash.digest('hex');
}

describe('the line of a closed-form run, computed when read', () => {
  it("gives the second lesson's line at every epoch as the stored arrays did, bit for bit", () => {
    const run = runOptimiser({
      feature: lessonFeature,
      response: lessonResponse,
      learningRate: 0.000025,
      epochs: 200_000,
    });
    expect(run.intercepts.length).toBe(200_001);
    const hash = createHash('sha256');
    hash.update(new Uint8Array(readAll(run.intercepts).buffer));
    hash.update(new Uint8Array(readAll(run.slopes).buffer));
    // the digest of the intercepts and slopes that the core stored for every epoch before it
    // computed them on demand (main at 8386c81), so any change to a single bit shows
    expect(hash.digest('hex')).toBe('0068aecf516916b0e6db65e64bd59d48359c6fe2d14087f752fa31b8c140a3d3');
    // and the published end point, to within the closed form's agreement with the textbook loop
    expect(Math.abs(run.slopes.at(200_000)! / 0.5008287639956263 - 1)).toBeLessThan(2e-15);
    expect(Math.abs(run.intercepts.at(200_000)! / 1.8339723159878247 - 1)).toBeLessThan(2e-15);
  });

  it('gives the lines the stored arrays held on random runs that converge, oscillate, settle and diverge', () => {
    const runs = randomRuns(14, 120);
    const reasons = new Set(runs.map(({ run }) => run.stop.reason));
    expect(reasons).toEqual(new Set(['budget', 'tolerance', 'diverged']));
    // computed by the core that stored every line (main at 8386c81) from the same runs
    expect(digestOfLines(runs)).toBe('8d6d2b9a3d2716cd55a4d61e4fc89cf8d16debcc6f1f0717e760f42817055f76');
  });

  it('is the line each stored loss was computed from, at every epoch kept', () => {
    let checked = 0;
    const differing: number[] = [];
    for (const { stats, run } of randomRuns(3, 40)) {
      const kept = run.stop.reason === 'diverged' ? Math.max(1, run.stop.epoch) : run.stop.epoch + 1;
      expect([run.intercepts.length, run.slopes.length]).toEqual([kept, kept]);
      if (run.stop.reason === 'diverged' && run.stop.epoch === 0) continue; // the zero line stands in for an exploding start
      for (let epoch = 0; epoch < kept; epoch++) {
        const line = { intercept: run.intercepts.at(epoch)!, slope: run.slopes.at(epoch)! };
        // the statistics' formula at that line (2·e·r and e·2r are the same double) is the stored loss
        if (!Object.is(lossAndGradientFromStatistics(line, stats).loss, run.losses[epoch])) differing.push(epoch);
        checked++;
      }
    }
    expect(differing).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('reads epochs as a Float64Array reads indices: negative from the end, fractions truncated, undefined outside', () => {
    const stats = sufficientStatistics([1, 2, 3, 5], [2, 3, 7, 9]);
    const run = closedFormRun(stats, { intercept: 1, slope: -1 }, 0.01, 300);
    const stored = readAll(run.intercepts);
    for (const index of [0, 1, 63, 64, 65, 299, 300, 301, -1, -300, -301, -302, 2.7, -0.5, Number.NaN, Infinity])
      expect(run.intercepts.at(index)).toBe(stored.at(index));
    expect(run.intercepts.at(0)).toBe(1);
    expect(run.slopes.at(0)).toBe(-1);
  });

  it('keeps a run whose start already explodes as the zero line with loss 0, as the recorder does', () => {
    const stats = sufficientStatistics([1, 2, 3], [2, 4, 6]);
    const series = closedFormRun(stats, { intercept: 1e300, slope: 0 }, 0.05, 10);
    expect(series.stop).toEqual({ reason: 'diverged', epoch: 0 });
    expect([series.intercepts.length, series.intercepts.at(0), series.slopes.at(0)]).toEqual([1, 0, 0]);
    const run = runOptimiser({
      feature: [1, 2, 3],
      response: [2, 4, 6],
      learningRate: 0.05,
      epochs: 3_000_000,
      start: { intercept: 1e300, slope: 0 },
    });
    expect([run.lastEpoch, run.losses[0], run.intercepts.at(0), run.slopes.at(0)]).toEqual([0, 0, 0, 0]);
  });
});
