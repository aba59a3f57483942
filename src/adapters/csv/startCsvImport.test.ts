import { describe, expect, it } from 'vitest';
import { type CsvImportWorker, startCsvImport } from './startCsvImport';
import type { CsvImportMessage, CsvImportRequest } from './workerProtocol';
import { runCsvImportRequest } from './workerSession';

// A stand-in worker that runs the real worker logic in this thread and delivers its messages
// asynchronously, as a real worker would.
function inProcessWorker(log: string[]): CsvImportWorker {
  const worker: CsvImportWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: CsvImportRequest) {
      log.push('posted');
      void runCsvImportRequest(request, (message) => {
        setTimeout(() => worker.onmessage?.(new MessageEvent<CsvImportMessage>('message', { data: message })));
      });
    },
    terminate() {
      log.push('terminated');
    },
  };
  return worker;
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
    expect(fractions).toEqual([1]);
    expect(log).toEqual(['posted', 'terminated']);
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
    expect(log).toEqual(['posted', 'terminated']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fractions).toEqual([]);
    expect(log).toEqual(['posted', 'terminated']);
  });
  it('turns a worker error into an import-failed result', async () => {
    const log: string[] = [];
    const worker: CsvImportWorker = {
      onmessage: null,
      onerror: null,
      postMessage: () => log.push('posted'),
      terminate: () => log.push('terminated'),
    };
    const task = startCsvImport(new Blob(['x']), { createWorker: () => worker });
    // Node has no ErrorEvent; the client reads only `message` and calls `preventDefault`.
    worker.onerror!({ message: 'Failed to load module script', preventDefault: () => {} } as ErrorEvent);
    const result = await task.promise;
    expect(!result.ok && result.problem).toEqual({
      code: 'import-failed',
      message: expect.stringMatching(/could not be read \(Failed to load module script\)/),
    });
    expect(log).toEqual(['posted', 'terminated']);
  });
});
