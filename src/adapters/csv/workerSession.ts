import { failed, importFailed } from './fileProblems';
import { importCsvFile } from './importCsvFile';
import { type CsvImportMessage, type CsvImportRequest, transferableBuffers } from './workerProtocol';

/** Sends a message out of the worker, moving the listed buffers with it. */
export type PostFromWorker = (message: CsvImportMessage, transfer: ArrayBuffer[]) => void;

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
 * Everything the import worker does for one request, apart from being a worker: imports the
 * file, posts progress along the way, and posts the result with its column buffers transferred.
 * An unexpected exception becomes an 'import-failed' result rather than a silent worker death.
 */
export async function runCsvImportRequest(request: CsvImportRequest, post: PostFromWorker): Promise<void> {
  const onProgress = throttleProgress((fraction) => post({ type: 'progress', fraction }, []));
  try {
    const result = await importCsvFile(request.file, { maxBytes: request.maxBytes, onProgress });
    post({ type: 'result', result }, transferableBuffers(result));
  } catch (error) {
    post({ type: 'result', result: failed(importFailed(error instanceof Error ? error.message : String(error))) }, []);
  }
}
