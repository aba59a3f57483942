import { transfer, wrap } from 'comlink';
import type { HeldColumnShape } from '../workers/heldColumns';
import type { PrepareFitReply, PrepareFitRequest } from '../workers/prepareFitProtocol';
import type { FitPreparationWorkerApi } from '../workers/prepareManyFit.worker';
import type { PrepareManyFitReply, PrepareManyFitRequest } from '../workers/prepareManyFitProtocol';
import type { SummariseColumnsRequest, SummariseHeldRequest, SummaryReply } from '../workers/prepareSummaryProtocol';

/**
 * What the page needs of the preparation worker: its calls, a promise that rejects with
 * a readable reason when the worker fails (a script that cannot run, an error outside a call,
 * a reply that cannot be read: without it a broken worker would leave a call pending for
 * ever), and a way to stop it. Tests connect to the worker's logic in the same thread.
 */
export interface FitWorkerConnection {
  /** Hands rows `start…` of a column `length` values long (the slice transferred) to the worker for data set `key`. */
  holdSlice(key: number, column: HeldColumnShape, length: number, start: number, slice: Float64Array): Promise<boolean>;
  prepareMany(request: PrepareManyFitRequest): Promise<PrepareManyFitReply>;
  prepareLine(request: PrepareFitRequest): Promise<PrepareFitReply>;
  summariseHeld(request: SummariseHeldRequest): Promise<SummaryReply>;
  /** The summary of the request's columns, whose slices (the page's own copies, in `buffers`) are transferred. */
  summariseColumns(request: SummariseColumnsRequest, buffers: ArrayBuffer[]): Promise<SummaryReply>;
  /** Drops the columns held and makes `key` the newest data set (holding nothing). */
  release(key: number): Promise<void>;
  readonly failed: Promise<never>;
  terminate(): void;
}

/** Starts the module worker and wraps it through comlink. */
export function connectFitWorker(): FitWorkerConnection {
  const worker = new Worker(new URL('../workers/prepareManyFit.worker.ts', import.meta.url), { type: 'module' });
  let fail: (reason: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {});
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`the background worker failed: ${event.message || 'its script could not be run'}`));
  });
  worker.addEventListener('messageerror', () =>
    fail(new Error('the background worker sent a reply that could not be read')),
  );
  const remote = wrap<FitPreparationWorkerApi>(worker);
  return {
    holdSlice: (key, column, length, start, slice) =>
      remote.holdSlice(key, column, length, start, transfer(slice, [slice.buffer as ArrayBuffer])),
    prepareMany: (request) => remote.prepareMany(request),
    prepareLine: (request) => remote.prepareLine(request),
    summariseHeld: (request) => remote.summariseHeld(request),
    summariseColumns: (request, buffers) => remote.summariseColumns(transfer(request, buffers)),
    release: (key) => remote.release(key),
    failed,
    terminate: () => worker.terminate(),
  };
}
