import { describe, expect, it } from 'vitest';
import { type BinGrid, histogram2d, largestCount } from './histogram2d';
import { createRandomSource } from './random';
import { runPython } from './testing/python';

/** numpy's histogram2d of the same points on the same grid, transposed to our row-by-row y-first layout. */
function numpyHistogram(x: number[], y: number[], grid: BinGrid): number[] {
  return runPython<number[]>(
    `
import json, sys
import numpy as np
d = json.load(sys.stdin)
g = d["grid"]
h, _, _ = np.histogram2d(np.array(d["x"], dtype=float), np.array(d["y"], dtype=float),
                         bins=[g["xBins"], g["yBins"]], range=[[g["xMin"], g["xMax"]], [g["yMin"], g["yMax"]]])
print(json.dumps([int(v) for v in h.T.ravel()]))
`,
    { x, y, grid },
  );
}

describe('histogram2d', () => {
  it('counts every cell as numpy.histogram2d does on scattered points, including those outside the range', () => {
    const source = createRandomSource(14);
    const random = () => source.next();
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 5000; i++) {
      x.push(-1 + 12 * random());
      y.push(3 * (random() - 0.5) * (random() + 0.2));
    }
    const grid = { xMin: 0, xMax: 10, yMin: -1.2, yMax: 1.3, xBins: 37, yBins: 23 };
    expect(Array.from(histogram2d(x, y, grid))).toEqual(numpyHistogram(x, y, grid));
  });

  it('puts values lying exactly on the edges where numpy puts them (the upper end in the last cell)', () => {
    // edges of 0.1-wide cells are not exact in binary, so a division alone would misplace some of these
    const grid = { xMin: 0, xMax: 1, yMin: 0.3, yMax: 0.9, xBins: 10, yBins: 6 };
    const x: number[] = [];
    const y: number[] = [];
    for (let k = 0; k <= 10; k++) {
      for (let j = 0; j <= 6; j++) {
        x.push((k * 1) / 10, k * 0.1, (k * (1 - 0)) / 10 + 0);
        y.push(j * 0.1 + 0.3, 0.3 + (j * 0.6) / 6, j * ((0.9 - 0.3) / 6) + 0.3);
      }
    }
    const counts = histogram2d(x, y, grid);
    expect(Array.from(counts)).toEqual(numpyHistogram(x, y, grid));
    // every value lies within the range except the y values that rounding lifted just above 0.9
    const inside = y.filter((value) => value <= 0.9).length;
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(inside);
  });

  it('adds a second set of points into the counts it is given', () => {
    const grid = { xMin: 0, xMax: 2, yMin: 0, yMax: 2, xBins: 2, yBins: 2 };
    const counts = histogram2d([0.5, 1.5], [0.5, 0.5], grid);
    histogram2d([1.5, 1.5, 0.2], [1.5, 0.1, 1.9], grid, counts);
    // row y∈[0,1): x∈[0,1) one, x∈[1,2] two; row y∈[1,2]: x∈[0,1) one, x∈[1,2] one
    expect(Array.from(counts)).toEqual([1, 2, 1, 1]);
    expect(largestCount(counts)).toBe(2);
  });

  it('counts a long column slice by slice to the same histogram as all at once', () => {
    const source = createRandomSource(7);
    const x = Float64Array.from({ length: 1000 }, () => source.next());
    const y = Float64Array.from({ length: 1000 }, () => source.next());
    const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, xBins: 9, yBins: 7 };
    const sliced = new Uint32Array(63);
    for (let from = 0; from < 1000; from += 300) histogram2d(x, y, grid, sliced, { from, to: from + 300 });
    expect(Array.from(sliced)).toEqual(Array.from(histogram2d(x, y, grid)));
  });

  it('leaves NaN and infinite values out', () => {
    const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, xBins: 1, yBins: 1 };
    expect(
      Array.from(histogram2d([Number.NaN, 0.5, Number.POSITIVE_INFINITY, 0.5], [0.5, Number.NaN, 0.5, 0.5], grid)),
    ).toEqual([1]);
  });

  it('refuses a grid it cannot cut and columns of different lengths, saying why', () => {
    const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, xBins: 2, yBins: 2 };
    expect(() => histogram2d([0], [0], { ...grid, xBins: 0 })).toThrow('x bin count must be a positive integer');
    expect(() => histogram2d([0], [0], { ...grid, yBins: 1.5 })).toThrow('y bin count must be a positive integer');
    expect(() => histogram2d([0], [0], { ...grid, xMax: 0 })).toThrow('x range must be finite and not empty');
    expect(() => histogram2d([0], [0], { ...grid, yMax: Number.NaN })).toThrow('y range must be finite');
    expect(() => histogram2d([0, 1], [0], grid)).toThrow('x has 2 values but y has 1');
    expect(() => histogram2d([0], [0], grid, new Uint32Array(3))).toThrow('counts hold 3 cells but the grid has 4');
  });
});
