import { importCsvText } from '../adapters/csv';
import { dataSetFromTable, type DataSet } from './dataSet';
import { builtInDataSet } from '../data/builtInDataSets';
import advertisingCsv from '../data/advertising.csv?raw';

/**
 * The Advertising data, read at start-up without waiting for a chunk: the notebook opens on it.
 * Provenance: SOURCES.md beside this file.
 */
export function loadAdvertising(): DataSet {
  const result = importCsvText(advertisingCsv, { name: 'advertising.csv' });
  if (!result.ok) throw new Error(`The shipped Advertising file failed to import: ${result.problem.message}`);
  const entry = builtInDataSet('advertising');
  return dataSetFromTable(result.table, { kind: 'built-in', id: 'advertising' }, entry.title, entry.source);
}
