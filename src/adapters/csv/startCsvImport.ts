import { cancelled, failed, importFailed } from './fileProblems';
import type { CsvImportResult } from './types';
import type { CsvImportMessage, CsvImportRequest } from './workerProtocol';

/** The parts of a Worker the client uses, so tests can pass a stand-in. */
export interface CsvImportWorker {
  postMessage(message: CsvImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CsvImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** An import under way: its eventual result, and a way to stop it. */
export interface CsvImportTask {
  /** Resolves once, with the import result; never rejects (failures are results too). */
  readonly promise: Promise<CsvImportResult>;
  /** Stops the import at once by terminating the worker; the promise resolves as 'cancelled'. */
  cancel(): void;
}

export interface StartCsvImportOptions {
  /** Called with the fraction of the file read so far, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  readonly maxBytes?: number;
  /** Makes the worker; tests pass a stand-in. Defaults to the module worker beside this file. */
  readonly createWorker?: () => CsvImportWorker;
}

function createModuleWorker(): CsvImportWorker {
  return new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Imports a file in a module worker, off the main thread, with the same code as importCsvText.
 * The columns arrive as transferred Float64Arrays (no copy). Each call uses a fresh worker,
 * which is terminated when the result arrives, on cancel, or on a worker error.
 *
 * @example
 * const task = startCsvImport(file, { onProgress: (fraction) => setProgress(fraction) });
 * const result = await task.promise; // task.cancel() stops it
 */
export function startCsvImport(file: Blob, options: StartCsvImportOptions = {}): CsvImportTask {
  const worker = (options.createWorker ?? createModuleWorker)();
  let settle: (result: CsvImportResult) => void = () => {};
  const promise = new Promise<CsvImportResult>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  const finish = (result: CsvImportResult) => {
    if (finished) return;
    finished = true;
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'progress') {
      if (!finished) options.onProgress?.(message.fraction);
    } else finish(message.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(failed(importFailed(event.message ?? '')));
  };
  worker.postMessage({ file, maxBytes: options.maxBytes });
  return { promise, cancel: () => finish(failed(cancelled())) };
}
