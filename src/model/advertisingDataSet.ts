import { importCsvText } from '../adapters/csv';
import advertisingCsv from '../data/advertising.csv?raw';
import { builtInDataSet } from '../data/builtInDataSets';
import { type DataSet, dataSetFromTable } from './dataSet';

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
