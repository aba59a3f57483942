import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from '../leastSquares';
import { meanSquaredError } from '../metrics';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { lossSurface } from './lossSurface';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

describe('lossSurface', () => {
  it.each([
    ['scaled', scaledTv, scaledSales, [-1, 1.5], [-1, 2]],
    ['unscaled', tv, sales, [-10, 25], [-0.06, 0.17]],
  ] as const)(
    'equals meanSquaredError at every 7th cell to 1e−12 relative (%s Advertising)',
    (_name, feature, response, interceptRange, slopeRange) => {
      const surface = lossSurface({
        feature,
        response,
        interceptRange,
        slopeRange,
        resolution: { intercepts: 41, slopes: 37 },
      });
      expect(surface.losses.length).toBe(41 * 37);
      for (let cell = 0; cell < surface.losses.length; cell += 7) {
        const line = { intercept: surface.intercepts[cell % 41]!, slope: surface.slopes[Math.floor(cell / 41)]! };
        const expected = meanSquaredError(line, feature, response);
        expect(Math.abs(surface.losses[cell]! - expected) / expected).toBeLessThan(1e-12);
      }
    },
  );
  it('spaces the grid evenly with exact ends, and rows are views of the flat array', () => {
    const surface = lossSurface({
      feature: [0, 1, 2],
      response: [1, 2, 4],
      interceptRange: [-1, 1],
      slopeRange: [0, 3],
      resolution: { intercepts: 5, slopes: 4 },
    });
    expect(Array.from(surface.intercepts)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(surface.slopes)).toEqual([0, 1, 2, 3]);
    expect(surface.rows.length).toBe(4);
    expect(surface.rows[2]![3]).toBe(surface.losses[2 * 5 + 3]);
    // the line (0.5, 2) misses (0, 1), (1, 2), (2, 4) by 0.5, −0.5, −0.5: MSE = 0.75/3 = 0.25
    expect(surface.rows[2]![3]).toBeCloseTo(0.25, 15);
  });
  it('has its smallest value at the OLS line when a grid point lies there', () => {
    const ols = fitLeastSquaresLine(scaledTv, scaledSales);
    const surface = lossSurface({
      feature: scaledTv,
      response: scaledSales,
      resolution: 61,
      interceptRange: [ols.intercept - 0.3, ols.intercept + 0.3],
      slopeRange: [ols.slope - 0.3, ols.slope + 0.3],
    });
    let best = 0;
    surface.losses.forEach((loss, cell) => {
      if (loss < surface.losses[best]!) best = cell;
    });
    expect(best).toBe(30 * 61 + 30);
    expect(surface.losses[best]).toBeCloseTo(0.016294644608557188, 16);
  });
  it('rejects empty or reversed ranges and unusable resolutions', () => {
    const data = { feature: [0, 1, 2], response: [1, 2, 4] };
    expect(() => lossSurface({ ...data, interceptRange: [1, 1], slopeRange: [0, 1], resolution: 10 })).toThrow(
      /intercept range/,
    );
    expect(() => lossSurface({ ...data, interceptRange: [0, 1], slopeRange: [1, -1], resolution: 10 })).toThrow(
      /slope range/,
    );
    expect(() => lossSurface({ ...data, interceptRange: [0, 1], slopeRange: [0, 1], resolution: 1 })).toThrow(
      RangeError,
    );
    expect(() => lossSurface({ ...data, interceptRange: [0, 1], slopeRange: [0, 1], resolution: 10.5 })).toThrow(
      RangeError,
    );
    expect(() => lossSurface({ ...data, interceptRange: [0, 1], slopeRange: [0, 1], resolution: 5000 })).toThrow(
      RangeError,
    );
    expect(() =>
      lossSurface({ feature: [1, 1], response: [1, 2], interceptRange: [0, 1], slopeRange: [0, 1], resolution: 10 }),
    ).toThrow(/same/);
  });
});
