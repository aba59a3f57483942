/** A rectangle cut into `xBins` × `yBins` equal cells: the bins of a 2-D histogram. */
export interface BinGrid {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly xBins: number;
  readonly yBins: number;
}

/**
 * Counts the points (x[i], y[i]) falling in each cell of the grid, as numpy's
 * `histogram2d(x, y, bins=[xBins, yBins], range=[[xMin, xMax], [yMin, yMax]])` does: the edges
 * are numpy's `linspace` (edge k = k·(max − min)/bins + min, the last edge exactly max), a
 * value belongs to the cell whose lower edge is the largest edge not above it, a value equal to
 * the upper end goes in the last cell, and values outside the range or NaN are left out.
 * The counts are stored row by row, y cell first: `counts[yCell · xBins + xCell]` (the
 * transpose of numpy's `H`). Adds to `counts` when given (so several point sets can share one
 * histogram), else starts from zeros; `rows` limits the count to rows from..to−1 (so a long
 * column can be counted a slice at a time). O(n), no allocation per point.
 * Throws a RangeError if a bin count is not a positive integer, a range is empty or not finite,
 * x and y differ in length, or `counts` has the wrong length.
 */
export function histogram2d(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  grid: BinGrid,
  counts: Uint32Array = new Uint32Array(grid.xBins * grid.yBins),
  rows: { readonly from: number; readonly to: number } = { from: 0, to: x.length },
): Uint32Array {
  const { xMin, xMax, yMin, yMax, xBins, yBins } = grid;
  checkAxis('x', xMin, xMax, xBins);
  checkAxis('y', yMin, yMax, yBins);
  if (x.length !== y.length) throw new RangeError(`x has ${x.length} values but y has ${y.length}.`);
  if (counts.length !== xBins * yBins)
    throw new RangeError(`The counts hold ${counts.length} cells but the grid has ${xBins * yBins}.`);
  const xStep = (xMax - xMin) / xBins;
  const yStep = (yMax - yMin) / yBins;
  const to = Math.min(rows.to, x.length);
  for (let i = Math.max(0, rows.from); i < to; i++) {
    const column = cellOf(x[i]!, xMin, xMax, xStep, xBins);
    if (column < 0) continue;
    const row = cellOf(y[i]!, yMin, yMax, yStep, yBins);
    if (row < 0) continue;
    counts[row * xBins + column]! += 1;
  }
  return counts;
}

/**
 * The cell of `value` among `bins` cells from `min` to `max` (numpy's edges), or −1 when the
 * value is outside [min, max] or NaN. A first guess by division, then moved until the edges
 * agree, so rounding in the division never puts a value in the neighbouring cell.
 */
function cellOf(value: number, min: number, max: number, step: number, bins: number): number {
  if (!(value >= min && value <= max)) return -1;
  if (value === max) return bins - 1;
  let cell = Math.floor((value - min) / step);
  if (cell > bins - 1) cell = bins - 1;
  while (cell > 0 && cell * step + min > value) cell--;
  while (cell < bins - 1 && (cell + 1) * step + min <= value) cell++;
  return cell;
}

function checkAxis(name: string, min: number, max: number, bins: number): void {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`The ${name} bin count must be a positive integer, not ${bins}.`);
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min))
    throw new RangeError(`The ${name} range must be finite and not empty, not [${min}, ${max}].`);
}

/** The largest count in a histogram (0 for an empty one). O(cells). */
export function largestCount(counts: Uint32Array): number {
  let largest = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > largest) largest = counts[i]!;
  return largest;
}
