import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from './leastSquares';
import { applyScaler, fitMinMaxScaler, lineInOriginalUnits } from './scaling';
import { readAdvertisingColumns } from './testing/advertising';

describe('fitMinMaxScaler', () => {
  it('uses scale = 1/(max−min) and offset = −min·scale, like scikit-learn', () => {
    expect(fitMinMaxScaler([2, 4, 6])).toEqual({ min: 2, max: 6, scale: 0.25, offset: -0.5 });
  });
  it('maps Advertising TV onto [0, 1] with the documented range 0.7 … 296.4', () => {
    const { tv } = readAdvertisingColumns();
    const scaler = fitMinMaxScaler(tv);
    expect(scaler.min).toBe(0.7);
    expect(scaler.max).toBe(296.4);
    const scaled = applyScaler(scaler, tv);
    expect(Math.min(...scaled)).toBe(0);
    expect(Math.max(...scaled)).toBeCloseTo(1, 15);
  });
  it('rounds like scikit-learn: the textbook (v−min)/(max−min) form would miss the published OLS line', () => {
    const { tv, sales } = readAdvertisingColumns();
    const textbook = (values: number[]) => {
      const min = Math.min(...values),
        max = Math.max(...values);
      return values.map((value) => (value - min) / (max - min));
    };
    const ours = applyScaler(fitMinMaxScaler(tv), tv);
    const differing = textbook(tv).filter((value, i) => value !== ours[i]).length;
    expect(differing).toBeGreaterThan(20);
    expect(fitLeastSquaresLine(textbook(tv), textbook(sales)).slope).not.toBe(0.5534088415765329);
  });
  it('gives a constant column scale 1, as scikit-learn does', () => {
    expect(fitMinMaxScaler([3, 3, 3]).scale).toBe(1);
  });
  it('returns a new array and leaves the column it scales as it was (the lab keeps the raw column for the original-units view)', () => {
    const values = Float64Array.of(1, 2, 3);
    const scaled = applyScaler(fitMinMaxScaler(values), values);
    expect(scaled).not.toBe(values);
    expect(Array.from(values)).toEqual([1, 2, 3]);
    expect(Array.from(scaled)).toEqual([0, 0.5, 1]);
  });
});

describe('lineInOriginalUnits', () => {
  it('undoes the scaling of both axes', () => {
    const featureScaler = fitMinMaxScaler([10, 20]);
    const responseScaler = fitMinMaxScaler([100, 300]);
    // y = 2x + 80 on [10, 20] → [100, 120]? use the scaled line y' = 0 + 1·x' i.e. y = 100 + 20(x − 10)
    const original = lineInOriginalUnits({ intercept: 0, slope: 1 }, featureScaler, responseScaler);
    expect(original.slope).toBeCloseTo(20, 12);
    expect(original.intercept).toBeCloseTo(-100, 10);
  });
});
