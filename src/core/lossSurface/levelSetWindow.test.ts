import { describe, expect, it } from 'vitest';
import { sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import { runGradientDescent } from '../gradientDescent/trajectory';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { levelSetWindow } from './levelSetWindow';
import { lossSurface } from './lossSurface';

const { tv, sales } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);
const scaledSales = applyScaler(fitMinMaxScaler(sales), sales);

describe('levelSetWindow', () => {
  it('contains every epoch of stable runs at any rate, scaled and unscaled', () => {
    for (const [feature, response] of [
      [scaledTv, scaledSales],
      [Float64Array.from(tv), Float64Array.from(sales)],
    ] as const) {
      const window = levelSetWindow({ feature, response });
      const limit = largestStableLearningRate(feature);
      for (const share of [0.01, 0.3, 0.7, 0.99]) {
        const run = runGradientDescent({ feature, response, learningRate: share * limit, epochs: 3000 });
        for (let epoch = 0; epoch <= run.lastEpoch; epoch++) {
          expect(run.intercepts.at(epoch)!).toBeGreaterThanOrEqual(window.interceptRange[0]);
          expect(run.intercepts.at(epoch)!).toBeLessThanOrEqual(window.interceptRange[1]);
          expect(run.slopes.at(epoch)!).toBeGreaterThanOrEqual(window.slopeRange[0]);
          expect(run.slopes.at(epoch)!).toBeLessThanOrEqual(window.slopeRange[1]);
        }
      }
    }
  });
  it("is tight: the start's loss is reached on the window's edge, within the margin", () => {
    const window = levelSetWindow({ feature: scaledTv, response: scaledSales, margin: 0 });
    const grid = lossSurface({ feature: scaledTv, response: scaledSales, ...window, resolution: 201 });
    const startLoss = runGradientDescent({ feature: scaledTv, response: scaledSales, learningRate: 0.1, epochs: 0 })
      .losses[0]!;
    const inside = Array.from(grid.losses).filter((loss) => loss <= startLoss * (1 + 1e-9)).length;
    expect(inside).toBeGreaterThan(0.2 * grid.losses.length);
    // the edges of the box touch the ellipse: its rows and columns at the edges hold no loss much below the start's
    const edgeMinimum = Math.min(...grid.rows[0]!, ...grid.rows[200]!);
    expect(edgeMinimum).toBeGreaterThan(0.97 * startLoss);
  });
  it('gives a usable window when the start is the minimum itself', () => {
    const window = levelSetWindow({ feature: [1, 2, 3], response: [2, 4, 6], start: { intercept: 0, slope: 2 } });
    expect(window.interceptRange[1]).toBeGreaterThan(window.interceptRange[0]);
    expect(window.slopeRange[1]).toBeGreaterThan(window.slopeRange[0]);
  });
});

describe('the window and the surface from statistics already computed', () => {
  it('are the same doubles as from the rows, and read no row', () => {
    const statistics = sufficientStatistics(scaledTv, scaledSales);
    const start = { intercept: 0.9, slope: -0.4 };
    // no rows at all: anything that walked them would throw or return NaN
    const noRows = { feature: new Float64Array(0), response: new Float64Array(0), statistics };
    const window = levelSetWindow({ feature: scaledTv, response: scaledSales, start });
    expect(levelSetWindow({ ...noRows, start })).toEqual(window);
    const surface = lossSurface({ feature: scaledTv, response: scaledSales, ...window, resolution: 40 });
    expect(lossSurface({ ...noRows, ...window, resolution: 40 }).losses).toEqual(surface.losses);
  });
});
