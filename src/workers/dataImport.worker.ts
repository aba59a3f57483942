/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { importForWorker } from '../adapters/csv/workerSession';
import { type DataSet, dataSetFromTable } from '../model/dataSet';
import { buffersToTransfer, prepareLoadedData } from '../model/preparedData';
import type { DataImportReply, DataImportRequest } from './dataImportProtocol';

// Reads a file into typed columns (the CSV importer), and for large data also chooses the
// columns and prepares their fit, so the page's thread only receives transferred buffers. When
// given a port, it sends a copy of large data there for saving in the browser's storage, so
// saving never copies the columns on the page's thread either.
const dataImportApi = {
  async importFile(
    file: Blob,
    request: DataImportRequest,
    onProgress: (fraction: number) => void,
    savePort?: MessagePort,
  ): Promise<DataImportReply> {
    const result = await importForWorker(file, { name: request.name, maxBytes: request.maxBytes }, onProgress);
    if (!result.ok) return { ok: false, problem: result.problem };
    const dataSet = dataSetFromTable(result.table, request.origin, request.title, request.source);
    // Wide data too: saving two thousand columns in the session record would hold the page for long.
    const large = dataSet.rowCount > request.prepareAboveRows || dataSet.columns.length > request.prepareAboveColumns;
    const preparation = large ? prepareLoadedData(dataSet, undefined, request.scaled) : null;
    const sentForSaving = savePort !== undefined && preparation?.ok === true;
    if (sentForSaving) sendCopy(savePort, dataSet);
    const reply: DataImportReply = { ok: true, dataSet, warnings: result.warnings, preparation, sentForSaving };
    return transfer(reply, buffersToTransfer(dataSet, preparation));
  },
};

/** Posts a copy of the data set (its copies' buffers transferred) to the saving worker. */
function sendCopy(port: MessagePort, dataSet: DataSet): void {
  const columns = dataSet.columns.map((column) => ({ ...column, values: column.values.slice() }));
  port.postMessage(
    { ...dataSet, columns },
    columns.map((column) => column.values.buffer as ArrayBuffer),
  );
}

export type DataImportApi = typeof dataImportApi;

expose(dataImportApi);
