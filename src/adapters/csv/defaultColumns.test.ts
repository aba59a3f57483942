import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseDefaultColumns, isChoosable } from './defaultColumns';
import { tableFrom } from './testing/table';

describe('chooseDefaultColumns', () => {
  it('opens the shipped Advertising file as TV → Sales, past its unnamed row-number column', () => {
    const table = tableFrom(readFileSync(new URL('../../data/advertising.csv', import.meta.url), 'utf8'));
    const choice = chooseDefaultColumns(table)!;
    expect(table.columns[choice.featureIndex]!.name).toBe('TV');
    expect(table.columns[choice.responseIndex]!.name).toBe('Sales');
  });
  it('takes the first and last numeric columns, skipping text and empty ones', () => {
    const table = tableFrom('name,a,notes,b,c,blank\nq,1,w,2,3,\nr,4,e,6,5,\n');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 1, responseIndex: 4 });
  });
  it('accepts mostly-numeric columns', () => {
    const table = tableFrom('a,b\n1,\n2,5\n3,7\n');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 0, responseIndex: 1 });
  });
  it('skips a named row-number column while two others remain', () => {
    const table = tableFrom('id,h,w\n1,150,50\n2,160,61\n');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 1, responseIndex: 2 });
  });
  it('falls back to a named 1…N column, as in the lesson where x = 1, 2, …, 300', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i + 1},${0.5 * (i + 1) + 2}`);
    const table = tableFrom(`x,y\n${rows.join('\n')}\n`);
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 0, responseIndex: 1 });
  });
  it('uses an unnamed index only as a last resort', () => {
    const table = tableFrom(',y\n1,5\n2,3\n3,8\n');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 0, responseIndex: 1 });
  });
  it('gives null with fewer than two numeric columns', () => {
    expect(chooseDefaultColumns(tableFrom('name,y\na,1\nb,2\n'))).toBeNull();
  });
});

describe('isChoosable', () => {
  it('admits numeric and mostly-numeric columns only', () => {
    const table = tableFrom('a,b,c,d\n1,1,x,\n2,,y,\n3,3,5,\n');
    expect(table.columns.map(isChoosable)).toEqual([true, true, false, false]);
  });
});
