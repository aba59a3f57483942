import { proxy, transfer } from 'comlink';
import { cancelled, importFailed } from '../adapters/csv/fileProblems';
import { callWorker, WorkerCancelled } from '../adapters/worker/callWorker';
import type { DataApartApi } from '../persistence/dataApart.worker';
import type { RestoreApartReply, RestoreApartRequest, SaveApartOutcome } from '../persistence/dataApartProtocol';
import type { DataImportApi } from '../workers/dataImport.worker';
import type { DataImportReply, DataImportRequest } from '../workers/dataImportProtocol';

// The page's side of the two data workers: the import worker (read, type, choose and prepare)
// and the storage worker (write and read large data in its own record). Neither ever rejects:
// a worker that fails becomes a result that says so.

/** A file being imported: its result, the write of its copy for the saved session (large data only), and a way to stop it. */
export interface FileImportTask {
  readonly result: Promise<DataImportReply>;
  /** Resolves with how saving went; null when nothing was sent for saving. */
  readonly saved: Promise<SaveApartOutcome | null>;
  cancel(): void;
}

const importWorker = () =>
  new Worker(new URL('../workers/dataImport.worker.ts', import.meta.url), { type: 'module', name: 'data-import' });
const storageWorker = () =>
  new Worker(new URL('../persistence/dataApart.worker.ts', import.meta.url), { type: 'module', name: 'data-apart' });

/**
 * Imports a file in the import worker. With `saveApart`, a storage worker waits on a message
 * channel for the import worker's copy of large data and writes it, so the columns are never
 * copied on the page's thread, neither to show them nor to save them.
 */
export function startFileImport(
  file: Blob,
  request: DataImportRequest,
  options: { onProgress?: (fraction: number) => void; saveApart: boolean },
): FileImportTask {
  const progress = progressReporter(options.onProgress);
  const onProgress = progress.callback;
  const channel = options.saveApart ? new MessageChannel() : null;
  const importing = callWorker<DataImportApi, DataImportReply>(importWorker, (api) =>
    channel
      ? api.importFile(file, request, onProgress, transfer(channel.port1, [channel.port1]))
      : api.importFile(file, request, onProgress),
  );
  const saving = channel
    ? callWorker<DataApartApi, SaveApartOutcome>(storageWorker, (api) =>
        api.save(transfer(channel.port2, [channel.port2])),
      )
    : null;
  // A cancelled save is not a failure anyone waits for.
  saving?.promise.catch(() => {});
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
  const saved = result.then(async (reply): Promise<SaveApartOutcome | null> => {
    if (!saving) return null;
    if (!reply.ok || !reply.sentForSaving) {
      saving.cancel();
      return null;
    }
    return saving.promise.catch(() => ({ ok: false, fault: 'failed' }) as const);
  });
  return {
    result,
    saved,
    cancel: () => {
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
