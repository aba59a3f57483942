import type { Data } from 'plotly.js';
import { type BinGrid, histogram2d, largestCount } from '../core/histogram2d';
import { applyScalerInto, type MinMaxScaler } from '../core/scaling';
import type { Box } from './clipLine';
import { MAX_DRAWN_POINTS } from './scatterFigure';

/** One set of points drawn on the scatter plot (the training rows, the held-out rows). */
export interface PointColumns {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /**
   * When set, the points are drawn at `x` and `y` under these maps (the plot's scaled units):
   * large data is counted from its original columns, a slice at a time, with no scaled copy kept.
   */
  readonly scalers?: { readonly x: MinMaxScaler; readonly y: MinMaxScaler };
}

/** Rows scaled at a time when a set is counted through its scalers. */
const SCALED_SLICE_ROWS = 8192;

/**
 * Counts the points of `set` in rows from..to−1 into `counts` (cells of `grid`, in the plot's
 * units; see {@link PointColumns.scalers}). O(to − from), and O(slice) memory when scaled.
 */
export function countPoints(
  set: PointColumns,
  grid: BinGrid,
  counts: Uint32Array,
  from = 0,
  to: number = set.x.length,
): void {
  const end = Math.min(to, set.x.length);
  if (!set.scalers) {
    histogram2d(set.x, set.y, grid, counts, { from, to: end });
    return;
  }
  const size = Math.max(0, Math.min(SCALED_SLICE_ROWS, end - from));
  const x = new Float64Array(size);
  const y = new Float64Array(size);
  for (let start = from; start < end; start += SCALED_SLICE_ROWS) {
    const stop = Math.min(end, start + SCALED_SLICE_ROWS);
    applyScalerInto(set.scalers.x, set.x, start, stop, x);
    applyScalerInto(set.scalers.y, set.y, start, stop, y);
    histogram2d(x, y, grid, counts, { from: 0, to: stop - start });
  }
}

/** The size, in screen pixels, of a density cell: small enough that a lone point stays a speck where it lies. */
export const DENSITY_CELL_PIXELS = 3;

/** Light lavender for one point, a deeper violet for the crowded cells: under the grey markers, the blue and orange lines. */
export const DENSITY_COLOURS = { fewest: '#d9d0ee', most: '#6a55a8' } as const;

/** Whether the scatter plot draws a density layer: only when some set of points is drawn as a sample. */
export function needsDensityLayer(sets: readonly PointColumns[]): boolean {
  return sets.some((set) => set.x.length > MAX_DRAWN_POINTS);
}

/** How many points the density layer counts (every point of every set). */
export function densityPointCount(sets: readonly PointColumns[]): number {
  return sets.reduce((sum, set) => sum + set.x.length, 0);
}

/**
 * The number of density cells across and down a plotting area of this size in pixels: one cell
 * per {@link DENSITY_CELL_PIXELS} pixels, at least 16 each way. Rounded to a multiple of 8, so
 * a few pixels of resizing do not recount.
 */
export function densityCells(width: number, height: number): { xBins: number; yBins: number } {
  const cells = (pixels: number) => Math.max(16, 8 * Math.round(pixels / DENSITY_CELL_PIXELS / 8));
  return { xBins: cells(width), yBins: cells(height) };
}

/**
 * Every point of every set counted into cells of the frame (a 2-D histogram, see core/histogram2d)
 * and drawn as a plotly heatmap under the sampled markers. Colour follows log10 of the count,
 * so a cell with one point (an outlier) is as visible as the palest colour allows while the
 * crowded centre does not swamp it; empty cells are left out (transparent). O(points + cells).
 * Only built on a change of data, frame or chart size, never on a slider step.
 */
export function densityTrace(sets: readonly PointColumns[], frame: Box, cells: { xBins: number; yBins: number }): Data {
  const counts = new Uint32Array(cells.xBins * cells.yBins);
  for (const set of sets) countPoints(set, { ...frame, ...cells }, counts);
  return densityTraceOfCounts(counts, frame, cells, densityPointCount(sets));
}

/** {@link densityTrace} from counts already made (cell by cell, y first), of `total` points in all. O(cells). */
export function densityTraceOfCounts(
  counts: Uint32Array,
  frame: Box,
  cells: { xBins: number; yBins: number },
  total: number,
): Data {
  const z: (number | null)[][] = [];
  for (let row = 0; row < cells.yBins; row++) {
    const line: (number | null)[] = new Array(cells.xBins);
    for (let column = 0; column < cells.xBins; column++) {
      const count = counts[row * cells.xBins + column]!;
      line[column] = count > 0 ? Math.log10(count) : null;
    }
    z.push(line);
  }
  const dx = (frame.xMax - frame.xMin) / cells.xBins;
  const dy = (frame.yMax - frame.yMin) / cells.yBins;
  return {
    type: 'heatmap',
    name: `Density of all ${total.toLocaleString('en')} points`,
    z,
    x0: frame.xMin + dx / 2,
    dx,
    y0: frame.yMin + dy / 2,
    dy,
    zmin: 0,
    zmax: Math.max(1, Math.log10(Math.max(1, largestCount(counts)))),
    zsmooth: false,
    colorscale: [
      [0, DENSITY_COLOURS.fewest],
      [1, DENSITY_COLOURS.most],
    ],
    showscale: false,
    hoverinfo: 'skip',
  } as Data;
}
