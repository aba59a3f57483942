import { allCellsNumeric, cleanCellText } from './cellNumber';
import { type ColumnBuilder, createColumnBuilder } from './columnBuilder';
import type { ImportedColumn } from './types';

/** How many lines of each structural problem are remembered to name in a message. */
export const LINES_TO_NAME = 5;

/** A line whose number of values differs from the header's. `line` counts file lines from 1. */
export interface RaggedLine {
  readonly line: number;
  readonly fieldCount: number;
}

/** Everything learned from the records of a file. */
export interface BuiltTable {
  /** The header cells, trimmed (or "column 1", … when the first line was data). */
  readonly names: readonly string[];
  readonly hasHeaderRow: boolean;
  readonly columns: readonly ImportedColumn[];
  readonly rowCount: number;
  readonly raggedLines: readonly RaggedLine[];
  readonly raggedCount: number;
}

/** Turns parsed records (arrays of cell strings) into columns, one record at a time. */
export interface TableBuilder {
  addRecords(records: readonly string[][]): void;
  finish(): BuiltTable;
}

/**
 * Starts a table. The first non-blank record is the header, unless every cell of it is a
 * number, in which case it is data and the columns are called "column 1", "column 2", ….
 * Blank records (only spaces or empty cells) are skipped and do not count as data rows.
 * A record with a different number of cells from the header is kept out of the columns and
 * listed as ragged, with two exceptions for a trailing separator: extra cells that are all
 * blank are dropped, and cells missing under unnamed columns at the end count as blank.
 * `textHasQuotes` says whether a quoted cell might span lines, which line numbering must count.
 */
export function createTableBuilder(decimalComma: boolean, textHasQuotes: boolean): TableBuilder {
  let names: string[] | null = null;
  let hasHeaderRow = true;
  let builders: ColumnBuilder[] = [];
  // Records may stop before unnamed columns at the end of the header (a header-only trailing comma).
  let shortestWidth = 0;
  let rowCount = 0;
  let nextLine = 1;
  const raggedLines: RaggedLine[] = [];
  let raggedCount = 0;

  function startColumns(record: readonly string[]): void {
    hasHeaderRow = !allCellsNumeric(record, decimalComma);
    names = hasHeaderRow ? record.map(cleanCellText) : record.map((_cell, i) => `column ${i + 1}`);
    builders = names.map((name, position) => createColumnBuilder(name, position, decimalComma));
    shortestWidth = names.findLastIndex((name) => name !== '') + 1;
    if (!hasHeaderRow) addRow(record);
  }

  function addRow(record: readonly string[]): void {
    rowCount++;
    for (let i = 0; i < builders.length; i++) builders[i]!.add(record[i] ?? '');
  }

  function addRecord(record: readonly string[], line: number): void {
    if (isBlank(record)) return;
    if (names === null) {
      startColumns(record);
      return;
    }
    const width = names.length;
    const fits = record.length > width ? isBlank(record.slice(width)) : record.length >= shortestWidth;
    if (fits) {
      addRow(record);
      return;
    }
    if (raggedCount++ < LINES_TO_NAME) raggedLines.push({ line, fieldCount: record.length });
  }

  return {
    addRecords(records) {
      for (const record of records) {
        const line = nextLine;
        nextLine += 1 + (textHasQuotes ? lineBreaksWithin(record) : 0);
        addRecord(record, line);
      }
    },
    finish() {
      const columns = builders.map((builder) => builder.finish());
      return { names: names ?? [], hasHeaderRow, columns, rowCount, raggedLines, raggedCount };
    },
  };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Line breaks inside the cells of one record (a quoted cell may span lines). */
function lineBreaksWithin(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) {
    if (cell.indexOf('\n') !== -1 || cell.indexOf('\r') !== -1) count += countLineBreaks(cell, 0, cell.length);
  }
  return count;
}

/** Line breaks (CRLF, LF or a lone CR, each counted once) in text[start, end). */
export function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
