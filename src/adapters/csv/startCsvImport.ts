import { proxy } from 'comlink';
import { callWorker, WorkerCancelled, type WorkerEndpoint } from '../worker/callWorker';
import { cancelled, failed, importFailed } from './fileProblems';
import type { CsvImportResult } from './types';
import type { CsvImportApi } from './workerSession';

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
  readonly createWorker?: () => WorkerEndpoint;
}

function createModuleWorker(): WorkerEndpoint {
  return new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Imports a file in a module worker, off the main thread, with the same code as importCsvText,
 * called through comlink. The columns arrive as transferred Float64Arrays (no copy). Each call
 * uses a fresh worker, which is terminated when the result arrives, on cancel, or when the
 * worker fails (which becomes an 'import-failed' result).
 *
 * @example
 * const task = startCsvImport(file, { onProgress: (fraction) => setProgress(fraction) });
 * const result = await task.promise; // task.cancel() stops it
 */
export function startCsvImport(file: Blob, options: StartCsvImportOptions = {}): CsvImportTask {
  let finished = false;
  const onProgress = proxy((fraction: number) => {
    if (!finished) options.onProgress?.(fraction);
  });
  const call = callWorker<CsvImportApi, CsvImportResult>(options.createWorker ?? createModuleWorker, (api) =>
    // The name travels on its own: a File copied to a worker is not always still a File.
    api.importFile(
      file,
      { name: file instanceof File ? file.name : undefined, maxBytes: options.maxBytes },
      onProgress,
    ),
  );
  const promise = call.promise
    .catch((error: unknown) =>
      error instanceof WorkerCancelled
        ? failed(cancelled())
        : failed(importFailed(error instanceof Error ? error.message : String(error))),
    )
    .finally(() => {
      finished = true;
    });
  return {
    promise,
    cancel: () => {
      finished = true;
      call.cancel();
    },
  };
}
