import { describe, expect, it } from 'vitest';
import { gramStatistics } from '../linearModel/gramStatistics';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { lossOnSlice, lossSlice, lossSliceGrid } from './lossSlice';
import { sliceWindow } from './sliceWindow';

/**
 * numpy's MSE of b + X·w at each point of a plane (two parameters replaced, the rest held),
 * and the plane's lowest point by lstsq on the two columns (ones for the intercept) against
 * the response minus the held part.
 */
const NUMPY_SLICE = `
import json, sys
import numpy as np
case = json.load(sys.stdin)
X = np.array(case['columns'], dtype=np.float64).T
y = np.array(case['response'], dtype=np.float64)
n = len(y)
A = np.hstack([np.ones((n, 1)), X])
theta = np.array(case['parameters'], dtype=np.float64)
a, c = case['across'], case['up']
losses = []
for u, v in case['points']:
    t = theta.copy(); t[a] = u; t[c] = v
    losses.append(float(np.mean((A @ t - y) ** 2)))
held = theta.copy(); held[a] = 0; held[c] = 0
target = y - A @ held
best, *_ = np.linalg.lstsq(A[:, [a, c]], target, rcond=None)
t = theta.copy(); t[a] = best[0]; t[c] = best[1]
print(json.dumps({'losses': losses, 'lowest': best.tolist(), 'lowestLoss': float(np.mean((A @ t - y) ** 2))}))
`;

interface NumpySlice {
  losses: number[];
  lowest: [number, number];
  lowestLoss: number;
}

const { tv, radio, newspaper, sales } = readAdvertisingColumns();
const scale = (values: number[]) => applyScaler(fitMinMaxScaler(values), values);
const scaled = { columns: [scale(tv), scale(radio), scale(newspaper)], response: scale(sales) };
const unscaled = {
  columns: [tv, radio, newspaper].map((c) => Float64Array.from(c)),
  response: Float64Array.from(sales),
};

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

function pointsAround(centre: readonly [number, number], reach: readonly [number, number]): [number, number][] {
  const points: [number, number][] = [];
  for (const s of [-1, -0.3, 0, 0.45, 1])
    for (const t of [-1, 0, 0.7]) points.push([centre[0] + s * reach[0], centre[1] + t * reach[1]]);
  return points;
}

describe('lossSlice', () => {
  it.each([
    ['scaled, TV across, Newspaper up', scaled, [0.1, 0.4, 0.2, 0.05], 1, 3, [0.6, 0.6]],
    ['scaled, intercept across, Radio up', scaled, [0.02, 0.5, 0.3, -0.01], 0, 2, [0.3, 0.4]],
    ['unscaled, intercept across, TV up', unscaled, [2, 0.03, 0.15, 0.01], 0, 1, [3, 0.02]],
    ['unscaled, Radio across, Newspaper up', unscaled, [2.9, 0.0457, 0.18, 0], 2, 3, [0.05, 0.05]],
  ] as const)('gives numpy’s MSE and lowest point on the plane (%s)', (_name, data, parameters, across, up, reach) => {
    const slice = lossSlice({
      statistics: gramStatistics(data.columns, data.response),
      hasIntercept: true,
      parameters: Float64Array.from(parameters),
      across,
      up,
    });
    const points = pointsAround([parameters[across]!, parameters[up]!], reach);
    const numpy = runPython<NumpySlice>(NUMPY_SLICE, {
      columns: data.columns.map((column) => Array.from(column)),
      response: Array.from(data.response),
      parameters,
      across,
      up,
      points,
    });
    expect(slice.hasLowestPoint).toBe(true);
    expect(relative(slice.centre[0], numpy.lowest[0])).toBeLessThan(1e-9);
    expect(relative(slice.centre[1], numpy.lowest[1])).toBeLessThan(1e-9);
    expect(relative(slice.centreLoss, numpy.lowestLoss)).toBeLessThan(1e-12);
    points.forEach(([u, v], k) => {
      expect(relative(lossOnSlice(slice, u, v), numpy.losses[k]!)).toBeLessThan(1e-11);
    });
  });

  it('still draws the plane of two identical columns, whose loss has a valley and no single lowest point', () => {
    const columns = [scaled.columns[0]!, Float64Array.from(scaled.columns[0]!)];
    const parameters = [0.2, 0.3, 0.1];
    const slice = lossSlice({
      statistics: gramStatistics(columns, scaled.response),
      hasIntercept: true,
      parameters: Float64Array.from(parameters),
      across: 1,
      up: 2,
    });
    const points = pointsAround([0.3, 0.1], [0.5, 0.5]);
    const numpy = runPython<NumpySlice>(NUMPY_SLICE, {
      columns: columns.map((column) => Array.from(column)),
      response: Array.from(scaled.response),
      parameters,
      across: 1,
      up: 2,
      points,
    });
    expect(slice.hasLowestPoint).toBe(false);
    points.forEach(([u, v], k) => {
      expect(relative(lossOnSlice(slice, u, v), numpy.losses[k]!)).toBeLessThan(1e-11);
    });
  });

  it('fills a grid row by row with evenly spaced, exact-ended axes', () => {
    const slice = lossSlice({
      statistics: gramStatistics(scaled.columns, scaled.response),
      hasIntercept: true,
      parameters: Float64Array.of(0, 0, 0, 0),
      across: 2,
      up: 1,
    });
    const grid = lossSliceGrid(slice, [-1, 1], [0, 3], 5);
    expect(Array.from(grid.acrossValues)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(grid.upValues)).toEqual([0, 0.75, 1.5, 2.25, 3]);
    expect(grid.rows[3]![1]).toBe(lossOnSlice(slice, -0.5, 2.25));
    expect(() => lossSliceGrid(slice, [1, 1], [0, 1], 5)).toThrow(RangeError);
    expect(() => lossSliceGrid(slice, [0, 1], [0, 1], 1)).toThrow(RangeError);
  });

  it('refuses the intercept of a model through the origin, a repeated axis and a wrong-length parameter vector', () => {
    const statistics = gramStatistics(scaled.columns, scaled.response);
    const parameters = Float64Array.of(0, 0, 0, 0);
    expect(() => lossSlice({ statistics, hasIntercept: false, parameters, across: 0, up: 1 })).toThrow(/no intercept/);
    expect(() => lossSlice({ statistics, hasIntercept: true, parameters, across: 2, up: 2 })).toThrow(/different/);
    expect(() => lossSlice({ statistics, hasIntercept: true, parameters, across: 1, up: 4 })).toThrow(RangeError);
    expect(() =>
      lossSlice({ statistics, hasIntercept: true, parameters: Float64Array.of(0, 0), across: 0, up: 1 }),
    ).toThrow(/4 parameters/);
  });
});

describe('sliceWindow', () => {
  const statistics = gramStatistics(scaled.columns, scaled.response);

  it('holds the whole path and every mark', () => {
    const slice = lossSlice({
      statistics,
      hasIntercept: true,
      parameters: Float64Array.of(0, 0, 0, 0),
      across: 1,
      up: 2,
    });
    const acrossPath = Float64Array.of(0, 0.2, 0.35, 0.5);
    const upPath = Float64Array.of(0, 0.1, 0.25, 0.3);
    const window = sliceWindow({ slice, acrossPath, upPath, marks: [[0.53, 0.37]], levelRise: 1e-6 });
    for (const value of [...acrossPath, 0.53]) {
      expect(value).toBeGreaterThan(window.acrossRange[0]);
      expect(value).toBeLessThan(window.acrossRange[1]);
    }
    for (const value of [...upPath, 0.37]) {
      expect(value).toBeGreaterThan(window.upRange[0]);
      expect(value).toBeLessThan(window.upRange[1]);
    }
  });

  it('around a single point, spans exactly the distance over which the loss rises by levelRise along each axis', () => {
    const slice = lossSlice({
      statistics,
      hasIntercept: true,
      parameters: Float64Array.of(0.1, 0.2, 0.3, 0),
      across: 1,
      up: 3,
    });
    const [u, v] = slice.centre;
    const window = sliceWindow({ slice, acrossPath: [u], upPath: [v], levelRise: 0.01, margin: 0 });
    expect(relative(lossOnSlice(slice, window.acrossRange[1], v) - slice.centreLoss, 0.01)).toBeLessThan(1e-9);
    expect(relative(lossOnSlice(slice, u, window.upRange[0]) - slice.centreLoss, 0.01)).toBeLessThan(1e-9);
  });

  it('refuses a rise that is not positive', () => {
    const slice = lossSlice({
      statistics,
      hasIntercept: true,
      parameters: Float64Array.of(0, 0, 0, 0),
      across: 1,
      up: 2,
    });
    expect(() => sliceWindow({ slice, acrossPath: [0], upPath: [0], levelRise: 0 })).toThrow(RangeError);
  });
});
