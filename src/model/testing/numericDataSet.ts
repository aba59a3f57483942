import type { ImportedColumn } from '../../adapters/csv/types';
import type { DataSet } from '../dataSet';

// For tests: data sets built from numbers directly, as the importer would describe them.

/** A numeric column of `values` (NaN for a cell that gave no number, counted as missing). */
export function numericColumn(name: string, values: ArrayLike<number>): ImportedColumn {
  const column = Float64Array.from(values);
  const numericCount = column.filter(Number.isFinite).length;
  return {
    name,
    label: name,
    values: column,
    numericCount,
    missing: [],
    missingCount: column.length - numericCount,
    kind: 'numeric',
    isIndex: false,
  };
}

/** A pasted data set of these columns (all of one length). */
export function numericDataSet(columns: readonly ImportedColumn[]): DataSet {
  return {
    title: 'test',
    source: 'made in the test',
    origin: { kind: 'pasted' },
    rowCount: columns[0]?.values.length ?? 0,
    columns: [...columns],
  } as DataSet;
}
