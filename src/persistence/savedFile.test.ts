import { describe, expect, it } from 'vitest';
import { importCsvText } from '../adapters/csv/importCsvText';
import { dataSetOfSavedFile, isSavedFileRecord, readSavedFileRecord, type SavedFileRecord } from './savedFile';

const csv = 'x,y\n1,2.5\n2,4.5\n3,6.5\n4,8.25\n';
const record = (fields: Partial<Record<keyof SavedFileRecord, unknown>> = {}): unknown => ({
  kind: 'saved-file',
  version: 1,
  file: new Blob([csv]),
  fileName: 'line.csv',
  origin: { kind: 'file', fileName: 'line.csv' },
  title: 'line.csv',
  source: 'Your file line.csv (38 B)',
  ...fields,
});

describe('a saved file record', () => {
  it('is told apart from a record of columns (the format before)', () => {
    expect(isSavedFileRecord(record())).toBe(true);
    expect(isSavedFileRecord({ title: 'old', columns: [] })).toBe(false);
    expect(isSavedFileRecord(null)).toBe(false);
  });

  it('is read back into the very data set its file gives when imported', async () => {
    const read = readSavedFileRecord(record());
    if (!read.ok) throw new Error(read.problem);
    const restored = await dataSetOfSavedFile(read.record);
    if (!restored.ok) throw new Error(restored.problem);
    const imported = importCsvText(csv, { name: 'line.csv' });
    if (!imported.ok) throw new Error('the fixture must import');
    expect(restored.dataSet.title).toBe('line.csv');
    expect(restored.dataSet.origin).toEqual({ kind: 'file', fileName: 'line.csv' });
    expect(restored.dataSet.rowCount).toBe(4);
    expect(restored.dataSet.columns.map((column) => Array.from(column.values))).toEqual(
      imported.table.columns.map((column) => Array.from(column.values)),
    );
  });

  it.each([
    ['its file is undefined', { file: undefined }, 'its file is missing from the browser’s storage'],
    ['its file is not a file', { file: 'x,y\n1,2' }, 'its file is missing from the browser’s storage'],
    ['it comes from a newer version', { version: 2 }, 'it was saved by a newer version of Downhill'],
    ['its title is damaged', { title: 42 }, 'the data set’s title is damaged'],
    ['its origin is damaged', { origin: { kind: 'built-in', id: 'nope' } }, 'it names a built-in data set'],
  ])('says in words what is wrong when %s', (_, fields, problem) => {
    const read = readSavedFileRecord(record(fields));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem).toContain(problem);
      expect(read.problem).not.toMatch(/undefined|Invalid|Expected/);
    }
  });

  it('without its file at all says the file is missing', () => {
    const { file: _file, ...withoutFile } = record() as SavedFileRecord;
    const read = readSavedFileRecord(withoutFile);
    expect(read).toEqual({ ok: false, problem: 'its file is missing from the browser’s storage' });
  });

  it('whose bytes no longer make a table says so, quoting the importer', async () => {
    const read = readSavedFileRecord(record({ file: new Blob(['only one line, no rows']) }));
    if (!read.ok) throw new Error(read.problem);
    const restored = await dataSetOfSavedFile(read.record);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.problem).toMatch(/^its saved file could not be read as a table any more \(.+\)$/);
  });

  it('whose bytes cannot be read back says the browser lost them', async () => {
    const unreadable = new Blob([csv]);
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    const restored = await dataSetOfSavedFile({ ...(record() as SavedFileRecord), file: unreadable });
    expect(restored).toEqual({ ok: false, problem: 'its file could not be read back from the browser’s storage' });
  });
});
