/** One column of a loaded data set, as the store keeps it. */
export interface DataColumn {
  readonly name: string;
  /** NaN marks a cell that is missing or not a number. */
  readonly values: Float64Array;
  /** A row-number column (empty header or 1…N): shown, never offered as a feature. */
  readonly isIndex: boolean;
}

/** A data set the notebook can fit: a title, where it came from, and its numeric columns. */
export interface DataSet {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly columns: readonly DataColumn[];
  readonly rowCount: number;
}

/** Columns a student may pick as feature or response: numeric, not a row index. */
export function selectableColumns(dataSet: DataSet): DataColumn[] {
  return dataSet.columns.filter((column) => !column.isIndex);
}

export function findColumn(dataSet: DataSet, name: string): DataColumn | undefined {
  return dataSet.columns.find((column) => column.name === name);
}
