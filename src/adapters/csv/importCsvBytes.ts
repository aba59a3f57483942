import { importCsvText, readTextStart, type TextStart, tableOutcome } from './importCsvText';
import { type LineEnd, papaparseLineEnding } from './lineEnds';
import { readPlainNumericBytes } from './plainNumericBody';
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
  let start = decodedStart(bytes, afterMark, LINE_END_CHARACTERS + 64);
  if (start === 'too short') start = decodedStart(bytes, afterMark, START_BYTES);
  if (start === null || start === 'too short') return null;
  const { text } = start;
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

/**
 * The first `length` bytes from `from` decoded, and the checks and dialect of that start
 * ({@link readTextStart}); null when they are refused or leave the text import to decide (a
 * second byte-order mark, a decimal comma); 'too short' when the body decoded is too short to
 * settle the line ending on and the file goes on (decode more, or leave it).
 */
function decodedStart(
  bytes: Uint8Array,
  from: number,
  length: number,
): (TextStart & { text: string }) | null | 'too short' {
  const end = Math.min(bytes.length, from + length);
  const whole = end === bytes.length;
  const text = startDecoder.decode(bytes.subarray(from, end));
  if (text.charCodeAt(0) === 0xfeff) return null;
  const start = readTextStart(text, !whole);
  if (!start.ok || start.dialect.decimalComma) return null;
  if (!whole && start.body.length <= LINE_END_CHARACTERS + 2) return 'too short';
  return { ...start, text };
}
