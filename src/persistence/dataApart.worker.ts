/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import type { DataSet } from '../model/dataSet';
import { buffersToTransfer, prepareLoadedData } from '../model/preparedData';
import type { RestoreApartReply, RestoreApartRequest, SaveApartOutcome } from './dataApartProtocol';
import { readSavedDataSet } from './savedData';
import { readDataApart, saveDataApart } from './sessionStorage';

// Writes and reads large data in its own IndexedDB record, off the page's thread: IndexedDB
// copies (and checks) every column when it stores or loads a value, which for millions of rows
// would hold the page for seconds. The page receives restored columns as transferred buffers.
const dataApartApi = {
  /** Waits for the data set on `port` (sent by the import worker, buffers transferred) and stores it. */
  save(port: MessagePort): Promise<SaveApartOutcome> {
    return new Promise((resolve) => {
      port.onmessage = (event: MessageEvent<DataSet>) => {
        port.close();
        void saveDataApart(event.data).then(resolve);
      };
    });
  },

  /** Reads the saved record, checks it as a restored session's data is checked, and prepares its fit. */
  async restore(request: RestoreApartRequest): Promise<RestoreApartReply> {
    const read = await readDataApart();
    if (!read.ok) return read;
    if (read.stored === undefined) return { ok: false, problem: 'its columns were missing from the browser’s storage' };
    const checked = readSavedDataSet(read.stored);
    if (!checked.ok) return checked;
    // The record must be the data this session names (another tab may have replaced it since).
    if (JSON.stringify((read.stored as { origin?: unknown }).origin) !== JSON.stringify(request.origin))
      return { ok: false, problem: 'its columns were replaced in the browser’s storage by other data' };
    const dataSet: DataSet = { ...checked.dataSet, origin: request.origin };
    const preparation = prepareLoadedData(dataSet, request.preferred, request.scaled);
    return transfer({ ok: true, dataSet, preparation }, buffersToTransfer(dataSet, preparation));
  },
};

export type DataApartApi = typeof dataApartApi;

expose(dataApartApi);
