import { failed, fileTooLarge } from './fileProblems';
import { importCsvText } from './importCsvText';
import { type CsvImportOptions, type CsvImportResult, DEFAULT_MAX_BYTES } from './types';

/**
 * Imports a file (or any Blob) the way {@link importCsvText} imports text: the size is checked
 * against `maxBytes` before anything is read, then the bytes are decoded as UTF-8 (bytes that
 * are not UTF-8 become U+FFFD, which the binary check counts) and imported. A File's name is
 * kept as the table's name (or `options.name`, for a File whose name did not survive a copy to a worker). The text is held in memory whole while parsing, so peak memory is
 * about the file's size plus 8 bytes per cell.
 */
export async function importCsvFile(
  file: Blob,
  options: CsvImportOptions & { name?: string } = {},
): Promise<CsvImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size > maxBytes) return failed(fileTooLarge(file.size, maxBytes));
  const text = await file.text();
  const name = options.name ?? ('name' in file && typeof file.name === 'string' ? file.name : undefined);
  return importCsvText(text, { ...options, name });
}
