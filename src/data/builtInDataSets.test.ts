import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportedTable, importCsvText, usableRows } from '../adapters/csv';
import { fitLeastSquaresLine } from '../core/leastSquares';
import { readAdvertisingColumns } from '../core/testing/advertising';
import { BUILT_IN_DATA_SETS, type BuiltInDataSetId, builtInDataSet } from './builtInDataSets';

async function load(id: BuiltInDataSetId): Promise<ImportedTable> {
  const result = importCsvText(await builtInDataSet(id).loadCsv());
  if (!result.ok) throw new Error(result.problem.message);
  return result.table;
}

function fitColumns(table: ImportedTable, featureName: string, responseName: string) {
  const column = (name: string) => table.columns.find((candidate) => candidate.name === name)!;
  const rows = usableRows(column(featureName), column(responseName));
  if (!rows.ok) throw new Error(rows.problem.message);
  return { line: fitLeastSquaresLine(rows.feature, rows.response), count: rows.feature.length };
}

describe('the built-in data sets', () => {
  it.each(BUILT_IN_DATA_SETS.map((dataSet) => [dataSet.id, dataSet] as const))(
    '%s imports with its stated row count and default columns',
    async (_id, dataSet) => {
      const table = await load(dataSet.id);
      expect(table.rowCount).toBe(dataSet.rowCount);
      for (const name of [dataSet.defaultFeature, dataSet.defaultResponse]) {
        const column = table.columns.find((candidate) => candidate.name === name);
        expect(column?.kind, name).toMatch(/numeric/);
      }
    },
  );
  it.each(['advertising.csv', 'auto-mpg.csv', 'penguins.csv', 'anscombe.csv'])(
    '%s has the SHA-256 recorded in SOURCES.md',
    (file) => {
      const sources = readFileSync(new URL('./SOURCES.md', import.meta.url), 'utf8');
      const rest = sources.slice(sources.indexOf(`## ${file}`));
      const end = rest.indexOf('\n## ', 1);
      const section = end === -1 ? rest : rest.slice(0, end);
      const digest = createHash('sha256')
        .update(readFileSync(new URL(`./${file}`, import.meta.url)))
        .digest('hex');
      expect(section).toMatch(new RegExp(`SHA-256:\\*\\* \`${digest}\``));
    },
  );
  it('has ids that are all different', () => {
    expect(new Set(BUILT_IN_DATA_SETS.map((dataSet) => dataSet.id)).size).toBe(BUILT_IN_DATA_SETS.length);
  });
  it('loads Advertising with the same numbers as a plain reading of the file', async () => {
    const table = await load('advertising');
    const plain = readAdvertisingColumns();
    expect(Array.from(table.columns[1]!.values)).toEqual(plain.tv);
    expect(Array.from(table.columns[4]!.values)).toEqual(plain.sales);
  });
  it('Advertising: Sales ~ TV gives ISL Table 3.1 (7.0326 + 0.04754·TV)', async () => {
    const { line } = fitColumns(await load('advertising'), 'TV', 'Sales');
    expect(line.intercept).toBeCloseTo(7.0326, 4);
    expect(line.slope).toBeCloseTo(0.04754, 5);
  });
  it("Cars: mpg ~ horsepower on the 392 complete rows gives ISL's published fit 39.9359 − 0.157845·horsepower", async () => {
    const { line, count } = fitColumns(await load('auto-mpg'), 'Horsepower', 'Miles_per_Gallon');
    expect(count).toBe(392);
    expect(line.intercept).toBeCloseTo(39.9359, 4);
    expect(line.slope).toBeCloseTo(-0.157845, 6);
  });
  it('Anscombe: each of the four sets fits y ≈ 3.00 + 0.500·x, with mean x 9 and mean y 7.50 (Anscombe 1973)', async () => {
    const table = await load('anscombe');
    for (const set of [1, 2, 3, 4]) {
      const { line, count } = fitColumns(table, `x${set}`, `y${set}`);
      expect(count).toBe(11);
      expect(line.intercept, `set ${set}`).toBeCloseTo(3.0, 2);
      expect(line.slope, `set ${set}`).toBeCloseTo(0.5, 3);
      const mean = (name: string) =>
        table.columns.find((column) => column.name === name)!.values.reduce((sum, value) => sum + value, 0) / 11;
      expect(mean(`x${set}`)).toBe(9);
      expect(mean(`y${set}`)).toBeCloseTo(7.5, 2);
    }
  });
  it('Penguins: body mass ~ flipper length for the 123 Gentoo birds gives the published R fit −6787.2806 + 54.6225·flipper', () => {
    // The importer has no row filter, so the Gentoo rows are picked from the raw file here.
    const lines = readFileSync(new URL('./penguins.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const gentoo = lines
      .map((line) => line.split(','))
      .filter((cells) => cells[0] === 'Gentoo' && cells[4] !== '' && cells[5] !== '');
    const line = fitLeastSquaresLine(
      gentoo.map((cells) => Number(cells[4])),
      gentoo.map((cells) => Number(cells[5])),
    );
    expect(gentoo.length).toBe(123);
    expect(line.intercept).toBeCloseTo(-6787.2806, 4);
    expect(line.slope).toBeCloseTo(54.6225, 4);
  });
  it('Penguins: all 342 measured birds fit −5780.83 + 49.69·flipper (computed independently in Python for SOURCES.md)', async () => {
    const { line, count } = fitColumns(await load('penguins'), 'Flipper Length (mm)', 'Body Mass (g)');
    expect(count).toBe(342);
    expect(line.intercept).toBeCloseTo(-5780.83, 2);
    expect(line.slope).toBeCloseTo(49.69, 2);
  });
});
