import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../core/random';
import { importCsvText } from './importCsvText';
import { papaparseLineEnding } from './lineEnds';
import { readPlainNumber, readPlainNumericText } from './plainNumericBody';
import { numberText, randomFile } from './testing/randomCsv';
import type { CsvImportResult } from './types';

// The fast path is allowed only because it gives exactly what papaparse's path gives: the same
// table, the same column kinds, every number the same double to the bit, the same problems.
// Checked on every fixture the importer is tested with and on random files written many ways.

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const corpus = ['csv', 'hostile', 'export'].flatMap((folder) =>
  readdirSync(FIXTURES + folder)
    .filter((name) => !/\.(md|mjs)$/.test(name))
    .map((name) => `${folder}/${name}`),
);

/** The file's text as the browser's File.text() gives it (UTF-8, bad bytes as U+FFFD). */
const textOf = (path: string) => new TextDecoder().decode(readFileSync(FIXTURES + path));

function bothWays(text: string): { fast: CsvImportResult; papaparse: CsvImportResult } {
  return {
    fast: importCsvText(text, { name: 'file.csv' }),
    papaparse: importCsvText(text, { name: 'file.csv', plainNumericFastPath: false }),
  };
}

/** The same result, with every column's numbers compared bit for bit (NaN, −0 and all). */
function expectSameResult(fast: CsvImportResult, papaparse: CsvImportResult): void {
  expect(fast).toEqual(papaparse);
  if (!fast.ok || !papaparse.ok) return;
  fast.table.columns.forEach((column, i) => {
    const bits = new Uint8Array(column.values.buffer, column.values.byteOffset, column.values.byteLength);
    const other = papaparse.table.columns[i]!.values;
    expect(bits).toEqual(new Uint8Array(other.buffer, other.byteOffset, other.byteLength));
  });
}

describe('the plain numeric fast path', () => {
  it.each(corpus)('gives exactly the papaparse path’s result on the fixture %s', (path) => {
    const { fast, papaparse } = bothWays(textOf(path));
    expectSameResult(fast, papaparse);
  });

  it('takes the fast path on the plain numeric fixtures, so the comparison above is not empty', () => {
    for (const name of ['csv/simple.csv', 'csv/negatives.csv', 'csv/exponents.csv', 'csv/crlf.csv', 'csv/tab.csv']) {
      const text = textOf(name);
      expect(readPlainNumericText(text, name.endsWith('tab.csv') ? '\t' : ','), name).not.toBeNull();
    }
  });

  it('gives up on quotes, blank cells, text, ragged lines and mixed line ends', () => {
    for (const text of ['x,y\n"1",2\n3,4', 'x,y\n1,\n3,4', 'x,y\n1,a\n3,4', 'x,y\n1,2,3\n3,4', 'x,y\r\n1,2\n3,4']) {
      expect(readPlainNumericText(text, ','), JSON.stringify(text)).toBeNull();
    }
  });

  it('reads each number as exactly the double Number() gives, on 200 000 numbers written many ways', () => {
    const random = createRandomSource(20260101);
    for (let i = 0; i < 200_000; i++) {
      const text = numberText(random);
      const value = readPlainNumber(text);
      expect(Object.is(value, Number(text)) || (!Number.isFinite(Number(text)) && Number.isNaN(value)), text).toBe(
        true,
      );
    }
  });

  it('agrees with papaparse on 300 random files: separators, line ends, headers, blank lines, bad cells', () => {
    const random = createRandomSource(7);
    for (let file = 0; file < 300; file++) {
      const text = randomFile(random);
      const { fast, papaparse } = bothWays(text);
      expectSameResult(fast, papaparse);
    }
  });

  it('settles on the line ending papaparse guesses', () => {
    expect(papaparseLineEnding('a\nb\r\nc')).toBe('\n');
    expect(papaparseLineEnding('a\r\nb\r\nc\rd')).toBe('\r\n');
    expect(papaparseLineEnding('a\rb\rc\r\nd')).toBe('\r');
  });
});
