import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from './leastSquares';
import { meanSquaredError, rootMeanSquaredError, rSquared } from './metrics';
import { applyScaler, fitMinMaxScaler, lineInOriginalUnits } from './scaling';
import { readAdvertisingColumns } from './testing/advertising';

const { tv, radio, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

describe('fitLeastSquaresLine', () => {
  it('reproduces the published OLS line on scaled Advertising TV → Sales to the last bit', () => {
    const line = fitLeastSquaresLine(scaledTv, scaledSales);
    expect(line.intercept).toBe(0.21519170068625232);
    expect(line.slope).toBe(0.5534088415765329);
  });
  it('agrees with statsmodels and scikit-learn to 1e−15', () => {
    const line = fitLeastSquaresLine(scaledTv, scaledSales);
    for (const published of [
      [0.21519170068625226, 0.5534088415765327],
      [0.21519170068625243, 0.5534088415765327],
    ]) {
      expect(Math.abs(line.intercept - published[0]!)).toBeLessThan(1e-15);
      expect(Math.abs(line.slope - published[1]!)).toBeLessThan(1e-15);
    }
  });
  it('gives the textbook unscaled line Sales = 7.0326 + 0.04754·TV (ISL Table 3.1)', () => {
    const line = fitLeastSquaresLine(tv, sales);
    expect(line.intercept).toBeCloseTo(7.0326, 4);
    expect(line.slope).toBeCloseTo(0.04754, 5);
  });
  it('maps the scaled fit back to the same unscaled line', () => {
    const scaledLine = fitLeastSquaresLine(scaledTv, scaledSales);
    const back = lineInOriginalUnits(scaledLine, fitMinMaxScaler(tv), fitMinMaxScaler(sales));
    const direct = fitLeastSquaresLine(tv, sales);
    expect(back.intercept).toBeCloseTo(direct.intercept, 12);
    expect(back.slope).toBeCloseTo(direct.slope, 14);
  });
  it('fits Sales ~ Radio as in ISL (intercept 9.312, slope 0.2025)', () => {
    const line = fitLeastSquaresLine(radio, sales);
    expect(line.intercept).toBeCloseTo(9.312, 3);
    expect(line.slope).toBeCloseTo(0.2025, 4);
  });
  it('finds an exact line exactly', () => {
    expect(fitLeastSquaresLine([1, 2, 3], [2, 4, 6])).toEqual({ intercept: 0, slope: 2 });
  });
  it('rejects fewer than two points', () => {
    expect(() => fitLeastSquaresLine([1], [2])).toThrow(/at least two points/);
  });
  it('rejects a constant feature and says why no line is unique', () => {
    expect(() => fitLeastSquaresLine([5, 5, 5], [1, 2, 3])).toThrow(/same.*no single line/);
  });
  it('rejects non-finite values and names the row', () => {
    expect(() => fitLeastSquaresLine([1, 2, 3], [1, NaN, 3])).toThrow(/Row 2/);
  });
  it('rejects columns of different lengths', () => {
    expect(() => fitLeastSquaresLine([1, 2, 3], [1, 2])).toThrow(/3 values but .* 2/);
  });
});

describe('metrics', () => {
  const line = fitLeastSquaresLine(scaledTv, scaledSales);
  it('gives the published MSE at the OLS line', () => {
    expect(meanSquaredError(line, scaledTv, scaledSales)).toBe(0.016294644608557188);
  });
  it('RMSE is the square root of MSE', () => {
    expect(rootMeanSquaredError(line, scaledTv, scaledSales)).toBe(Math.sqrt(0.016294644608557188));
  });
  it('R² of Sales ~ TV is 0.612 (ISL Table 3.2)', () => {
    expect(rSquared(fitLeastSquaresLine(tv, sales), tv, sales)).toBeCloseTo(0.612, 3);
  });
  it('R² is undefined for a constant response', () => {
    expect(() => rSquared({ intercept: 1, slope: 0 }, [1, 2], [1, 1])).toThrow(/undefined/);
  });
});
