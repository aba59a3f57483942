import { transfer } from 'comlink';
import { failed, importFailed } from './fileProblems';
import { importCsvFile } from './importCsvFile';
import type { CsvImportResult } from './types';
import { transferableBuffers } from './workerProtocol';

/**
 * Wraps a progress callback so that it passes on a fraction only once it has risen by at least
 * `step` since the last one passed on, and always passes on 1 (the end). A huge file is read in
 * hundreds of pieces; this keeps the messages to the main thread to about a hundred.
 */
export function throttleProgress(report: (fraction: number) => void, step = 0.01): (fraction: number) => void {
  let lastReported = -Infinity;
  return (fraction) => {
    if (fraction < 1 && fraction - lastReported < step) return;
    lastReported = fraction;
    report(fraction);
  };
}

/**
 * Everything the import worker does for one file, apart from being a worker: imports it,
 * reporting throttled progress, and never throws: an unexpected exception becomes an
 * 'import-failed' result rather than a silent worker death.
 */
export async function importForWorker(
  file: Blob,
  options: { readonly name?: string; readonly maxBytes?: number },
  onProgress: (fraction: number) => void,
): Promise<CsvImportResult> {
  try {
    return await importCsvFile(file, { ...options, onProgress: throttleProgress(onProgress) });
  } catch (error) {
    return failed(importFailed(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * What the import worker exposes through comlink: one call per file; the result's column
 * buffers are transferred (moved, not copied) to the main thread.
 */
export const csvImportApi = {
  async importFile(
    file: Blob,
    options: { readonly name?: string; readonly maxBytes?: number },
    onProgress: (fraction: number) => void,
  ): Promise<CsvImportResult> {
    const result = await importForWorker(file, options, onProgress);
    return transfer(result, transferableBuffers(result));
  },
};

export type CsvImportApi = typeof csvImportApi;
