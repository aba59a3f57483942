import type { ImportedColumn } from '../adapters/csv/types';
import type { MinMaxScaler } from '../core/scaling';
import { type DataSet, findColumn } from './dataSet';

// Dragging a data point: the student moves one point of the scatter plot and watches the
// fits follow. The data set they loaded is never changed; the moved values live beside it
// and make a new data set, so "Reset data" gives back the very same object, bit for bit.

/** Points can be moved on data sets up to this many rows: every point is then drawn (and refitting stays instant). */
export const MAX_MOVABLE_ROWS = 1000;

/** New values by column name, then by row (0-based, in the data set's own row order). */
export type PointMoves = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** The data set as loaded, the moves made on it, and the data set those moves give. */
export interface MovedData {
  readonly original: DataSet;
  readonly moves: PointMoves;
  readonly edited: DataSet;
}

/**
 * The data rows behind the points of a feature/response pair: entry k is the row of the k-th
 * row where both cells hold a number (the rows the fit uses, in order). Complexity O(n).
 */
export function usableRowIndices(feature: ImportedColumn, response: ImportedColumn): Int32Array {
  const x = feature.values;
  const y = response.values;
  let count = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) count++;
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) rows[k++] = i;
  return rows;
}

/** How many distinct rows have a moved value. Complexity O(moves). */
export function movedRowCount(moves: PointMoves): number {
  const rows = new Set<number>();
  for (const byRow of moves.values()) for (const row of byRow.keys()) rows.add(row);
  return rows.size;
}

/**
 * The original data set with the moves applied: each moved column is a copy with its new
 * values, every other column (and the original) is shared untouched. The title says how many
 * points moved. Complexity O(n) per moved column.
 */
export function applyMoves(original: DataSet, moves: PointMoves): DataSet {
  const columns = original.columns.map((column) => {
    const byRow = moves.get(column.name);
    if (!byRow || byRow.size === 0) return column;
    const values = Float64Array.from(column.values);
    for (const [row, value] of byRow) values[row] = value;
    return { ...column, values };
  });
  const count = movedRowCount(moves);
  return { ...original, columns, title: `${original.title} (${count} point${count === 1 ? '' : 's'} moved)` };
}

/**
 * The moves with one row's feature and response set to new values (original units). Throws a
 * RangeError for a value that is not finite or a column the data set does not have.
 * Complexity O(moves).
 */
export function withMove(
  original: DataSet,
  moves: PointMoves,
  row: number,
  changes: readonly { readonly column: string; readonly value: number }[],
): PointMoves {
  const next = new Map(moves);
  for (const { column, value } of changes) {
    if (!Number.isFinite(value)) throw new RangeError(`A moved point needs a finite ${column}, not ${value}.`);
    const source = findColumn(original, column);
    if (!source) throw new RangeError(`The data set has no column named "${column}".`);
    if (!(row >= 0 && row < source.values.length)) throw new RangeError(`Row ${row + 1} is not in the data set.`);
    next.set(column, new Map(next.get(column) ?? []).set(row, value));
  }
  return next;
}

/** A value as the plot shows it (scaled when scaling is on) back in original units: (v − offset)/scale. Complexity O(1). */
export function toOriginalUnits(scaler: MinMaxScaler, shown: number): number {
  return (shown - scaler.offset) / scaler.scale;
}
