import { allCellsNumeric, cellToNumber, cleanCellText } from './cellNumber';
import { columnLabel, isRowNumbering } from './columnBuilder';
import type { BuiltTable } from './tableBuilder';
import type { Delimiter, ImportedColumn } from './types';

// The fast path for the commonest large file: a header, then lines of plain numbers
// (digits, one decimal point, an optional exponent) separated by one delimiter, nothing
// quoted, nothing missing, every line as wide as the header. Such a file needs none of
// papaparse's generality, and its numbers need no regular expression: each is read straight
// from the file's bytes, which are never decoded into a string (every byte after the header is
// ASCII, or the path gives up). Anything else (a quote, a blank or text cell, a ragged line, a
// decimal comma, mixed line ends) gives up, and the caller parses the whole file with papaparse
// instead, so the fast path only ever returns what papaparse's path would (tests compare the
// two on every fixture and on random files).

/** Bytes read between progress reports: the size of the pieces papaparse's path reads. */
const PROGRESS_BYTES = 1 << 20;
/** Up to this many digits a decimal mantissa is an exact integer in a double (10^15 < 2^53). */
const EXACT_DIGITS = 15;
/** 10^0 … 10^22: every one an exact double, the range of Clinger's fast path. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

const MINUS = 45;
const PLUS = 43;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** The line endings papaparse tells apart. */
export type LineEnd = '\n' | '\r\n' | '\r';

/**
 * The line ending papaparse would settle on for this text (its own rule, on the first 1 MB of a
 * text with no quotes): LF unless CRs are present, in which case CRLF when most CRs are followed
 * by LF, else CR.
 */
export function papaparseLineEnding(text: string): LineEnd {
  const start = text.slice(0, 1024 * 1024);
  const byCr = start.split('\r');
  const byLf = start.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  let crFollowedByLf = 0;
  for (const piece of byCr) if (piece[0] === '\n') crFollowedByLf++;
  return crFollowedByLf >= byCr.length / 2 ? '\r\n' : '\r';
}

/**
 * Decodes the header's lines (and the rare long number, whose bytes are ASCII): UTF-8, bad bytes
 * as U+FFFD, a byte-order mark kept as a character, as it is inside the whole file's text.
 */
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Where the number read by {@link readPlainNumber} stopped; a module variable, so reading allocates nothing. */
let numberEnd = 0;

/**
 * Reads a plain number (`[+-]digits[.digits][e[+-]digits]`, at least one mantissa digit) from
 * the bytes at `start`, up to `end`, and sets {@link numberEnd} just past it; NaN when the bytes
 * there are not one, or it is not finite. The value is exactly `Number(text)`: up to 15 digits
 * with a power of ten within 10^±22, a single multiplication or division of two exact doubles,
 * correctly rounded as Number is (Clinger's fast path); anything longer is handed to Number itself.
 */
export function readPlainNumber(bytes: Uint8Array, start: number, end: number = bytes.length): number {
  let i = start;
  let code = i < end ? bytes[i]! : 0;
  const negative = code === MINUS;
  if (negative || code === PLUS) code = ++i < end ? bytes[i]! : 0;
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  while (code >= ZERO && code <= NINE) {
    mantissa = mantissa * 10 + (code - ZERO);
    digits++;
    code = ++i < end ? bytes[i]! : 0;
  }
  if (code === POINT) {
    code = ++i < end ? bytes[i]! : 0;
    while (code >= ZERO && code <= NINE) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      fractionDigits++;
      code = ++i < end ? bytes[i]! : 0;
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (code === LOWER_E || code === UPPER_E) {
    code = ++i < end ? bytes[i]! : 0;
    const negativeExponent = code === MINUS;
    if (negativeExponent || code === PLUS) code = ++i < end ? bytes[i]! : 0;
    let exponentDigits = 0;
    while (code >= ZERO && code <= NINE) {
      if (exponent < 100_000) exponent = exponent * 10 + (code - ZERO);
      exponentDigits++;
      code = ++i < end ? bytes[i]! : 0;
    }
    if (exponentDigits === 0) return NaN;
    if (negativeExponent) exponent = -exponent;
  }
  numberEnd = i;
  const power = exponent - fractionDigits;
  if (digits <= EXACT_DIGITS && power >= -22 && power <= 22) {
    const magnitude = power >= 0 ? mantissa * POWERS_OF_TEN[power]! : mantissa / POWERS_OF_TEN[-power]!;
    return negative ? -magnitude : magnitude;
  }
  const value = Number(lineDecoder.decode(bytes.subarray(start, i)));
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Reads a plain numeric file (see the notes at the top of this file) from its bytes into typed
 * columns, exactly as the papaparse path would build them from the same bytes decoded as UTF-8,
 * or returns null as soon as the file is anything else. `start` is where the body begins (after
 * any byte-order mark or separator hint); `lineEnd` is the line ending papaparse would settle
 * on for the body's text ({@link papaparseLineEnding}). Only the header may hold bytes beyond
 * ASCII. Calls `onProgress` with the fraction of bytes read after every 2^20 bytes (as often as
 * papaparse's path), and 1 at the end. Complexity O(n): one pass to count the lines, so each
 * column is allocated once at its final length, and one to read them; no string per cell.
 */
export function readPlainNumericBytes(
  bytes: Uint8Array,
  start: number,
  delimiter: Delimiter,
  lineEnd: LineEnd,
  onProgress?: (fraction: number) => void,
): BuiltTable | null {
  const end = bytes.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const lineEndCode = lineEnd.charCodeAt(0);
  const lineEndLength = lineEnd.length;
  // The header: the first line that is not blank, split as papaparse splits an unquoted line.
  let position = start;
  let header: string[] | null = null;
  while (position < end && header === null) {
    const found = indexOfLineEnd(bytes, position, lineEnd);
    const lineStop = found === -1 ? end : found;
    const line = lineDecoder.decode(bytes.subarray(position, lineStop));
    if (line.includes('"')) return null;
    const cells = line.split(delimiter);
    position = found === -1 ? end : found + lineEndLength;
    if (cells.some((cell) => cell.trim() !== '')) header = cells;
    else if (cells.length > 1 || cells[0] !== '') return null;
  }
  if (header === null) return null;
  const width = header.length;
  const hasHeaderRow = !allCellsNumeric(header, false);
  const names = hasHeaderRow ? header.map(cleanCellText) : header.map((_cell, i) => `column ${i + 1}`);

  // `columns` is only ever read and written in this function (no closure holds it), so the
  // compiler can keep it in a register through the loop.
  const capacity = linesFrom(bytes, position, lineEnd) + (hasHeaderRow ? 0 : 1);
  const columns = names.map(() => new Float64Array(capacity));
  let rowCount = 0;
  if (!hasHeaderRow) {
    for (let i = 0; i < width; i++) columns[i]![0] = cellToNumber(header[i]!, false);
    rowCount = 1;
  }
  let nextReport = PROGRESS_BYTES;
  const lastColumn = width - 1;
  while (position < end) {
    if (bytes[position] === lineEndCode && startsWithLineEnd(bytes, position, lineEnd)) {
      position += lineEndLength; // an empty line: blank, skipped as papaparse's path skips it
      continue;
    }
    if (rowCount === capacity) return null; // cannot happen (the count is an upper bound); never write past the end
    for (let column = 0; column < width; column++) {
      const value = readPlainNumber(bytes, position, end);
      if (Number.isNaN(value)) return null;
      columns[column]![rowCount] = value;
      const stop = numberEnd;
      if (column < lastColumn) {
        if (stop === end || bytes[stop] !== delimiterCode) return null;
        position = stop + 1;
      } else if (stop === end) {
        position = stop;
      } else if (bytes[stop] === lineEndCode && startsWithLineEnd(bytes, stop, lineEnd)) {
        position = stop + lineEndLength;
      } else {
        return null;
      }
    }
    rowCount++;
    if (position >= nextReport && position < end) {
      onProgress?.(position / end);
      while (nextReport <= position) nextReport += PROGRESS_BYTES;
    }
  }
  onProgress?.(1);
  return {
    names,
    hasHeaderRow,
    columns: names.map((name, i) => plainColumn(name, i, columns[i]!, rowCount)),
    rowCount,
    raggedLines: [],
    raggedCount: 0,
  };
}

/** Whether `lineEnd` starts at `position` (its first byte is known to be there). */
function startsWithLineEnd(bytes: Uint8Array, position: number, lineEnd: LineEnd): boolean {
  return lineEnd.length === 1 || bytes[position + 1] === LINE_FEED;
}

/** Where the next `lineEnd` starts at or after `from`, or −1. */
function indexOfLineEnd(bytes: Uint8Array, from: number, lineEnd: LineEnd): number {
  const first = lineEnd === '\n' ? LINE_FEED : CARRIAGE_RETURN;
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (startsWithLineEnd(bytes, at, lineEnd)) return at;
  }
  return -1;
}

/**
 * The most data lines the bytes from `from` can hold: one per line ending's last byte (LF, or CR
 * for CR endings), plus one when the text does not end with it. Exact for a plain numeric file
 * with no blank lines; a file with blank lines has fewer rows, and its columns are cut to length.
 */
function linesFrom(bytes: Uint8Array, from: number, lineEnd: LineEnd): number {
  const last = lineEnd === '\r' ? CARRIAGE_RETURN : LINE_FEED;
  let lines = 0;
  for (let i = from; i < bytes.length; i++) if (bytes[i] === last) lines++;
  return bytes.length > from && bytes[bytes.length - 1] !== last ? lines + 1 : lines;
}

/** A column whose every cell held a finite number, as the column builder would describe it. */
function plainColumn(name: string, position: number, buffer: Float64Array, rowCount: number): ImportedColumn {
  const values = buffer.length === rowCount ? buffer : buffer.slice(0, rowCount);
  const kind = rowCount > 0 ? 'numeric' : 'empty';
  return {
    name,
    label: columnLabel(name, position),
    values,
    numericCount: rowCount,
    missing: [],
    missingCount: 0,
    kind,
    isIndex: (name === '' && rowCount > 0) || (kind === 'numeric' && isRowNumbering(values)),
  };
}

/** A UTF-16 surrogate without its partner, which UTF-8 cannot hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * {@link readPlainNumericBytes} for text already decoded (pasted text, the built-in sets): the
 * text is encoded as UTF-8 and read the same way. Text holding a lone surrogate, which would not
 * come back the same from UTF-8, is left to papaparse (null).
 */
export function readPlainNumericText(
  body: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): BuiltTable | null {
  if (LONE_SURROGATE.test(body)) return null;
  return readPlainNumericBytes(new TextEncoder().encode(body), 0, delimiter, papaparseLineEnding(body), onProgress);
}
