import type { CsvImportResult } from './types';

/** What the main thread sends the import worker: the file and the size limit. */
export interface CsvImportRequest {
  readonly file: Blob;
  readonly maxBytes?: number;
}

/** What the import worker sends back: progress as it reads, then the result once. */
export type CsvImportMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'result'; readonly result: CsvImportResult };

/**
 * The buffers of a result's columns, to transfer (move, not copy) to the main thread with the
 * result message. Each column owns its buffer, so none is listed twice.
 */
export function transferableBuffers(result: CsvImportResult): ArrayBuffer[] {
  if (!result.ok) return [];
  return result.table.columns.map((column) => column.values.buffer as ArrayBuffer);
}
