/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import type { DataSet } from '../model/dataSet';
import { buffersToTransfer, prepareLoadedData } from '../model/preparedData';
import type { RestoreApartReply, RestoreApartRequest, SaveApartOutcome } from './dataApartProtocol';
import { readSavedDataSet } from './savedData';
import { dataSetOfSavedFile, isSavedFileRecord, readSavedFileRecord, type SavedFileRecord } from './savedFile';
import { readDataApart, saveDataApart } from './sessionStorage';

// Writes and reads large data in its own IndexedDB record, off the page's thread. What is
// written is the file the student chose (a Blob: IndexedDB keeps its bytes without anyone
// copying them into columns); a restore reads it again with the importer. A record of columns,
// as sessions saved before hold, is read as it was. The page receives restored columns as
// transferred buffers.
const dataApartApi = {
  /** Stores the file of large data on screen, with its name and description. */
  saveFile(record: SavedFileRecord): Promise<SaveApartOutcome> {
    return saveDataApart(record);
  },

  /** Reads the saved record, checks it as a restored session's data is checked, and prepares its fit. */
  async restore(request: RestoreApartRequest): Promise<RestoreApartReply> {
    const read = await readDataApart();
    if (!read.ok) return read;
    if (read.stored === undefined) return { ok: false, problem: 'its columns were missing from the browser’s storage' };
    const restored = isSavedFileRecord(read.stored) ? await fromFile(read.stored) : fromColumns(read.stored);
    if (!restored.ok) return restored;
    // The record must be the data this session names (another tab may have replaced it since).
    if (JSON.stringify(restored.dataSet.origin) !== JSON.stringify(request.origin))
      return { ok: false, problem: 'its columns were replaced in the browser’s storage by other data' };
    const dataSet: DataSet = { ...restored.dataSet, origin: request.origin };
    const preparation = prepareLoadedData(dataSet, request.preferred, request.scaled);
    const reply: RestoreApartReply = { ok: true, dataSet, preparation, warnings: restored.warnings };
    return transfer(reply, buffersToTransfer(dataSet, preparation));
  },
};

type Restored = { ok: true; dataSet: DataSet; warnings: readonly string[] } | { ok: false; problem: string };

async function fromFile(stored: unknown): Promise<Restored> {
  const record = readSavedFileRecord(stored);
  return record.ok ? dataSetOfSavedFile(record.record) : record;
}

/** A record of columns (sessions saved before), with the origin stored beside them. */
function fromColumns(stored: unknown): Restored {
  const checked = readSavedDataSet(stored);
  return checked.ok ? { ...checked, warnings: [] } : checked;
}

export type DataApartApi = typeof dataApartApi;

expose(dataApartApi);
