import type { ImportedColumn, UnusableCell } from '../../adapters/csv/types';
import type { DataSet } from '../../model/dataSet';
import { LARGE_DATA_ROWS } from '../dataSlice';

// For the tests of choices prepared in the background: a data set just over the page's own limit.

/** Rows of {@link largeDataSet}: more than the page prepares itself. */
export const LARGE_ROWS = LARGE_DATA_ROWS + 1000;

/** A numeric column of {@link LARGE_ROWS} rows, `value(row)` in each (NaN for a blank cell). */
export function largeColumn(name: string, value: (row: number) => number): ImportedColumn {
  const values = new Float64Array(LARGE_ROWS);
  const missing: UnusableCell[] = [];
  for (let row = 0; row < LARGE_ROWS; row++) {
    values[row] = value(row);
    // rows counted from 1, as the importer counts them
    if (Number.isNaN(values[row]!)) missing.push({ row: row + 1, value: '', reason: 'missing' });
  }
  const numericCount = LARGE_ROWS - missing.length;
  return {
    name,
    label: name,
    values,
    numericCount,
    missing,
    missingCount: LARGE_ROWS - numericCount,
    kind: 'numeric',
    isIndex: false,
  };
}

/** Columns a, b, c and a response y that depends on all three, plus any `more` columns. */
export function largeDataSet(more: readonly ImportedColumn[] = []): DataSet {
  const a = (row: number) => (row % 1000) / 10;
  const b = (row: number) => ((row * 7919) % 1013) / 100;
  const c = (row: number) => ((row * 104_729) % 997) / 7;
  return {
    title: 'large',
    source: 'made in the test',
    origin: { kind: 'pasted' },
    rowCount: LARGE_ROWS,
    columns: [
      largeColumn('a', a),
      largeColumn('b', b),
      largeColumn('c', c),
      largeColumn('y', (row) => 3 + 2 * a(row) - 0.5 * b(row) + 0.25 * c(row) + ((row * 31) % 17) / 100),
      ...more,
    ],
  };
}
