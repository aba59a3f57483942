// Test helper: a table from inline CSV text, failing loudly if it does not import.
import { importCsvText } from '../importCsvText';
import type { ImportedTable } from '../types';

export function tableFrom(text: string): ImportedTable {
  const result = importCsvText(text);
  if (!result.ok) throw new Error(`did not import: ${result.problem.message}`);
  return result.table;
}
