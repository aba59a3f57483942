import * as v from 'valibot';
import { importCsvFile } from '../adapters/csv/importCsvFile';
import { type DataOrigin, type DataSet, dataSetFromTable } from '../model/dataSet';
import { readSavedOrigin } from './savedData';

// Large data is kept for the next visit as the file the student chose (its bytes, a Blob that
// IndexedDB stores without the page or a worker copying them) with its name and description;
// a restore reads the file again with the same importer. Sessions saved before kept the columns
// themselves in that record (see savedData.ts), and still restore.

/** The data record of large data kept as its file. */
export interface SavedFileRecord {
  readonly kind: 'saved-file';
  readonly version: 1;
  readonly file: Blob;
  /** The file's name, given to the importer (a Blob read back from storage has none). */
  readonly fileName: string;
  readonly origin: DataOrigin;
  readonly title: string;
  readonly source: string;
}

/** True when a stored data record says it holds a file (whatever else is wrong with it). */
export function isSavedFileRecord(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { kind?: unknown }).kind === 'saved-file';
}

/** What to say when a field is missing or of the wrong kind. */
const FIELD_PROBLEMS = {
  kind: 'the record of its file is damaged',
  version: 'it was saved by a newer version of Downhill',
  file: 'its file is missing from the browser’s storage',
  fileName: 'the saved file’s name is damaged',
  origin: 'the record of where the data came from is damaged',
  title: 'the data set’s title is damaged',
  source: 'the data set’s description is damaged',
} as const;

const savedFileSchema = v.object({
  kind: v.literal('saved-file'),
  version: v.literal(1),
  file: v.instance(Blob),
  fileName: v.string(),
  origin: v.unknown(),
  title: v.string(),
  source: v.string(),
});

/** The saved file record when every field is there and of the right kind, else a sentence on the first thing wrong. */
export function readSavedFileRecord(
  stored: unknown,
): { ok: true; record: SavedFileRecord } | { ok: false; problem: string } {
  const result = v.safeParse(savedFileSchema, stored);
  if (!result.success) {
    // A missing field and a field of the wrong kind are said the same way, naming the field.
    const field = result.issues[0]?.path?.[0]?.key;
    const problem = FIELD_PROBLEMS[field as keyof typeof FIELD_PROBLEMS] ?? FIELD_PROBLEMS.kind;
    return { ok: false, problem };
  }
  const origin = readSavedOrigin(result.output.origin);
  if (!origin.ok) return origin;
  return { ok: true, record: { ...result.output, origin: origin.origin } as SavedFileRecord };
}

/**
 * Reads a saved file again, as its upload was read (the same importer, so the same doubles), into
 * the data set it was; or a sentence on why it cannot be used (the browser lost the bytes, or
 * they no longer make a table). Meant for a worker: O(file size).
 */
export async function dataSetOfSavedFile(
  record: SavedFileRecord,
): Promise<{ ok: true; dataSet: DataSet; warnings: readonly string[] } | { ok: false; problem: string }> {
  let imported: Awaited<ReturnType<typeof importCsvFile>>;
  try {
    imported = await importCsvFile(record.file, { name: record.fileName });
  } catch {
    // The record is there but its bytes are not (cleared by the browser, or damaged on disk).
    return { ok: false, problem: 'its file could not be read back from the browser’s storage' };
  }
  if (!imported.ok)
    return {
      ok: false,
      problem: `its saved file could not be read as a table any more (${imported.problem.message.replace(/\.$/, '')})`,
    };
  return {
    ok: true,
    dataSet: dataSetFromTable(imported.table, record.origin, record.title, record.source),
    warnings: imported.warnings,
  };
}
