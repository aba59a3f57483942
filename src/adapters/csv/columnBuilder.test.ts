import { describe, expect, it } from 'vitest';
import { columnLabel, createColumnBuilder, EXAMPLES_PER_REASON, isRowNumbering } from './columnBuilder';

function build(cells: string[], name = 'x') {
  const builder = createColumnBuilder(name, 0, false);
  for (const cell of cells) builder.add(cell);
  return builder.finish();
}

describe('createColumnBuilder', () => {
  it('fills an exact-length Float64Array with a buffer of its own, growing past its first size', () => {
    const column = build(Array.from({ length: 3000 }, (_, i) => String(i * 2)));
    expect(column.values).toBeInstanceOf(Float64Array);
    expect(column.values.length).toBe(3000);
    expect(column.values.buffer.byteLength).toBe(3000 * 8);
    expect(column.values[2999]).toBe(5998);
  });
  it('calls a complete column numeric, one with gaps mostly numeric, words text, blanks empty', () => {
    expect(build(['1', '2']).kind).toBe('numeric');
    expect(build(['1', '', 'abc']).kind).toBe('mostly-numeric');
    expect(build(['a', 'b', '3']).kind).toBe('text');
    expect(build(['', 'NA']).kind).toBe('empty');
    expect(build(['Infinity']).kind).toBe('text');
  });
  it('remembers at most a few unusable cells of each reason, in row order, and counts them all', () => {
    const cells = [...Array.from({ length: 8 }, () => ''), ...Array.from({ length: 8 }, () => 'abc'), '1e400', '4'];
    const column = build(cells);
    expect(column.missingCount).toBe(17);
    expect(column.numericCount).toBe(1);
    expect(column.missing.filter((cell) => cell.reason === 'missing')).toHaveLength(EXAMPLES_PER_REASON);
    expect(column.missing.filter((cell) => cell.reason === 'text').map((cell) => cell.row)).toEqual([
      9, 10, 11, 12, 13,
    ]);
    expect(column.missing.at(-1)).toEqual({ row: 17, value: '1e400', reason: 'not-finite' });
  });
  it('marks an unnamed numeric column, or one counting 1…N or 0…N−1, as an index', () => {
    expect(build(['5', '9'], '').isIndex).toBe(true);
    expect(build(['1', '2', '3'], 'id').isIndex).toBe(true);
    expect(build(['0', '1', '2'], 'row').isIndex).toBe(true);
    expect(build(['1', '3', '2'], 'x').isIndex).toBe(false);
    expect(build(['', ''], '').isIndex).toBe(false);
  });
});

describe('isRowNumbering', () => {
  it('needs at least two values counting up by one from 0 or 1', () => {
    expect(isRowNumbering(Float64Array.of(1, 2, 3))).toBe(true);
    expect(isRowNumbering(Float64Array.of(0, 1))).toBe(true);
    expect(isRowNumbering(Float64Array.of(2, 3, 4))).toBe(false);
    expect(isRowNumbering(Float64Array.of(1))).toBe(false);
    expect(isRowNumbering(Float64Array.of(1, 2, NaN))).toBe(false);
  });
});

describe('columnLabel', () => {
  it('shows a name as it is and an empty one by position', () => {
    expect(columnLabel('TV', 1)).toBe('TV');
    expect(columnLabel('', 0)).toBe('(unnamed column 1)');
  });
});
