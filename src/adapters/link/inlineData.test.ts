import { describe, expect, it } from 'vitest';
import { importCsvText } from '../csv';
import { columnsToCsv, packCsv, unpackCsv } from './inlineData';

describe('data inside a link', () => {
  it('comes back as the same columns, every double bit for bit, blanks as blanks', () => {
    const x = Float64Array.from([0.1, 1 / 3, -2.5e-300, 7, Number.NaN]);
    const y = Float64Array.from([1e21, Math.PI, 0, -0, 12]);
    const csv = columnsToCsv([
      { name: 'x, "first"', values: x },
      { name: 'y', values: y },
    ]);
    const back = unpackCsv(packCsv(csv).payload);
    expect(back).toBe(csv);
    const imported = importCsvText(back, { name: 'link.csv' });
    expect(imported.ok).toBe(true);
    const columns = imported.ok ? imported.table.columns : [];
    expect(columns.map((column) => column.name)).toEqual(['x, "first"', 'y']);
    expect(Array.from(columns[0]!.values.slice(0, 4))).toEqual([0.1, 1 / 3, -2.5e-300, 7]);
    expect(Number.isNaN(columns[0]!.values[4])).toBe(true);
    expect(Array.from(columns[1]!.values.slice(0, 3))).toEqual([1e21, Math.PI, 0]);
  });
  it('says plainly when the payload is damaged or cut short', () => {
    const { payload } = packCsv(
      columnsToCsv([{ name: 'x', values: Float64Array.from({ length: 500 }, (_, i) => i * 0.37) }]),
    );
    expect(() => unpackCsv(payload.slice(0, payload.length >> 1))).toThrow(/damaged or cut short/);
    expect(() => unpackCsv('not-deflate')).toThrow(/damaged/);
  });
});
