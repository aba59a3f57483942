import { failed, fileTooLarge } from './fileProblems';
import { importCsvBytes } from './importCsvBytes';
import { type CsvImportOptions, type CsvImportResult, DEFAULT_MAX_BYTES } from './types';

/**
 * Imports a file (or any Blob) the way {@link importCsvText} imports text: the size is checked
 * against `maxBytes` before anything is read, then the bytes are imported as their UTF-8
 * decoding (bytes that are not UTF-8 become U+FFFD, which the binary check counts) would be; a
 * plain numeric file is read from its bytes without being decoded ({@link importCsvBytes}). A
 * File's name is kept as the table's name (or `options.name`, for a File whose name did not
 * survive a copy to a worker). The bytes are held in memory whole while parsing, so peak memory
 * is about the file's size (twice that for a file decoded as text) plus 8 bytes per cell.
 */
export async function importCsvFile(
  file: Blob,
  options: CsvImportOptions & { name?: string } = {},
): Promise<CsvImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size > maxBytes) return failed(fileTooLarge(file.size, maxBytes));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = options.name ?? ('name' in file && typeof file.name === 'string' ? file.name : undefined);
  return importCsvBytes(bytes, { ...options, name });
}
