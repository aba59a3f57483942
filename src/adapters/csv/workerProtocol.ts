import type { CsvImportResult } from './types';

/**
 * The buffers of a result's columns, to transfer (move, not copy) to the main thread with the
 * result. Each column owns its buffer, so none is listed twice.
 */
export function transferableBuffers(result: CsvImportResult): ArrayBuffer[] {
  if (!result.ok) return [];
  return result.table.columns.map((column) => column.values.buffer as ArrayBuffer);
}
