import { describe, expect, it } from 'vitest';
import { applyScaler, fitMinMaxScaler } from '../core/scaling';
import { countPoints, densityCells, densityPointCount, densityTrace, needsDensityLayer } from './densityLayer';
import { MAX_DRAWN_POINTS } from './scatterFigure';

type Heatmap = { z: (number | null)[][]; x0: number; dx: number; y0: number; dy: number; zmax: number; name: string };

describe('density layer', () => {
  it('is drawn only when some set of points is drawn as a sample', () => {
    const small = { x: new Float64Array(MAX_DRAWN_POINTS), y: new Float64Array(MAX_DRAWN_POINTS) };
    const large = { x: new Float64Array(MAX_DRAWN_POINTS + 1), y: new Float64Array(MAX_DRAWN_POINTS + 1) };
    expect(needsDensityLayer([small])).toBe(false);
    expect(needsDensityLayer([small, small])).toBe(false);
    expect(needsDensityLayer([small, large])).toBe(true);
    expect(densityPointCount([small, large])).toBe(2 * MAX_DRAWN_POINTS + 1);
  });

  it('has about one cell per three pixels, in steps of eight cells, and at least sixteen', () => {
    expect(densityCells(450, 274)).toEqual({ xBins: 152, yBins: 88 });
    expect(densityCells(455, 270)).toEqual({ xBins: 152, yBins: 88 });
    expect(densityCells(20, 10)).toEqual({ xBins: 16, yBins: 16 });
  });

  it('counts both sets into cells centred where plotly draws them, colours by log10 of the count and leaves empty cells out', () => {
    const frame = { xMin: 0, xMax: 4, yMin: 0, yMax: 2 };
    // 100 points in cell (column 0, row 0), 1 in (column 3, row 1), 10 held-out in (column 1, row 1)
    const training = { x: [...Array(100).fill(0.5), 3.5], y: [...Array(100).fill(0.5), 1.5] };
    const heldOut = { x: Array(10).fill(1.2), y: Array(10).fill(1.9) };
    const trace = densityTrace([training, heldOut], frame, { xBins: 4, yBins: 2 }) as unknown as Heatmap;
    expect(trace.z).toEqual([
      [2, null, null, null],
      [null, 1, null, 0],
    ]);
    expect([trace.x0, trace.dx, trace.y0, trace.dy]).toEqual([0.5, 1, 0.5, 1]);
    expect(trace.zmax).toBe(2);
    expect(trace.name).toBe('Density of all 111 points');
  });

  it.each([0, 1e15])(
    'counts original columns through their scalers exactly as their scaled copies (values near %d), in any slices',
    (offset) => {
      const rows = 20_000;
      const x = Float64Array.from({ length: rows }, (_, i) => offset + ((i * 7919) % 10_007) / 8);
      const y = Float64Array.from({ length: rows }, (_, i) => ((i * 104_729) % 997) / 13 - 20);
      const scalers = { x: fitMinMaxScaler(x), y: fitMinMaxScaler(y) };
      const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, xBins: 48, yBins: 32 };
      const expected = new Uint32Array(48 * 32);
      countPoints({ x: applyScaler(scalers.x, x), y: applyScaler(scalers.y, y) }, grid, expected);
      const whole = new Uint32Array(48 * 32);
      countPoints({ x, y, scalers }, grid, whole);
      const sliced = new Uint32Array(48 * 32);
      for (const [from, to] of [
        [0, 1],
        [1, 9000],
        [9000, 17_777],
        [17_777, 30_000],
      ] as const)
        countPoints({ x, y, scalers }, grid, sliced, from, to);
      expect([...whole]).toEqual([...expected]);
      expect([...sliced]).toEqual([...expected]);
      expect(whole.reduce((sum, count) => sum + count, 0)).toBe(rows);
    },
  );
});
