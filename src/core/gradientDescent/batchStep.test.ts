import { describe, expect, it } from 'vitest';
import { createRandomSource, standardNormal, uniform } from '../random';
import { batchGradientStep, lossAndGradient } from './batchStep';

describe('lossAndGradient', () => {
  it('computes MSE and both partial derivatives by hand for two points', () => {
    // points (1, 2) and (2, 4), line y = 0: residuals 2 and 4
    const { loss, gradient } = lossAndGradient({ intercept: 0, slope: 0 }, [1, 2], [2, 4]);
    expect(loss).toBe((4 + 16) / 2);
    expect(gradient.slope).toBe(-(2 / 2) * (1 * 2 + 2 * 4));
    expect(gradient.intercept).toBe(-(2 / 2) * (2 + 4));
  });
  it('is zero at an exact fit', () => {
    const { loss, gradient } = lossAndGradient({ intercept: 1, slope: 3 }, [0, 1, 2], [1, 4, 7]);
    expect(loss).toBe(0);
    // (2/N)·Σ(pᵢ − yᵢ) over zero errors: a zero (its sign moves no parameter)
    expect(Math.abs(gradient.slope)).toBe(0);
    expect(Math.abs(gradient.intercept)).toBe(0);
  });
});

describe('the one kernel in textbook order', () => {
  it('gives the loop of the lessons bit for bit: row-order totals of yᵢ − (slope·xᵢ + intercept), negated', () => {
    const random = createRandomSource(11);
    for (let trial = 0; trial < 50; trial++) {
      const count = 1 + Math.floor(uniform(random, 0, 400));
      const offset = trial % 2 === 0 ? 0 : 1e6;
      const feature = Array.from({ length: count }, () => offset + 100 * standardNormal(random));
      const response = feature.map((x) => 3 - 0.25 * x + standardNormal(random));
      const line = { intercept: standardNormal(random), slope: standardNormal(random) };
      // the textbook loop, as the lessons write it
      let sumSquares = 0;
      let sumFeatureTimesResidual = 0;
      let sumResiduals = 0;
      for (let i = 0; i < count; i++) {
        const residual = response[i]! - (line.slope * feature[i]! + line.intercept);
        sumSquares += residual * residual;
        sumFeatureTimesResidual += feature[i]! * residual;
        sumResiduals += residual;
      }
      const { loss, gradient } = lossAndGradient(line, feature, response);
      expect(count).toBeGreaterThan(0);
      expect(loss).toBe(sumSquares / count);
      expect(gradient.slope).toBe(-(2 / count) * sumFeatureTimesResidual);
      expect(gradient.intercept).toBe(-(2 / count) * sumResiduals);
    }
  });
});

describe('batchGradientStep', () => {
  it('moves each parameter by learning rate × gradient against its sign', () => {
    expect(batchGradientStep({ intercept: 0, slope: 0 }, [1, 2], [2, 4], 0.1)).toEqual({
      intercept: 0.6000000000000001,
      slope: 1,
    });
  });
  it('never mutates its inputs', () => {
    const line = Object.freeze({ intercept: 0.5, slope: -1 });
    const feature = Object.freeze([1, 2, 3]);
    const response = Object.freeze([2, 3, 5]);
    const next = batchGradientStep(line, feature, response, 0.01);
    expect(next).not.toBe(line);
    expect(line).toEqual({ intercept: 0.5, slope: -1 });
  });
});
