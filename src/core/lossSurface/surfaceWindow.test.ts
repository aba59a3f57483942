import { describe, expect, it } from 'vitest';
import { runGradientDescent, type Trajectory } from '../gradientDescent/trajectory';
import { fitLeastSquaresLine } from '../leastSquares';
import { runOptimiser } from '../optimisers/runOptimiser';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { lossSurface } from './lossSurface';
import { type SurfaceWindow, surfaceWindow } from './surfaceWindow';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

/**
 * How round the loss contours look once the window is stretched to a square plot: the
 * condition number of D·H·D with D = diag(window widths). 1 draws circles; the raw unscaled-TV
 * Hessian has ~1.1e5, which draws lines.
 */
function drawnConditionNumber(feature: ArrayLike<number>, window: SurfaceWindow): number {
  const n = feature.length;
  let mean = 0,
    meanSquare = 0;
  for (let i = 0; i < n; i++) {
    mean += feature[i]! / n;
    meanSquare += feature[i]! ** 2 / n;
  }
  const width = window.interceptRange[1] - window.interceptRange[0];
  const height = window.slopeRange[1] - window.slopeRange[0];
  const a = 2 * width * width,
    b = 2 * mean * width * height,
    c = 2 * meanSquare * height * height;
  const root = Math.hypot(a - c, 2 * b);
  return (a + c + root) / (a + c - root);
}

function expectInside(window: SurfaceWindow, intercept: number, slope: number): void {
  expect(intercept).toBeGreaterThan(window.interceptRange[0]);
  expect(intercept).toBeLessThan(window.interceptRange[1]);
  expect(slope).toBeGreaterThan(window.slopeRange[0]);
  expect(slope).toBeLessThan(window.slopeRange[1]);
}

describe('surfaceWindow', () => {
  it.each([
    ['scaled', scaledTv, scaledSales],
    ['unscaled', tv, sales],
  ] as const)(
    'holds the minimum, the start and the path, with readable contours (%s Advertising)',
    (_name, feature, response) => {
      const ols = fitLeastSquaresLine(feature, response);
      const run = runGradientDescent({
        feature,
        response,
        learningRate: 0.9 * largestStableLearningRate(feature),
        epochs: 1000,
      });
      for (const epoch of [0, 10, 1000]) {
        const window = surfaceWindow({ feature, response, trajectory: run, epoch });
        expectInside(window, ols.intercept, ols.slope);
        for (let k = 0; k <= epoch; k++) expectInside(window, run.intercepts.at(k)!, run.slopes.at(k)!);
        expect(drawnConditionNumber(feature, window)).toBeLessThan(30); // measured ≈ 14 for both
      }
    },
  );
  it('puts the minimum grid cell next to the OLS line (within one grid step)', () => {
    for (const [feature, response] of [
      [scaledTv, scaledSales],
      [tv, sales],
    ] as const) {
      const ols = fitLeastSquaresLine(feature, response);
      const run = runOptimiser({ feature, response, learningRate: 0.01, epochs: 300, optimiser: { kind: 'adam' } });
      const surface = lossSurface({
        feature,
        response,
        ...surfaceWindow({ feature, response, trajectory: run }),
        resolution: 60,
      });
      let best = 0;
      surface.losses.forEach((loss, cell) => {
        if (loss < surface.losses[best]!) best = cell;
      });
      const interceptStep = surface.intercepts.at(1)! - surface.intercepts.at(0)!;
      const slopeStep = surface.slopes.at(1)! - surface.slopes.at(0)!;
      expect(Math.abs(surface.intercepts.at(best % 60)! - ols.intercept)).toBeLessThanOrEqual(interceptStep);
      expect(Math.abs(surface.slopes.at(Math.floor(best / 60))! - ols.slope)).toBeLessThanOrEqual(slopeStep);
    }
  });
  it('defaults to the whole path and clamps the epoch', () => {
    const run = runGradientDescent({ feature: tv, response: sales, learningRate: 1e-5, epochs: 50 });
    const whole = surfaceWindow({ feature: tv, response: sales, trajectory: run });
    expect(surfaceWindow({ feature: tv, response: sales, trajectory: run, epoch: 1e9 })).toEqual(whole);
  });
  it('still gives a usable window when the start is the minimum of a perfect fit', () => {
    const trajectory: Trajectory = {
      intercepts: Float64Array.of(1),
      slopes: Float64Array.of(2),
      losses: Float64Array.of(0),
      lastEpoch: 0,
      divergence: null,
      method: 'per-point',
    };
    const window = surfaceWindow({ feature: [0, 1, 2], response: [1, 3, 5], trajectory });
    expectInside(window, 1, 2);
    expect(() => lossSurface({ feature: [0, 1, 2], response: [1, 3, 5], ...window, resolution: 5 })).not.toThrow();
  });
  it('rejects a negative margin', () => {
    const run = runGradientDescent({ feature: [0, 1], response: [0, 1], learningRate: 0.1, epochs: 1 });
    expect(() => surfaceWindow({ feature: [0, 1], response: [0, 1], trajectory: run, margin: -0.1 })).toThrow(
      RangeError,
    );
  });
});
