import { isChoosable } from '../adapters/csv/defaultColumns';
import type { ImportedColumn, ImportedTable } from '../adapters/csv/types';
import type { SyntheticLineSettings } from '../core/syntheticData';
import type { BuiltInDataSetId } from '../data/builtInDataSets';

/** Where the data on screen came from. */
export type DataOrigin =
  | { readonly kind: 'built-in'; readonly id: BuiltInDataSetId }
  | { readonly kind: 'file'; readonly fileName: string }
  | { readonly kind: 'pasted' }
  | { readonly kind: 'synthetic'; readonly settings: SyntheticLineSettings; readonly preset: 'second-lesson' | null };

/** A data set the notebook can fit: its columns as the importer read them, and where it came from. */
export interface DataSet {
  readonly title: string;
  /** A citation or a plain description of the origin, shown under the title. */
  readonly source: string;
  readonly origin: DataOrigin;
  readonly rowCount: number;
  readonly columns: readonly ImportedColumn[];
  readonly format?: Pick<ImportedTable, 'delimiter' | 'decimalComma' | 'hasHeaderRow'>;
  /** Held-out points to evaluate the fitted line on, with the same feature and response names. */
  readonly testSet?: {
    readonly featureName: string;
    readonly responseName: string;
    readonly feature: Float64Array;
    readonly response: Float64Array;
  };
}

/**
 * Columns a student may pick as feature or response: those holding numbers. An unnamed
 * row-number column is left out; a named one (x = 1…300, say) is offered but never the default.
 */
export function selectableColumns(dataSet: DataSet): ImportedColumn[] {
  return dataSet.columns.filter((column) => isChoosable(column) && !(column.isIndex && column.name === ''));
}

export function findColumn(dataSet: DataSet, name: string): ImportedColumn | undefined {
  return dataSet.columns.find((column) => column.name === name);
}

/** A data set from an imported table. */
export function dataSetFromTable(table: ImportedTable, origin: DataOrigin, title: string, source: string): DataSet {
  return {
    title,
    source,
    origin,
    rowCount: table.rowCount,
    columns: table.columns,
    format: { delimiter: table.delimiter, decimalComma: table.decimalComma, hasHeaderRow: table.hasHeaderRow },
  };
}
