import { describe, expect, it } from 'vitest';
import { chooseDefaultColumns } from './defaultColumns';
import { importCsvText } from './importCsvText';
import { usableRows } from './usableRows';

// A million rows of four columns (35 MB of text): the size the issue asks to handle,
// parsed straight into typed columns. Importing it takes about 1.7 s on a 2-core machine.
const ROWS = 1_000_000;

function cells(i: number): string[] {
  return [`${i * 0.5 + 0.25}`, `${(i % 1000) - 500}`, `${-i / 8}`, `${i}e-3`];
}

function generate(): string {
  const lines = new Array<string>(ROWS + 1);
  lines[0] = 'half,cycle,eighth,milli';
  for (let i = 0; i < ROWS; i++) lines[i + 1] = cells(i).join(',');
  return lines.join('\r\n');
}

describe('a 1,000,000-row × 4-column file', () => {
  it('imports into four exact Float64Array columns', () => {
    const result = importCsvText(generate());
    if (!result.ok) throw new Error(result.problem.message);
    const { table } = result;
    expect(table.rowCount).toBe(ROWS);
    expect(table.columns.map((column) => column.kind)).toEqual(['numeric', 'numeric', 'numeric', 'numeric']);
    for (const column of table.columns) {
      expect(column.values).toBeInstanceOf(Float64Array);
      expect(column.values.length).toBe(ROWS);
    }
    for (const i of [0, 1, 65_535, 65_536, 499_999, 777_777, ROWS - 1]) {
      const expected = cells(i).map(Number);
      expect(
        table.columns.map((column) => column.values[i]),
        `row ${i + 1}`,
      ).toEqual(expected);
    }
    const choice = chooseDefaultColumns(table)!;
    const rows = usableRows(table.columns[choice.featureIndex]!, table.columns[choice.responseIndex]!);
    expect(rows.ok && rows.feature.length).toBe(ROWS);
  }, 60_000);
});
