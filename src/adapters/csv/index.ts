// The CSV import adapter's public face: what the store and the UI call. Everything else in this
// folder is a detail behind these names.

export { type ColumnChoice, chooseDefaultColumns, isChoosable } from './defaultColumns';
export { importCsvFile } from './importCsvFile';
export { importCsvText } from './importCsvText';
export { formatBytes } from './messageText';
export type { PairProblem } from './pairMessages';
export { type CsvImportTask, type StartCsvImportOptions, startCsvImport } from './startCsvImport';
export {
  type ColumnKind,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvProblem,
  type CsvProblemCode,
  DEFAULT_MAX_BYTES,
  type Delimiter,
  type ImportedColumn,
  type ImportedTable,
  type UnusableCell,
  type UnusableReason,
} from './types';
export { type LeftOutCell, type UsableRows, usableRows } from './usableRows';
