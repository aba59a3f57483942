import { describe, expect, it } from 'vitest';
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
    expect(gradient.slope).toBe(-0);
    expect(gradient.intercept).toBe(-0);
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
