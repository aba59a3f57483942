import { createFitPreparationApi } from '../../workers/fitPreparationApi';
import { HeldColumns } from '../../workers/heldColumns';
import type { FitWorkerConnection } from '../keptFitWorkerConnection';

// For the kept fit worker's tests: the worker's own logic run in the test's thread.

/** The worker's own logic in this thread, recording what the page sent it. */
export function sameThreadWorker() {
  const held = new HeldColumns();
  const api = createFitPreparationApi(held);
  const sent: { key: number; name: string }[] = [];
  const slices: { name: string; start: number; length: number }[] = [];
  let fail: (reason: Error) => void = () => {};
  let started = 0;
  let stopped = 0;
  let summarisedHeld = 0;
  let summarisedColumns = 0;
  const released: number[] = [];
  const connect = (): FitWorkerConnection => {
    started++;
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    failed.catch(() => {});
    return {
      holdSlice: async (key, column, length, start, slice) => {
        if (start === 0) sent.push({ key, name: column.name });
        slices.push({ name: column.name, start, length: slice.length });
        return api.holdSlice(key, column, length, start, slice);
      },
      prepareMany: (request) => api.prepareMany(request),
      prepareLine: async (request) => api.prepareLine(request),
      summariseHeld: (request) => {
        summarisedHeld++;
        return api.summariseHeld(request);
      },
      summariseColumns: async (input) => {
        summarisedColumns++;
        return api.summariseColumns(input);
      },
      release: async (key) => {
        released.push(key);
        api.release(key);
      },
      failed,
      terminate: () => {
        stopped++;
      },
    };
  };
  return {
    held,
    sent,
    slices,
    connect,
    fail: (reason: Error) => fail(reason),
    started: () => started,
    stopped: () => stopped,
    summarisedHeld: () => summarisedHeld,
    summarisedColumns: () => summarisedColumns,
    released,
  };
}

/** |actual − expected| / |expected|. */
export function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}
