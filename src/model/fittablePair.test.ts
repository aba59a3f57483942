import { describe, expect, it } from 'vitest';
import { importCsvText } from '../adapters/csv';
import { dataSetFromTable } from './dataSet';
import { chooseFittablePair, describeNonFiniteCells } from './fittablePair';

function dataSetOf(csv: string) {
  const result = importCsvText(csv);
  if (!result.ok) throw new Error(result.problem.message);
  return dataSetFromTable(result.table, { kind: 'pasted' }, 'test', 'test');
}

describe('chooseFittablePair', () => {
  it('takes the first and last numeric columns, never the unnamed row index', () => {
    expect(chooseFittablePair(dataSetOf(',a,b,c\n1,1,2,3\n2,2,1,5\n3,4,4,4\n'))).toEqual({
      ok: true,
      featureName: 'a',
      responseName: 'c',
    });
  });
  it('keeps the preferred pair when it can be fitted', () => {
    expect(
      chooseFittablePair(dataSetOf('a,b,c\n1,2,3\n2,1,5\n4,4,4\n'), { featureName: 'b', responseName: 'a' }),
    ).toEqual({ ok: true, featureName: 'b', responseName: 'a' });
  });
  it('moves on to another feature when the default one is constant', () => {
    expect(chooseFittablePair(dataSetOf('a,b,c\n1,2,3\n1,1,5\n1,4,4\n'))).toEqual({
      ok: true,
      featureName: 'b',
      responseName: 'c',
    });
  });
  it('reports a constant feature instead of swapping it into the response', () => {
    const choice = chooseFittablePair(dataSetOf('x,y\n4,1\n4,2\n4,3\n'));
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toMatch(/x/);
  });
  it('needs two numeric columns', () => {
    const choice = chooseFittablePair(dataSetOf('y,name\n1,a\n2,b\n3,c\n'));
    expect(!choice.ok && choice.message).toMatch(/Only one column .* holds numbers \(y\)/);
  });
});

describe('describeNonFiniteCells', () => {
  it('names the first cells holding Infinity, NaN or numbers beyond double range', () => {
    const message = describeNonFiniteCells(dataSetOf('x,y\n1,2\n2,Infinity\n1e400,4\n5,NaN\n6,7\n'));
    expect(message).toMatch(/row 3 of “x” holds 1e400; row 2 of “y” holds Infinity; row 4 of “y” holds NaN/);
  });
  it('is null for ordinary data, blanks included', () => {
    expect(describeNonFiniteCells(dataSetOf('x,y\n1,2\n,3\n3,4\n'))).toBeNull();
  });
});
