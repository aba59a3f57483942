import { importCsvText, readTextStart, tableOutcome } from './importCsvText';
import { type LineEnd, papaparseLineEnding, readPlainNumericBytes } from './plainNumericBody';
import { type CsvImportOptions, type CsvImportResult, DEFAULT_MAX_BYTES } from './types';

/**
 * Bytes of the file decoded to find its dialect, line ending and header: enough for the first
 * 2^20 characters (papaparse's line-ending window), since a character takes at most 3 bytes.
 */
const START_BYTES = 3 * (1 << 20) + 16;
/** The characters papaparse looks at to settle the line ending ({@link papaparseLineEnding}). */
const LINE_END_CHARACTERS = 1 << 20;

/**
 * Imports a file's bytes exactly as {@link importCsvText} imports their UTF-8 decoding (what
 * `File.text()` gives: a byte-order mark dropped, bad bytes as U+FFFD), but a plain numeric file
 * is read straight from its bytes, with no text made of it: only its start is decoded, to run
 * the same checks and find its dialect and header. Any other file, or any doubt, is decoded
 * whole and imported as text. Complexity O(n).
 */
export function importCsvBytes(bytes: Uint8Array, options: CsvImportOptions & { name?: string } = {}): CsvImportResult {
  return (
    importPlainNumericBytes(bytes, options) ??
    importCsvText(new TextDecoder().decode(bytes), { ...options, plainNumericFastPath: false })
  );
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** Decodes the start of a file; a byte-order mark the text import would drop is skipped before. */
const startDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The import of a plain numeric file from its bytes (see plainNumericBody.ts), or null when the
 * file is anything else, or when `options.plainNumericFastPath` is false.
 */
export function importPlainNumericBytes(
  bytes: Uint8Array,
  options: CsvImportOptions & { name?: string } = {},
): CsvImportResult | null {
  if (options.plainNumericFastPath === false || bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
  const afterMark = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? UTF8_BOM.length : 0;
  const startEnd = Math.min(bytes.length, afterMark + START_BYTES);
  const whole = startEnd === bytes.length;
  const text = startDecoder.decode(bytes.subarray(afterMark, startEnd));
  // A second mark (which the text import also drops) or a start too short to settle the line
  // ending: left to the text import, as is every file whose start it refuses.
  if (text.charCodeAt(0) === 0xfeff) return null;
  const start = readTextStart(text, !whole);
  if (!start.ok || start.dialect.decimalComma) return null;
  if (!whole && start.body.length <= LINE_END_CHARACTERS + 2) return null;
  // The `sep=` line, if any, is ASCII whenever it names a separator, so its bytes are its characters.
  const hintLength = text.length - start.body.length;
  const lineEnd: LineEnd = papaparseLineEnding(start.body);
  const table = readPlainNumericBytes(
    bytes,
    afterMark + hintLength,
    start.dialect.delimiter,
    lineEnd,
    options.onProgress,
  );
  // Bytes that are not UTF-8 in the header: left to the text import (its size check counts them).
  if (!table || table.names.some((name) => name.includes('\uFFFD'))) return null;
  return tableOutcome(table, start.dialect, options.name, false);
}
