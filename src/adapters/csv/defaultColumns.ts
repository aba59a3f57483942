import type { ImportedColumn, ImportedTable } from './types';

/** Positions in `table.columns` of the feature (x) and the response (y) to show first. */
export interface ColumnChoice {
  readonly featureIndex: number;
  readonly responseIndex: number;
}

/** True for a column that can serve as a feature or a response: numeric or mostly numeric. */
export function isChoosable(column: ImportedColumn): boolean {
  return column.kind === 'numeric' || column.kind === 'mostly-numeric';
}

/**
 * The columns to fit when a file is first opened: the first choosable column as the feature and
 * the last as the response, skipping row-number columns. So Advertising (an unnamed row-number
 * column, then TV, Radio, Newspaper, Sales) opens as TV → Sales.
 *
 * Row numbers are skipped only while two other columns remain: a named column holding exactly
 * 1…N (say x = 1, 2, …, 300) is still chosen when nothing else is left, and an unnamed one
 * only as a last resort. Returns null when fewer than two choosable columns exist.
 */
export function chooseDefaultColumns(table: ImportedTable): ColumnChoice | null {
  const choosable = table.columns.flatMap((column, index) => (isChoosable(column) ? [{ column, index }] : []));
  const preferences = [
    choosable.filter(({ column }) => !column.isIndex),
    choosable.filter(({ column }) => column.name !== ''),
    choosable,
  ];
  const pool = preferences.find((candidates) => candidates.length >= 2);
  if (!pool) return null;
  return { featureIndex: pool[0]!.index, responseIndex: pool[pool.length - 1]!.index };
}
