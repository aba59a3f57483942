import { describe, expect, it } from 'vitest';
import { tableFrom } from './testing/table';
import { usableRows } from './usableRows';

function pairOf(text: string) {
  const table = tableFrom(text);
  return usableRows(table.columns[0]!, table.columns[1]!);
}

describe('usableRows', () => {
  it('keeps every row of two complete columns, in order, with no notice', () => {
    const rows = pairOf('x,y\n3,1\n1,2\n2,3\n');
    expect(rows).toEqual({
      ok: true,
      feature: Float64Array.of(3, 1, 2),
      response: Float64Array.of(1, 2, 3),
      leftOut: [],
      leftOutCount: 0,
      notice: null,
    });
  });
  it('leaves out rows with a gap in either column and lists the cells', () => {
    const rows = pairOf('x,y\n1,2\n,3\n3,NA\n4,5\nNA,\n6,7\n');
    if (!rows.ok) throw new Error(rows.problem.message);
    expect(Array.from(rows.feature)).toEqual([1, 4, 6]);
    expect(Array.from(rows.response)).toEqual([2, 5, 7]);
    expect(rows.leftOutCount).toBe(3);
    expect(rows.leftOut).toEqual([
      { row: 2, value: '', reason: 'missing', column: 'x' },
      { row: 3, value: 'NA', reason: 'missing', column: 'y' },
      { row: 5, value: 'NA', reason: 'missing', column: 'x' },
      { row: 5, value: '', reason: 'missing', column: 'y' },
    ]);
    expect(rows.notice).toBe(
      '3 rows of 6 are left out of the fit because “x” or “y” has no usable number there: row 2 of “x” is empty; row 3 of “y” holds “NA”, a mark for a missing value; row 5 of “x” holds “NA”, a mark for a missing value; row 5 of “y” is empty.',
    );
  });
  it('lists the first five left-out rows and counts the rest', () => {
    const lines = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? `${i},` : `${i},${i}`));
    const rows = pairOf(`x,y\n${lines.join('\n')}\n`);
    expect(rows.ok && rows.leftOut.map((cell) => cell.row)).toEqual([1, 3, 5, 7, 9]);
    expect(rows.ok && rows.notice).toMatch(/^10 rows of 20 are left out .*row 9 of “y” is empty; and 5 more rows\.$/);
  });
  it('names an out-of-range value specifically even when it is not among the first few', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i},${i < 6 ? '' : i}`);
    const rows = pairOf(`x,y\n${lines.join('\n')}\n11,1e400\n12,13\n`);
    expect(rows.ok && rows.notice).toMatch(
      /Also, row 11 of “y” holds 1e400, which is beyond the range of double-precision numbers/,
    );
  });
  it('says when NaN or Infinity is what keeps a row out', () => {
    const rows = pairOf('x,y\n1,2\n2,NaN\n3,Infinity\n4,5\n');
    expect(rows.ok && rows.notice).toMatch(
      /row 2 of “y” holds “NaN” \(“not a number”\).*row 3 of “y” holds “Infinity”, which is not a finite number/,
    );
  });
  it('refuses fewer than two usable rows and says which cells are missing', () => {
    const rows = pairOf('x,y\n1,\n,2\n3,4\n');
    expect(rows.ok).toBe(false);
    expect(!rows.ok && rows.problem.code).toBe('too-few-usable-rows');
    expect(!rows.ok && rows.problem.message).toMatch(
      /^Only 1 row has a number in both “x” and “y”.*row 1 of “y” is empty; row 2 of “x” is empty\. Choose other columns/,
    );
  });
  it('refuses a text column with no usable rows', () => {
    const table = tableFrom('name,y\na,1\nb,2\n');
    const rows = usableRows(table.columns[0]!, table.columns[1]!);
    expect(!rows.ok && rows.problem.message).toMatch(/^No row has a number in both “name” and “y”/);
  });
  it('refuses the same column twice', () => {
    const table = tableFrom('x,y\n1,2\n3,4\n');
    const rows = usableRows(table.columns[0]!, table.columns[0]!);
    expect(!rows.ok && rows.problem.code).toBe('same-column');
  });
  it('refuses a feature that is constant on the usable rows, though not in the file', () => {
    const rows = pairOf('x,y\n2,1\n2,3\n9,\n');
    expect(!rows.ok && rows.problem.code).toBe('constant-feature');
  });
  it('does not change the columns it is given', () => {
    const table = tableFrom('x,y\n1,2\n,3\n4,5\n');
    const before = Array.from(table.columns[0]!.values);
    usableRows(Object.freeze(table.columns[0]!), Object.freeze(table.columns[1]!));
    expect(Array.from(table.columns[0]!.values)).toEqual(before);
  });
});
