import { describe, expect, it } from 'vitest';
import { expectValues, importedTable } from './testing/fixtures';
import type { ColumnKind, Delimiter } from './types';

// Every fixture that should import, with exactly what it should import as. The expected values
// are read off the fixture files by eye (they are a few lines each; see tests/fixtures/csv).
interface Expected {
  delimiter: Delimiter;
  decimalComma?: boolean;
  hasHeaderRow?: boolean;
  columns: [name: string, kind: ColumnKind, values: number[], isIndex?: boolean][];
}

const N = NaN;
const expectations: Record<string, Expected> = {
  'simple.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3, 4, 5], true],
      ['y', 'numeric', [2, 4.5, 5.5, 8, 9.5]],
    ],
  },
  'bom.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3], true],
      ['y', 'numeric', [3, 5, 7]],
    ],
  },
  'crlf.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3], true],
      ['y', 'numeric', [10, 20, 30]],
    ],
  },
  'cr-only.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3], true],
      ['y', 'numeric', [10, 20, 30]],
    ],
  },
  'semicolon-decimal-comma.csv': {
    delimiter: ';',
    decimalComma: true,
    columns: [
      ['Länge', 'numeric', [1.5, 2, -0.5]],
      ['Gewicht', 'numeric', [2.25, 3.5, 1250]],
    ],
  },
  'semicolon-decimal-point.csv': {
    delimiter: ';',
    columns: [
      ['x', 'numeric', [1.5, 2, 4.75]],
      ['y', 'numeric', [2.25, 3.5, 6]],
    ],
  },
  'semicolon-comma-in-header.csv': {
    delimiter: ';',
    decimalComma: true,
    columns: [
      ['Weight, kg', 'numeric', [61.5, 72.25, 80]],
      ['Height, cm', 'numeric', [170, 181.5, 178]],
    ],
  },
  'tab.csv': {
    delimiter: '\t',
    columns: [
      ['x', 'numeric', [1, 4, 7]],
      ['y', 'numeric', [2, 5, 8]],
      ['z', 'numeric', [3, 6, 9.5]],
    ],
  },
  'tab-decimal-comma.csv': {
    delimiter: '\t',
    decimalComma: true,
    columns: [
      ['x', 'numeric', [0.25, 0.5, 0.75]],
      ['y', 'numeric', [1.5, 3, 4.5]],
    ],
  },
  'quoted-numbers.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1.5, 2.5, 100]],
      ['y', 'numeric', [2, -3, 4]],
    ],
  },
  'spaces.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1.5, 2, 4]],
      ['y', 'numeric', [2, 3, 5]],
    ],
  },
  'exponents.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1000, -300, 4]],
      ['y', 'numeric', [0.00025, 5, 1]],
    ],
  },
  'negatives.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [-1, 3, -0.5]],
      ['y', 'numeric', [-2.5, -0, 7]],
    ],
  },
  'index-empty-header.csv': {
    delimiter: ',',
    columns: [
      ['', 'numeric', [1, 2, 3, 4], true],
      ['TV', 'numeric', [230.1, 44.5, 17.2, 151.5]],
      ['Radio', 'numeric', [37.8, 39.3, 45.9, 41.3]],
      ['Sales', 'numeric', [22.1, 10.4, 9.3, 18.5]],
    ],
  },
  'index-row-numbers.csv': {
    delimiter: ',',
    columns: [
      ['id', 'numeric', [1, 2, 3, 4], true],
      ['height', 'numeric', [150, 160, 170, 180]],
      ['weight', 'numeric', [50, 61, 69, 80]],
    ],
  },
  'index-zero-based.csv': {
    delimiter: ',',
    columns: [
      ['', 'numeric', [0, 1, 2], true],
      ['a', 'numeric', [5, 6, 8]],
      ['b', 'numeric', [1, 3, 2]],
    ],
  },
  'sequence-feature.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3, 4], true],
      ['y', 'numeric', [2.5, 3, 3.5, 4]],
    ],
  },
  'missing-values.csv': {
    delimiter: ',',
    columns: [
      ['x', 'mostly-numeric', [1, N, 3, 4, N, 6, 7]],
      ['y', 'mostly-numeric', [2, 3, N, 5, 6, N, 8]],
    ],
  },
  'text-cells.csv': {
    delimiter: ',',
    columns: [
      ['weight', 'mostly-numeric', [N, 6, 7, 8, 9]],
      ['price', 'mostly-numeric', [12, N, 14, N, 15]],
    ],
  },
  'infinity-nan.csv': {
    delimiter: ',',
    columns: [
      ['x', 'mostly-numeric', [1, 2, 3, N, 5, 6]],
      ['y', 'mostly-numeric', [2, N, 4, 5, N, 7]],
    ],
  },
  'beyond-double.csv': {
    delimiter: ',',
    columns: [
      ['x', 'mostly-numeric', [1, 2, 3, 4, 5, 6, N, 8]],
      ['y', 'numeric', [2, 4, 6, 8, 10, 12, 14, 16]],
    ],
  },
  'hostile-header.csv': {
    delimiter: ',',
    columns: [
      ['<img src=x onerror=alert(1)>', 'numeric', [4, 7, 9]],
      ['y', 'numeric', [2, 3, 5]],
      ['note', 'text', [N, N, N]],
    ],
  },
  'zero-variance-feature.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [4, 4, 4, 4]],
      ['y', 'numeric', [1, 2, 3, 5]],
    ],
  },
  'unicode-headers.csv': {
    delimiter: ',',
    columns: [
      ['Température (°C)', 'numeric', [12.5, 15, 18.25]],
      ['売上 (万円)', 'numeric', [3, 4.5, 6]],
      ['Größe 📏', 'numeric', [170, 165, 180]],
    ],
  },
  'single-column.csv': { delimiter: ',', columns: [['y', 'numeric', [3, 1, 4, 1, 5]]] },
  'no-header.csv': {
    delimiter: ',',
    hasHeaderRow: false,
    columns: [
      ['column 1', 'numeric', [1, 2, 3], true],
      ['column 2', 'numeric', [2, 4, 6.5]],
    ],
  },
  'blank-lines.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 2, 3], true],
      ['y', 'numeric', [2, 3, 5]],
    ],
  },
  'quoted-commas.csv': {
    delimiter: ',',
    columns: [
      ['name', 'text', [N, N, N]],
      ['x', 'numeric', [1, 2, 3], true],
      ['y', 'numeric', [2, 4, 5]],
    ],
  },
  'trailing-delimiter.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 3, 5]],
      ['y', 'numeric', [2, 4, 7]],
      ['', 'empty', [N, N, N]],
    ],
  },
  'header-trailing-delimiter.csv': {
    delimiter: ',',
    columns: [
      ['x', 'numeric', [1, 3, 5]],
      ['y', 'numeric', [2, 4, 7]],
      ['', 'empty', [N, N, N]],
    ],
  },
  'mostly-text-column.csv': {
    delimiter: ',',
    columns: [
      ['label', 'text', [N, N, 7, N]],
      ['x', 'numeric', [1, 2, 3, 4], true],
      ['y', 'numeric', [2, 3, 5, 4]],
    ],
  },
  'latin1.csv': {
    delimiter: ',',
    columns: [
      ['Temp\uFFFDrature', 'numeric', [12, 14, 15]],
      ['Pression', 'numeric', [1013, 1009, 1011]],
    ],
  },
};

describe('fixtures that import', () => {
  it.each(Object.entries(expectations))('%s imports with the expected format and columns', async (name, expected) => {
    const { table } = await importedTable(name);
    expect(table.name).toBe(name);
    expect(table.delimiter).toBe(expected.delimiter);
    expect(table.decimalComma).toBe(expected.decimalComma ?? false);
    expect(table.hasHeaderRow).toBe(expected.hasHeaderRow ?? true);
    expect(table.columns.map((column) => column.name)).toEqual(expected.columns.map(([columnName]) => columnName));
    expect(table.rowCount).toBe(expected.columns[0]![2].length);
    expected.columns.forEach(([, kind, values, isIndex], position) => {
      const column = table.columns[position]!;
      expect(column.kind, `${column.label} kind`).toBe(kind);
      expect(column.isIndex, `${column.label} isIndex`).toBe(isIndex ?? false);
      expectValues(column, values);
      expect(column.numericCount + column.missingCount).toBe(table.rowCount);
    });
  });
});
