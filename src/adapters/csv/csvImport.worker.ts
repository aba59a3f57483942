// The CSV import worker: a thin shell that exposes csvImportApi (workerSession.ts, where the
// logic lives and is tested) through comlink. Parsing happens here, off the main thread; the
// main thread cancels an import by terminating this worker. Start it with startCsvImport.
import { expose } from 'comlink';
import { csvImportApi } from './workerSession';

expose(csvImportApi);
