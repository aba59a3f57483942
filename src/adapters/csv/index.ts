// The CSV import adapter's public face: what the store and the UI call. Everything else in this
// folder is a detail behind these names.
export { importCsvText } from './importCsvText';
export { importCsvFile } from './importCsvFile';
export { startCsvImport, type CsvImportTask, type StartCsvImportOptions } from './startCsvImport';
export { chooseDefaultColumns, isChoosable, type ColumnChoice } from './defaultColumns';
export { usableRows, type LeftOutCell, type UsableRows } from './usableRows';
export type { PairProblem } from './pairMessages';
export {
  DEFAULT_MAX_BYTES,
  type ColumnKind,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvProblem,
  type CsvProblemCode,
  type Delimiter,
  type ImportedColumn,
  type ImportedTable,
  type UnusableCell,
  type UnusableReason,
} from './types';
