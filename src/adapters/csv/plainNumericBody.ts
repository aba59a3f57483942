import { allCellsNumeric, cellToNumber, cleanCellText } from './cellNumber';
import { columnLabel, isRowNumbering } from './columnBuilder';
import type { BuiltTable } from './tableBuilder';
import type { Delimiter, ImportedColumn } from './types';

// The fast path for the commonest large file: a header, then lines of plain numbers
// (digits, one decimal point, an optional exponent) separated by one delimiter, nothing
// quoted, nothing missing, every line as wide as the header. Such a file needs none of
// papaparse's generality, and its numbers need no regular expression: each is read straight
// from the text. Anything else (a quote, a blank or text cell, a ragged line, a decimal comma,
// mixed line ends) gives up, and the caller parses the whole file with papaparse instead, so
// the fast path only ever returns what papaparse's path would (tests compare the two on every
// fixture and on random files).

/** Characters read between progress reports: the size of the pieces papaparse's path reads. */
const PROGRESS_CHARACTERS = 1 << 20;
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
 * The line ending papaparse would settle on for this text (its own rule, on the first 1 MB of a
 * text with no quotes): LF unless CRs are present, in which case CRLF when most CRs are followed
 * by LF, else CR.
 */
export function papaparseLineEnding(text: string): '\n' | '\r\n' | '\r' {
  const start = text.slice(0, 1024 * 1024);
  const byCr = start.split('\r');
  const byLf = start.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  let crFollowedByLf = 0;
  for (const piece of byCr) if (piece[0] === '\n') crFollowedByLf++;
  return crFollowedByLf >= byCr.length / 2 ? '\r\n' : '\r';
}

/** Where the number read by {@link readPlainNumber} stopped; a module variable, so reading allocates nothing. */
let numberEnd = 0;

/**
 * Reads a plain number (`[+-]digits[.digits][e[+-]digits]`, at least one mantissa digit) at
 * `start` and sets {@link numberEnd} just past it; NaN when the text there is not one, or is
 * not finite. The value is exactly `Number(text)`: up to 15 digits with a power of ten within
 * 10^±22, a single multiplication or division of two exact doubles, correctly rounded as
 * Number is (Clinger's fast path); anything longer is handed to Number itself.
 */
export function readPlainNumber(text: string, start: number): number {
  let i = start;
  let code = text.charCodeAt(i);
  const negative = code === MINUS;
  if (negative || code === PLUS) code = text.charCodeAt(++i);
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  while (code >= ZERO && code <= NINE) {
    mantissa = mantissa * 10 + (code - ZERO);
    digits++;
    code = text.charCodeAt(++i);
  }
  if (code === POINT) {
    code = text.charCodeAt(++i);
    while (code >= ZERO && code <= NINE) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      fractionDigits++;
      code = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (code === LOWER_E || code === UPPER_E) {
    code = text.charCodeAt(++i);
    const negativeExponent = code === MINUS;
    if (negativeExponent || code === PLUS) code = text.charCodeAt(++i);
    let exponentDigits = 0;
    while (code >= ZERO && code <= NINE) {
      if (exponent < 100_000) exponent = exponent * 10 + (code - ZERO);
      exponentDigits++;
      code = text.charCodeAt(++i);
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
  const value = Number(text.slice(start, i));
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Reads a plain numeric file (see the notes at the top of this file) into typed columns, exactly
 * as the papaparse path would build them, or returns null as soon as the file is anything else.
 * `body` is the text without its byte-order mark or separator hint. Calls `onProgress` with the
 * fraction read after every 2^20 characters (as often as papaparse's path), and 1 at the end.
 * Complexity O(n), one pass, no string per cell.
 */
export function readPlainNumericBody(
  body: string,
  delimiter: Delimiter,
  onProgress?: (fraction: number) => void,
): BuiltTable | null {
  if (body.includes('"')) return null;
  const lineEnd = papaparseLineEnding(body);
  const delimiterCode = delimiter.charCodeAt(0);
  const lineEndCode = lineEnd.charCodeAt(0);
  // The header: the first line that is not blank, split as papaparse splits an unquoted line.
  let position = 0;
  let header: string[] | null = null;
  while (position < body.length && header === null) {
    const found = body.indexOf(lineEnd, position);
    const end = found === -1 ? body.length : found;
    const cells = body.slice(position, end).split(delimiter);
    position = found === -1 ? body.length : found + lineEnd.length;
    if (cells.some((cell) => cell.trim() !== '')) header = cells;
    else if (cells.length > 1 || cells[0] !== '') return null;
  }
  if (header === null) return null;
  const width = header.length;
  const hasHeaderRow = !allCellsNumeric(header, false);
  const names = hasHeaderRow ? header.map(cleanCellText) : header.map((_cell, i) => `column ${i + 1}`);

  // `columns` is only ever read and written in this function (no closure holds it), so the
  // compiler can keep it in a register through the loop.
  let capacity = expectedRows(body, position, lineEnd);
  let columns = names.map(() => new Float64Array(capacity));
  let rowCount = 0;
  if (!hasHeaderRow) {
    for (let i = 0; i < width; i++) columns[i]![0] = cellToNumber(header[i]!, false);
    rowCount = 1;
  }
  let nextReport = PROGRESS_CHARACTERS;
  const end = body.length;
  while (position < end) {
    if (body.charCodeAt(position) === lineEndCode && body.startsWith(lineEnd, position)) {
      position += lineEnd.length; // an empty line: blank, skipped as papaparse's path skips it
      continue;
    }
    if (rowCount === capacity) {
      capacity *= 2;
      columns = columns.map((values) => {
        const larger = new Float64Array(capacity);
        larger.set(values);
        return larger;
      });
    }
    for (let column = 0; column < width; column++) {
      const value = readPlainNumber(body, position);
      if (Number.isNaN(value)) return null;
      columns[column]![rowCount] = value;
      const stop = numberEnd;
      const next = body.charCodeAt(stop);
      if (column < width - 1) {
        if (next !== delimiterCode) return null;
        position = stop + 1;
      } else if (stop === end) {
        position = stop;
      } else if (next === lineEndCode && body.startsWith(lineEnd, stop)) {
        position = stop + lineEnd.length;
      } else {
        return null;
      }
    }
    rowCount++;
    if (position >= nextReport && position < end) {
      onProgress?.(position / end);
      while (nextReport <= position) nextReport += PROGRESS_CHARACTERS;
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

/**
 * Room for the rows of the text after `start`: its length over the mean length of the lines in
 * its first 64 kB, plus 2 % (a file whose lines get longer further on needs no more; one whose
 * lines get shorter grows the columns by doubling). At least 1024.
 */
function expectedRows(body: string, start: number, lineEnd: string): number {
  const sampleEnd = Math.min(body.length, start + 65_536);
  let lines = 0;
  for (let at = body.indexOf(lineEnd, start); at !== -1 && at < sampleEnd; at = body.indexOf(lineEnd, at + 1)) lines++;
  if (lines === 0) return 1024;
  const meanLength = (sampleEnd - start) / lines;
  return Math.max(1024, Math.ceil(((body.length - start) / meanLength) * 1.02));
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
