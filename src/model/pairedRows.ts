// Imported from the modules themselves, not the csv index, so the fit worker does not bundle papaparse.
import type { ImportedColumn } from '../adapters/csv/types';
import { type UsableRows, usableRows } from '../adapters/csv/usableRows';

// Choosing columns and preparing the fit both need the usable rows of the same pair; on a
// million rows that pass is worth doing once. Columns are immutable, so their identity is a key.
const cache = new WeakMap<ImportedColumn, WeakMap<ImportedColumn, UsableRows>>();

/** {@link usableRows}, remembered for each (feature, response) pair of column objects. */
export function pairedRows(feature: ImportedColumn, response: ImportedColumn): UsableRows {
  let byResponse = cache.get(feature);
  if (!byResponse) {
    byResponse = new WeakMap();
    cache.set(feature, byResponse);
  }
  let rows = byResponse.get(response);
  if (!rows) {
    rows = usableRows(feature, response);
    byResponse.set(response, rows);
  }
  return rows;
}
