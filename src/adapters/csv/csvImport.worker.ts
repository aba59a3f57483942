// The CSV import worker: a thin shell that hands each request to runCsvImportRequest, where the
// logic lives (and is tested). Parsing happens here, off the main thread; the main thread
// cancels an import by terminating this worker. Create it with startCsvImport, not directly.
import type { CsvImportRequest } from './workerProtocol';
import { runCsvImportRequest } from './workerSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CsvImportRequest>) => {
  void runCsvImportRequest(event.data, (message, transfer) => scope.postMessage(message, transfer));
};
