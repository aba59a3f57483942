import { proxy } from 'comlink';
import { cancelled, importFailed } from '../adapters/csv/fileProblems';
import { callWorker, type WorkerCall, WorkerCancelled } from '../adapters/worker/callWorker';
import type { DataOrigin } from '../model/dataSet';
import type { DataApartApi } from '../persistence/dataApart.worker';
import type { RestoreApartReply, RestoreApartRequest, SaveApartOutcome } from '../persistence/dataApartProtocol';
import type { SavedFileRecord } from '../persistence/savedFile';
import type { DataImportApi } from '../workers/dataImport.worker';
import type { DataImportReply, DataImportRequest } from '../workers/dataImportProtocol';

// The page's side of the two data workers: the import worker (read, type, choose and prepare)
// and the storage worker (write and read large data in its own record). Neither ever rejects:
// a worker that fails becomes a result that says so.

/** A file being imported: its result, the saving of the file for the next visit (large data only), and a way to stop it. */
export interface FileImportTask {
  readonly result: Promise<DataImportReply>;
  /**
   * Stores the file itself (its bytes, as IndexedDB keeps a Blob: nothing copies them into
   * columns) in the storage worker, which is only started now: call it once the data is on
   * screen, so that starting that worker competes with nothing. A restore reads the file again.
   * Resolves with how saving went; null when the import was stopped.
   */
  save(description: {
    readonly title: string;
    readonly source: string;
    readonly origin: DataOrigin;
  }): Promise<SaveApartOutcome | null>;
  cancel(): void;
}

const importWorker = () =>
  new Worker(new URL('../workers/dataImport.worker.ts', import.meta.url), { type: 'module', name: 'data-import' });
const storageWorker = () =>
  new Worker(new URL('../persistence/dataApart.worker.ts', import.meta.url), { type: 'module', name: 'data-apart' });

/**
 * Imports a file in the import worker. Large data is kept for the next visit as the file
 * itself ({@link FileImportTask.save}), so neither the page's thread nor the import worker ever
 * copies its columns to save them.
 */
export function startFileImport(
  file: File,
  request: DataImportRequest,
  options: { onProgress?: (fraction: number) => void },
): FileImportTask {
  const progress = progressReporter(options.onProgress);
  const onProgress = progress.callback;
  const importing = callWorker<DataImportApi, DataImportReply>(importWorker, (api) =>
    api.importFile(file, request, onProgress),
  );
  let stopped = false;
  let saving: WorkerCall<SaveApartOutcome> | null = null;
  const result = importing.promise
    .catch(
      (error: unknown): DataImportReply => ({
        ok: false,
        problem:
          error instanceof WorkerCancelled
            ? cancelled()
            : importFailed(error instanceof Error ? error.message : String(error)),
      }),
    )
    .finally(progress.stop);
  return {
    result,
    save: async ({ title, source, origin }) => {
      if (stopped) return null;
      if (saving) return { ok: false, fault: 'failed' };
      // A File reaches the worker as a reference to its bytes, not a copy of them.
      const record: SavedFileRecord = {
        kind: 'saved-file',
        version: 1,
        file,
        fileName: file.name,
        origin,
        title,
        source,
      };
      const call = callWorker<DataApartApi, SaveApartOutcome>(storageWorker, (api) => api.saveFile(record));
      saving = call;
      return call.promise.catch(() => ({ ok: false, fault: 'failed' }) as const);
    },
    cancel: () => {
      stopped = true;
      progress.stop();
      importing.cancel();
      saving?.cancel();
    },
  };
}

/**
 * The progress callback handed to the worker, and a switch that silences it. Made apart from
 * the import's other closures on purpose: comlink keeps an exposed callback (and the scope it
 * closes over) alive after the worker has gone, and that scope must not hold the imported data.
 */
function progressReporter(report: ((fraction: number) => void) | undefined) {
  const state = { finished: false };
  return {
    callback: proxy((fraction: number) => {
      if (!state.finished) report?.(fraction);
    }),
    stop: () => {
      state.finished = true;
    },
  };
}

/** Reads large data saved apart, checks it and prepares its fit, all in the storage worker. */
export async function restoreDataApart(request: RestoreApartRequest): Promise<RestoreApartReply> {
  const call = callWorker<DataApartApi, RestoreApartReply>(storageWorker, (api) => api.restore(request));
  try {
    return await call.promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `it could not be read in the background (${reason})` };
  }
}
