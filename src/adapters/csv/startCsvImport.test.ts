import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { WorkerEndpoint } from '../worker/callWorker';
import { startCsvImport } from './startCsvImport';
import { csvImportApi } from './workerSession';

// A stand-in worker: the real worker API exposed through comlink on the far end of a
// MessageChannel, so calls, progress callbacks and transfers go through real message passing.
function inProcessWorker(log: string[]): WorkerEndpoint {
  const { port1, port2 } = new MessageChannel();
  expose(csvImportApi, port2 as unknown as Parameters<typeof expose>[1]);
  return Object.assign(port1 as unknown as WorkerEndpoint, {
    terminate() {
      log.push('terminated');
      port1.close();
      port2.close();
    },
  });
}

describe('startCsvImport', () => {
  it('resolves with the table, reports progress, and terminates the worker', async () => {
    const log: string[] = [];
    const fractions: number[] = [];
    const task = startCsvImport(new File(['x,y\n1,2\n3,4\n'], 'a.csv'), {
      createWorker: () => inProcessWorker(log),
      onProgress: (fraction) => fractions.push(fraction),
    });
    const result = await task.promise;
    expect(result.ok && result.table.name).toBe('a.csv');
    expect(result.ok && Array.from(result.table.columns[1]!.values)).toEqual([2, 4]);
    expect(fractions).toEqual([1]);
    expect(log).toEqual(['terminated']);
  });
  it('resolves as cancelled on cancel, terminates at once, and ignores later messages', async () => {
    const log: string[] = [];
    const fractions: number[] = [];
    const task = startCsvImport(new Blob(['x,y\n1,2\n3,4\n']), {
      createWorker: () => inProcessWorker(log),
      onProgress: (fraction) => fractions.push(fraction),
    });
    task.cancel();
    const result = await task.promise;
    expect(!result.ok && result.problem.code).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fractions).toEqual([]);
    expect(log[0]).toBe('terminated');
  });
  it('turns a worker that fails to load into an import-failed result', async () => {
    const log: string[] = [];
    const worker = Object.assign(new EventTarget(), {
      postMessage: () => log.push('posted'),
      terminate: () => log.push('terminated'),
    }) as unknown as WorkerEndpoint & EventTarget;
    const task = startCsvImport(new Blob(['x']), { createWorker: () => worker });
    // Node has no ErrorEvent; callWorker reads only `message` and calls `preventDefault`.
    worker.dispatchEvent(
      Object.assign(new Event('error', { cancelable: true }), { message: 'Failed to load module script' }),
    );
    const result = await task.promise;
    expect(!result.ok && result.problem).toEqual({
      code: 'import-failed',
      message: expect.stringMatching(
        /could not be read \(the background worker failed: Failed to load module script\)/,
      ),
    });
    expect(log).toEqual(['posted', 'terminated']);
  });
});
