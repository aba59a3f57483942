import { allCellsNumeric, cellToNumber, cleanCellText } from './cellNumber';
import { columnLabel, isRowNumbering } from './columnBuilder';
import {
  indexOfLineEnd,
  LINE_FEED,
  type LineEnd,
  lastIndexOfLineEnd,
  linesFrom,
  papaparseLineEnding,
} from './lineEnds';
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

/**
 * Decodes the header's lines (and the rare long number, whose bytes are ASCII): UTF-8, bad bytes
 * as U+FFFD, a byte-order mark kept as a character, as it is inside the whole file's text.
 */
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads the rows of plain numbers in `bytes` from `position` up to `stop` into `columns` from
 * row `row` on, and returns the row after the last one read; −1 as soon as a line is anything
 * but `columns.length` plain numbers (`[+-]digits[.digits][e[+-]digits]`, at least one mantissa
 * digit) separated by `delimiterCode`, or when the columns are full. Every line up to `stop`
 * must end with a line ending (LF, CR, or CRLF when `crlf`), so no byte past `stop` is ever read.
 * An empty line is skipped. Each value is exactly `Number(text)`: up to 15 digits with a power
 * of ten within 10^±22, a single multiplication or division of two exact doubles, correctly
 * rounded as Number is (Clinger's fast path); anything longer is handed to Number itself.
 * The number is read inline (no call per cell): this loop is the whole cost of a large import.
 */
function readRows(
  bytes: Uint8Array,
  position: number,
  stop: number,
  columns: readonly Float64Array[],
  row: number,
  delimiterCode: number,
  lineEndCode: number,
  crlf: boolean,
): number {
  const lastColumn = columns.length - 1;
  const capacity = columns[0]!.length;
  const lineEndLength = crlf ? 2 : 1;
  while (position < stop) {
    let code = bytes[position]!;
    if (code === lineEndCode && (!crlf || bytes[position + 1] === LINE_FEED)) {
      position += lineEndLength; // an empty line: blank, skipped as papaparse's path skips it
      continue;
    }
    if (row === capacity) return -1;
    for (let column = 0; ; column++) {
      let i = position;
      const negative = code === MINUS;
      if (negative || code === PLUS) code = bytes[++i]!;
      let mantissa = 0;
      let digits = 0;
      let fractionDigits = 0;
      while (code >= ZERO && code <= NINE) {
        mantissa = mantissa * 10 + (code - ZERO);
        digits++;
        code = bytes[++i]!;
      }
      if (code === POINT) {
        code = bytes[++i]!;
        while (code >= ZERO && code <= NINE) {
          mantissa = mantissa * 10 + (code - ZERO);
          digits++;
          fractionDigits++;
          code = bytes[++i]!;
        }
      }
      if (digits === 0) return -1;
      let exponent = 0;
      if (code === LOWER_E || code === UPPER_E) {
        code = bytes[++i]!;
        const negativeExponent = code === MINUS;
        if (negativeExponent || code === PLUS) code = bytes[++i]!;
        let exponentDigits = 0;
        while (code >= ZERO && code <= NINE) {
          if (exponent < 100_000) exponent = exponent * 10 + (code - ZERO);
          exponentDigits++;
          code = bytes[++i]!;
        }
        if (exponentDigits === 0) return -1;
        if (negativeExponent) exponent = -exponent;
      }
      const power = exponent - fractionDigits;
      let value: number;
      if (digits <= EXACT_DIGITS && power >= -22 && power <= 22) {
        value = power >= 0 ? mantissa * POWERS_OF_TEN[power]! : mantissa / POWERS_OF_TEN[-power]!;
        if (negative) value = -value;
      } else {
        value = Number(lineDecoder.decode(bytes.subarray(position, i)));
        if (!Number.isFinite(value)) return -1;
      }
      columns[column]![row] = value;
      if (column === lastColumn) {
        if (code !== lineEndCode || (crlf && bytes[i + 1] !== LINE_FEED)) return -1;
        position = i + lineEndLength;
        break;
      }
      if (code !== delimiterCode) return -1;
      position = i + 1;
      code = bytes[position]!;
    }
    row++;
  }
  return row;
}

/**
 * The number a cell's text holds when it is a plain number, read as {@link readRows} reads it;
 * NaN when it is not one, or is not finite. For tests of the reading against `Number`.
 */
export function readPlainNumber(text: string): number {
  const line = new TextEncoder().encode(`${text}\n`);
  const value = new Float64Array(1);
  return readRows(line, 0, line.length, [value], 0, 44, LINE_FEED, false) === 1 ? value[0]! : NaN;
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
  // The lines that end with a line ending, a piece of about 2^20 bytes at a time (progress is
  // reported after each); then the last line, if the file does not end with a line ending,
  // read from a copy that does, so the loop never reads past the end.
  const crlf = lineEnd === '\r\n';
  const lastLineEnd = lastIndexOfLineEnd(bytes, position, lineEnd);
  const linesEnd = lastLineEnd === -1 ? position : lastLineEnd + lineEndLength;
  while (position < linesEnd) {
    const pieceLineEnd =
      position + PROGRESS_BYTES < lastLineEnd ? indexOfLineEnd(bytes, position + PROGRESS_BYTES, lineEnd) : -1;
    const pieceEnd = pieceLineEnd === -1 ? linesEnd : pieceLineEnd + lineEndLength;
    rowCount = readRows(bytes, position, pieceEnd, columns, rowCount, delimiterCode, lineEndCode, crlf);
    if (rowCount === -1) return null;
    position = pieceEnd;
    if (position < end) onProgress?.(position / end);
  }
  if (linesEnd < end) {
    const lastLine = new Uint8Array(end - linesEnd + lineEndLength);
    lastLine.set(bytes.subarray(linesEnd));
    for (let i = 0; i < lineEndLength; i++) lastLine[end - linesEnd + i] = lineEnd.charCodeAt(i);
    rowCount = readRows(lastLine, 0, lastLine.length, columns, rowCount, delimiterCode, lineEndCode, crlf);
    if (rowCount === -1) return null;
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
