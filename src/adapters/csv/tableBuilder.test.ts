import { describe, expect, it } from 'vitest';
import { countLineBreaks, createTableBuilder, LINES_TO_NAME } from './tableBuilder';

function build(records: string[][], textHasQuotes = false) {
  const builder = createTableBuilder(false, textHasQuotes);
  builder.addRecords(records);
  return builder.finish();
}

describe('createTableBuilder', () => {
  it('takes the first non-blank record as the header and the rest as rows', () => {
    const table = build([[''], ['x', 'y'], ['1', '2'], [' ', ''], ['3', '4']]);
    expect(table.names).toEqual(['x', 'y']);
    expect(table.rowCount).toBe(2);
    expect(Array.from(table.columns[1]!.values)).toEqual([2, 4]);
  });
  it('reads a first record of numbers as data', () => {
    const table = build([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.hasHeaderRow).toBe(false);
    expect(table.names).toEqual(['column 1', 'column 2']);
    expect(table.rowCount).toBe(2);
  });
  it('lists ragged records by file line and keeps them out of the columns', () => {
    const table = build([['x', 'y'], ['1', '2'], ['3'], ['4', '5', '6'], ['7', '8']]);
    expect(table.raggedLines).toEqual([
      { line: 3, fieldCount: 1 },
      { line: 4, fieldCount: 3 },
    ]);
    expect(table.raggedCount).toBe(2);
    expect(table.rowCount).toBe(2);
  });
  it('forgives extra cells that are blank', () => {
    const table = build([
      ['x', 'y'],
      ['1', '2', ''],
      ['3', '4', ' ', ''],
    ]);
    expect(table.raggedCount).toBe(0);
    expect(table.rowCount).toBe(2);
  });
  it('lets records stop before unnamed columns at the end of the header', () => {
    const table = build([['x', 'y', '', ''], ['1', '2'], ['3', '4', '', ''], ['5']]);
    expect(table.rowCount).toBe(2);
    expect(table.raggedLines).toEqual([{ line: 4, fieldCount: 1 }]);
    expect(Array.from(table.columns[2]!.values)).toEqual([NaN, NaN]);
  });
  it('names only the first few ragged lines but counts them all', () => {
    const records = [['x', 'y'], ...Array.from({ length: 9 }, () => ['1'])];
    const table = build(records);
    expect(table.raggedLines).toHaveLength(LINES_TO_NAME);
    expect(table.raggedCount).toBe(9);
  });
  it('counts line breaks inside quoted cells when numbering lines', () => {
    const table = build(
      [
        ['n', 'x'],
        ['a\nb', '1'],
        ['c\r\nd\re', '2'],
        ['f', '3', '4'],
      ],
      true,
    );
    expect(table.raggedLines).toEqual([{ line: 7, fieldCount: 3 }]);
  });
});

describe('countLineBreaks', () => {
  it('counts CRLF once, and LF and a lone CR each once', () => {
    expect(countLineBreaks('a\r\nb\nc\rd', 0, 8)).toBe(3);
    expect(countLineBreaks('a\nb', 0, 1)).toBe(0);
  });
});
