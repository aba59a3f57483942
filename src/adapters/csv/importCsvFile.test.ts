import { describe, expect, it } from 'vitest';
import { importCsvFile } from './importCsvFile';
import { DEFAULT_MAX_BYTES } from './types';

describe('importCsvFile', () => {
  it('imports a File and keeps its name', async () => {
    const result = await importCsvFile(new File(['x,y\n1,2\n3,4\n'], 'pairs.csv'));
    expect(result.ok && result.table.name).toBe('pairs.csv');
  });
  it('imports a nameless Blob without a name', async () => {
    const result = await importCsvFile(new Blob(['x,y\n1,2\n3,4\n']));
    expect(result.ok && 'name' in result.table).toBe(false);
  });
  it('refuses a file over the default 200 MiB limit before reading a byte of it', async () => {
    let read = false;
    const huge = {
      size: 300 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    } as unknown as Blob;
    const result = await importCsvFile(huge);
    expect(read).toBe(false);
    expect(!result.ok && result.problem.code).toBe('file-too-large');
    expect(!result.ok && result.problem.message).toMatch(
      /This file is 300 MiB, larger than the 200 MiB the notebook can import/,
    );
    expect(DEFAULT_MAX_BYTES).toBe(200 * 1024 * 1024);
  });
  it('honours a smaller limit', async () => {
    const result = await importCsvFile(new Blob(['x,y\n1,2\n3,4\n']), { maxBytes: 5 });
    expect(!result.ok && result.problem.message).toMatch(/12 bytes, larger than the 5 bytes/);
  });
  it('decodes bytes that are not UTF-8 to U+FFFD rather than failing', async () => {
    const result = await importCsvFile(
      new Blob([Uint8Array.of(0x78, 0xe9, 0x2c, 0x79, 0x0a, 0x31, 0x2c, 0x32, 0x0a, 0x33, 0x2c, 0x34)]),
    );
    expect(result.ok && result.table.columns[0]!.name).toBe('x\uFFFD');
  });
});
