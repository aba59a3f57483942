import { describe, expect, it } from 'vitest';
import { epochValuesArray } from '../gradientDescent/epochValues';
import { runOptimiser } from '../optimisers/runOptimiser';
import type { Flavour, Optimiser } from '../optimisers/settings';
import { createRandomSource, standardNormal, uniform } from '../random';
import { gramStatistics } from './gramStatistics';
import type { LinearProblem } from './model';
import { runLinearOptimiser } from './runLinearOptimiser';

function lineData(seed: number, rows = 60) {
  const random = createRandomSource(seed);
  const feature = Float64Array.from({ length: rows }, () => uniform(random, 0, 1));
  const response = feature.map((x) => 0.4 + 1.7 * x + 0.05 * standardNormal(random));
  return { feature, response, problem: { features: [{ name: 'x', values: feature }], response, fitIntercept: true } };
}

const OPTIMISERS: Optimiser[] = [{ kind: 'plain' }, { kind: 'momentum', momentum: 0.8 }, { kind: 'adam' }];

describe('runLinearOptimiser with one feature follows the one-feature optimisers', () => {
  it.each(OPTIMISERS)(
    'stochastic descent with $kind gives the same doubles, epoch by epoch (same seeded shuffles)',
    (optimiser) => {
      const { feature, response, problem } = lineData(3);
      const flavour: Flavour = { kind: 'stochastic', seed: 11 };
      const single = runOptimiser({ feature, response, learningRate: 0.05, epochs: 40, flavour, optimiser });
      const many = runLinearOptimiser({ problem, learningRate: 0.05, epochs: 40, flavour, optimiser });
      expect(many.lastEpoch).toBe(single.lastEpoch);
      expect([...many.intercepts]).toEqual([...epochValuesArray(single.intercepts)]);
      expect([...many.weights[0]!]).toEqual([...epochValuesArray(single.slopes)]);
    },
  );
  it.each(OPTIMISERS)(
    'mini-batch (16) and batch descent with $kind agree to 1e−13 (only the order of additions within a batch differs)',
    (optimiser) => {
      const { feature, response, problem } = lineData(4);
      for (const flavour of [{ kind: 'mini-batch', batchSize: 16, seed: 5 }, { kind: 'batch' }] as Flavour[]) {
        const single = runOptimiser({ feature, response, learningRate: 0.05, epochs: 200, flavour, optimiser });
        const many = runLinearOptimiser({ problem, learningRate: 0.05, epochs: 200, flavour, optimiser });
        expect(many.lastEpoch).toBe(single.lastEpoch);
        for (let epoch = 0; epoch <= single.lastEpoch; epoch++) {
          expect(Math.abs(many.intercepts.at(epoch)! - single.intercepts.at(epoch)!)).toBeLessThan(1e-13);
          expect(Math.abs(many.weights[0]![epoch]! - single.slopes.at(epoch)!)).toBeLessThan(1e-13);
          expect(Math.abs(many.losses[epoch]! - single.losses[epoch]!)).toBeLessThanOrEqual(
            1e-13 * single.losses[epoch]!,
          );
        }
      }
    },
  );
  it('stops at the tolerance on the same epoch as the one-feature run', () => {
    const { feature, response, problem } = lineData(6);
    const single = runOptimiser({
      feature,
      response,
      learningRate: 0.1,
      epochs: 5000,
      tolerance: 1e-9,
      optimiser: { kind: 'momentum' },
    });
    const many = runLinearOptimiser({
      problem,
      learningRate: 0.1,
      epochs: 5000,
      tolerance: 1e-9,
      optimiser: { kind: 'momentum' },
    });
    expect(single.stop.reason).toBe('tolerance');
    expect(many.stop).toEqual(single.stop);
  });
});

describe('runLinearOptimiser on several features', () => {
  const random = createRandomSource(9);
  const columns = [0, 1, 2].map(() => Float64Array.from({ length: 80 }, () => uniform(random, 0, 1)));
  const response = Float64Array.from(
    { length: 80 },
    (_, i) => 1 + 2 * columns[0]![i]! - 3 * columns[1]![i]! + 0.5 * columns[2]![i]!,
  );
  const problem = { features: columns.map((values, j) => ({ name: `x${j}`, values })), response, fitIntercept: true };

  it('reaches the exact weights of noiseless data with Adam, momentum and mini-batches', () => {
    for (const [optimiser, flavour] of [
      [{ kind: 'adam' }, { kind: 'mini-batch', batchSize: 8, seed: 1 }],
      [{ kind: 'momentum' }, { kind: 'batch' }],
    ] as [Optimiser, Flavour][]) {
      const run = runLinearOptimiser({
        problem,
        learningRate: optimiser.kind === 'adam' ? 0.01 : 0.1,
        epochs: 3000,
        optimiser,
        flavour,
      });
      expect(run.intercepts.at(run.lastEpoch)!).toBeCloseTo(1, 3);
      expect(run.weights.map((w) => w[run.lastEpoch]!)).toEqual([
        expect.closeTo(2, 3),
        expect.closeTo(-3, 3),
        expect.closeTo(0.5, 3),
      ]);
    }
  });
  it('keeps the intercept at 0 through the origin', () => {
    const run = runLinearOptimiser({
      problem: { ...problem, fitIntercept: false },
      learningRate: 0.1,
      epochs: 50,
      optimiser: { kind: 'adam' },
    });
    expect(run.intercepts.every((b) => b === 0)).toBe(true);
  });
  it('with statistics of the problem still refuses a value that is not a number, naming its row', () => {
    const feature = Float64Array.of(1, 2, Number.NaN, 4);
    const response = Float64Array.of(1, 3, 5, 7);
    const problem: LinearProblem = { features: [{ name: 'x', values: feature }], response, fitIntercept: true };
    const statistics = gramStatistics([feature], response);
    expect(() => runLinearOptimiser({ problem, learningRate: 0.1, epochs: 3, statistics })).toThrow(/Row 3 of "x"/);
  });

  it('reports divergence past the stable learning rate and keeps only finite epochs', () => {
    const run = runLinearOptimiser({ problem, learningRate: 5, epochs: 500 });
    expect(run.stop.reason).toBe('diverged');
    expect(run.divergence!.epoch).toBe(run.lastEpoch + 1);
    expect([...run.losses, ...run.intercepts, ...run.weights.flatMap((w) => [...w])].every(Number.isFinite)).toBe(true);
  });
  it('never modifies its inputs and gives the same run for the same seed', () => {
    const frozen = {
      ...problem,
      features: problem.features.map((f) => Object.freeze({ ...f, values: Float64Array.from(f.values) })),
    };
    const before = frozen.features.map((f) => [...f.values]);
    const first = runLinearOptimiser({
      problem: frozen,
      learningRate: 0.1,
      epochs: 20,
      flavour: { kind: 'stochastic', seed: 3 },
    });
    const second = runLinearOptimiser({
      problem: frozen,
      learningRate: 0.1,
      epochs: 20,
      flavour: { kind: 'stochastic', seed: 3 },
    });
    expect(frozen.features.map((f) => [...f.values])).toEqual(before);
    expect([...first.losses]).toEqual([...second.losses]);
  });
  it('refuses a start model of the wrong size, a bad learning rate and unequal columns', () => {
    expect(() =>
      runLinearOptimiser({
        problem,
        learningRate: 0.1,
        epochs: 5,
        start: { hasIntercept: true, intercept: 0, weights: new Float64Array(2) },
      }),
    ).toThrow(/2 weights for 3 features/);
    expect(() => runLinearOptimiser({ problem, learningRate: -1, epochs: 5 })).toThrow(RangeError);
    const short = { ...problem, features: [...problem.features, { name: 'short', values: new Float64Array(3) }] };
    expect(() => runLinearOptimiser({ problem: short, learningRate: 0.1, epochs: 5 })).toThrow(/"short" has 3 values/);
  });
});
