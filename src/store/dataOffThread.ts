import { proxy, transfer } from 'comlink';
import { cancelled, importFailed } from '../adapters/csv/fileProblems';
import { callWorker, type WorkerCall, WorkerCancelled } from '../adapters/worker/callWorker';
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
  /**
   * Writes the copy of large data the import worker sent for saving, in the storage worker,
   * which is only started now: call it once the data is on screen, so that neither starting
   * that worker nor IndexedDB's copy of the columns competes with showing the data. Resolves
   * with how saving went; null when nothing was sent for saving (or the import was stopped).
   */
  save(): Promise<SaveApartOutcome | null>;
  cancel(): void;
}

const importWorker = () =>
  new Worker(new URL('../workers/dataImport.worker.ts', import.meta.url), { type: 'module', name: 'data-import' });
const storageWorker = () =>
  new Worker(new URL('../persistence/dataApart.worker.ts', import.meta.url), { type: 'module', name: 'data-apart' });

/**
 * Imports a file in the import worker. With `saveApart`, the import worker sends a copy of
 * large data down a message channel, where it waits until {@link FileImportTask.save} hands the
 * channel's other end to a storage worker that writes it; so the columns are never copied on
 * the page's thread, neither to show them nor to save them.
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
  // Nothing will be sent for saving: the channel is of no more use.
  void result.then((reply) => {
    if (channel && !(reply.ok && reply.sentForSaving)) channel.port2.close();
  });
  return {
    result,
    save: async () => {
      const reply = await result;
      if (!channel || !reply.ok || !reply.sentForSaving) return null;
      if (stopped || saving) return { ok: false, fault: 'failed' };
      const call = callWorker<DataApartApi, SaveApartOutcome>(storageWorker, (api) =>
        api.save(transfer(channel.port2, [channel.port2])),
      );
      saving = call;
      return call.promise.catch(() => ({ ok: false, fault: 'failed' }) as const);
    },
    cancel: () => {
      stopped = true;
      progress.stop();
      importing.cancel();
      saving?.cancel();
      if (!saving) channel?.port2.close();
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
