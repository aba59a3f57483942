import { describe, expect, it } from 'vitest';
import { firstSettledEpoch } from '../optimisers/toleranceStop';
import { lossAndGradient } from './batchStep';
import { closedFormRun } from './closedFormRun';
import { sufficientStatistics } from './sufficientStatistics';

/** Plain batch descent written out step by step, the textbook way, for comparison. */
function stepByStep(feature: number[], response: number[], learningRate: number, epochs: number) {
  let line = { intercept: 0, slope: 0 };
  const path = [line];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const { gradient } = lossAndGradient(line, feature, response);
    line = {
      intercept: line.intercept - learningRate * gradient.intercept,
      slope: line.slope - learningRate * gradient.slope,
    };
    path.push(line);
  }
  return path;
}

describe('closedFormRun', () => {
  it('gives the first step by hand: points (1, 2) and (2, 4) from the zero line at rate 0.1 reach (0.6, 1)', () => {
    const stats = sufficientStatistics([1, 2], [2, 4]);
    const run = closedFormRun(stats, { intercept: 0, slope: 0 }, 0.1, 1);
    // gradient at 0: intercept −(2/2)(2 + 4) = −6, slope −(2/2)(1·2 + 2·4) = −10
    expect(run.intercepts.at(1)).toBeCloseTo(0.6, 14);
    expect(run.slopes.at(1)).toBeCloseTo(1, 14);
    // the loss at the start is (2² + 4²)/2 = 10, and epoch 0 is the start exactly
    expect([run.intercepts.at(0), run.slopes.at(0), run.losses[0]]).toEqual([0, 0, 10]);
  });

  it('follows the step-by-step recurrence to 1e−13 for converging, oscillating and diverging rates', () => {
    const feature = [0.5, 1.5, 2, 3.25, 4, 6];
    const response = [1.2, 2.9, 3.1, 5.4, 6.6, 9.5];
    const stats = sufficientStatistics(feature, response);
    // the Hessian 2·[[1, x̄], [x̄, mean(x²)]] = 2·[[1, 2.875], [2.875, 11.5]] has λmax ≈ 24.4, so the
    // stable limit is 2/λmax ≈ 0.082: 0.01 converges smoothly, 0.06 overshoots each step, 0.09 diverges
    for (const learningRate of [0.01, 0.06, 0.09]) {
      const run = closedFormRun(stats, { intercept: 0, slope: 0 }, learningRate, 200);
      const path = stepByStep(feature, response, learningRate, 200);
      // |λ| ≈ 1.2 at 0.09: the loss grows ≈ 1.43-fold an epoch and passes a million times its start near epoch 40
      expect(run.stop).toEqual(
        learningRate === 0.09 ? { reason: 'diverged', epoch: run.stop.epoch } : { reason: 'budget', epoch: 200 },
      );
      expect(run.stop.epoch).toBeGreaterThan(30);
      // a diverged run keeps its line up to the epoch before the one that exploded
      expect(run.intercepts.length).toBe(learningRate === 0.09 ? run.stop.epoch : run.stop.epoch + 1);
      for (let epoch = 0; epoch < run.intercepts.length; epoch++) {
        const scale = Math.abs(path[epoch]!.intercept) + Math.abs(path[epoch]!.slope) + 1;
        expect(Math.abs(run.intercepts.at(epoch)! - path[epoch]!.intercept)).toBeLessThan(1e-13 * scale);
        expect(Math.abs(run.slopes.at(epoch)! - path[epoch]!.slope)).toBeLessThan(1e-13 * scale);
      }
    }
  });

  it('starts anywhere, and holds a start on the least-squares line there', () => {
    const stats = sufficientStatistics([1, 2, 3], [2, 4, 6]);
    const run = closedFormRun(stats, { intercept: 0, slope: 2 }, 0.05, 50);
    for (let epoch = 0; epoch <= 50; epoch++) {
      expect(run.intercepts.at(epoch)).toBeCloseTo(0, 14);
      expect(run.slopes.at(epoch)).toBeCloseTo(2, 14);
      expect(run.losses[epoch]).toBeCloseTo(0, 25);
    }
  });

  it('stops where the recorder would: at the first settled epoch, with nothing computed after it', () => {
    const feature = [0.5, 1.5, 2, 3.25, 4, 6];
    const response = [1.2, 2.9, 3.1, 5.4, 6.6, 9.5];
    const stats = sufficientStatistics(feature, response);
    const whole = closedFormRun(stats, { intercept: 0, slope: 0 }, 0.01, 5000);
    const settled = firstSettledEpoch(whole.losses, 1e-6);
    expect(settled).toBeGreaterThan(10);
    const stopped = closedFormRun(stats, { intercept: 0, slope: 0 }, 0.01, 5000, 1e-6);
    expect(stopped.stop).toEqual({ reason: 'tolerance', epoch: settled });
    expect(stopped.losses.subarray(0, settled! + 1)).toEqual(whole.losses.subarray(0, settled! + 1));
    expect(stopped.losses[settled! + 1]).toBe(0);
  });

  it('stops at a start whose loss is already infinite', () => {
    const stats = sufficientStatistics([1, 2, 3], [2, 4, 6]);
    const run = closedFormRun(stats, { intercept: 1e300, slope: 0 }, 0.05, 10);
    expect(run.stop).toEqual({ reason: 'diverged', epoch: 0 });
    expect(run.losses[0]).toBe(Infinity);
  });
});
