import type { PythonExportRequest } from './exportRequest';
import { csvNumber } from './pythonLiteral';

/** Data larger than this (5 MB of CSV) goes into a file beside the notebook instead of inside it. */
export const MAX_EMBEDDED_DATA_BYTES = 5 * 1024 * 1024;

/** The name of that file; the notebook reads it from its own folder. */
export const DATA_FILE_NAME = 'downhill-data.csv';

/**
 * The rows the fit used as CSV text: a header with the column names (quoted as RFC 4180 says
 * when they hold a comma, a quote, a line break or outer spaces), then one line per row, the
 * features first and the response last, every number in its shortest round-trip form so that
 * Python's `float` reads back the very doubles the page fitted. Complexity O(rows × columns).
 */
export function dataCsv(request: Pick<PythonExportRequest, 'features' | 'response'>): string {
  const columns = [...request.features, request.response];
  const lines = [columns.map((column) => csvField(column.name)).join(',')];
  const count = request.response.values.length;
  for (let row = 0; row < count; row++) lines.push(columns.map((column) => csvNumber(column.values[row]!)).join(','));
  return `${lines.join('\n')}\n`;
}

/** A CSV field, quoted (with quotes doubled) only when it needs to be. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Size of the text in UTF-8 bytes. Complexity O(length). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
