/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { importForWorker } from '../adapters/csv/workerSession';
import { dataSetFromTable } from '../model/dataSet';
import { buffersToTransfer, prepareLoadedData } from '../model/preparedData';
import type { DataImportReply, DataImportRequest } from './dataImportProtocol';

// Reads a file into typed columns (the CSV importer), and for large data also chooses the
// columns and prepares their fit, so the page's thread only receives transferred buffers. (Large
// data is saved as its file, by the storage worker: nothing here copies the columns to save them.)
const dataImportApi = {
  async importFile(
    file: Blob,
    request: DataImportRequest,
    onProgress: (fraction: number) => void,
  ): Promise<DataImportReply> {
    const result = await importForWorker(file, { name: request.name, maxBytes: request.maxBytes }, onProgress);
    if (!result.ok) return { ok: false, problem: result.problem };
    const dataSet = dataSetFromTable(result.table, request.origin, request.title, request.source);
    // Wide data too: saving two thousand columns in the session record would hold the page for long.
    const large = dataSet.rowCount > request.prepareAboveRows || dataSet.columns.length > request.prepareAboveColumns;
    const preparation = large ? prepareLoadedData(dataSet, undefined, request.scaled) : null;
    const reply: DataImportReply = { ok: true, dataSet, warnings: result.warnings, preparation };
    return transfer(reply, buffersToTransfer(dataSet, preparation));
  },
};

export type DataImportApi = typeof dataImportApi;

expose(dataImportApi);
