import Papa from 'papaparse';
import type { DataColumn } from '../store/dataSet';

/**
 * Reads a CSV file that ships with the app (trusted, well formed) into numeric columns.
 * A column with an empty header, or holding exactly 1…N, is marked as a row index.
 */
export function parseShippedCsv(text: string): { columns: DataColumn[]; rowCount: number } {
  const parsed = Papa.parse<string[]>(text.trim(), { header: false, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`A shipped data file is malformed: ${parsed.errors[0]!.message}`);
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error('A shipped data file is empty.');
  const columns = header.map((name, columnIndex): DataColumn => {
    const values = Float64Array.from(rows, (row) => {
      const cell = row[columnIndex]?.trim() ?? '';
      return cell === '' ? NaN : Number(cell);
    });
    const isRowNumbers = values.every((value, row) => value === row + 1);
    return { name: name.trim(), values, isIndex: name.trim() === '' || isRowNumbers };
  });
  return { columns, rowCount: rows.length };
}
