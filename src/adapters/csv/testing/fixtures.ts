// Test helpers: the fixture corpus in tests/fixtures/csv, read from disk as the browser would
// hand it over (a File of raw bytes), and imported through the file path of the adapter.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { importCsvFile } from '../importCsvFile';
import type { CsvImportResult, CsvProblem, ImportedColumn, ImportedTable } from '../types';

export const FIXTURE_DIRECTORY = fileURLToPath(new URL('../../../../tests/fixtures/csv/', import.meta.url));

/** Every fixture file name (data files only, not the README or the script that makes some). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIRECTORY)
    .filter((name) => !/\.(md|mjs)$/.test(name))
    .sort();
}

export function readFixture(name: string): File {
  return new File([readFileSync(FIXTURE_DIRECTORY + name)], name);
}

export function importFixture(name: string): Promise<CsvImportResult> {
  return importCsvFile(readFixture(name));
}

/** The imported table, failing the test with the problem's message if the import failed. */
export async function importedTable(name: string): Promise<{ table: ImportedTable; warnings: readonly string[] }> {
  const result = await importFixture(name);
  if (!result.ok) throw new Error(`${name} did not import: ${result.problem.message}`);
  return result;
}

/** The problem an import stopped at, failing the test if it succeeded. */
export async function importProblem(name: string): Promise<CsvProblem> {
  const result = await importFixture(name);
  if (result.ok) throw new Error(`${name} imported, but it should have failed`);
  return result.problem;
}

/** Checks a column's values, NaN included, as a plain array. */
export function expectValues(column: ImportedColumn | undefined, values: number[]): void {
  expect(column, 'column exists').toBeDefined();
  expect(Array.from(column!.values)).toEqual(values);
}

/** The column with this name, failing the test when there is none. */
export function column(table: ImportedTable, name: string): ImportedColumn {
  const found = table.columns.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no column named ${name}; have ${table.columns.map((c) => c.label).join(', ')}`);
  return found;
}
