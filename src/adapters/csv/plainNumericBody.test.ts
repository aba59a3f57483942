import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRandomSource, type RandomSource } from '../../core/random';
import { importCsvText } from './importCsvText';
import { papaparseLineEnding, readPlainNumber, readPlainNumericBody } from './plainNumericBody';
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
      expect(readPlainNumericBody(text, name.endsWith('tab.csv') ? '\t' : ','), name).not.toBeNull();
    }
  });

  it('gives up on quotes, blank cells, text, ragged lines and mixed line ends', () => {
    for (const text of ['x,y\n"1",2\n3,4', 'x,y\n1,\n3,4', 'x,y\n1,a\n3,4', 'x,y\n1,2,3\n3,4', 'x,y\r\n1,2\n3,4']) {
      expect(readPlainNumericBody(text, ','), JSON.stringify(text)).toBeNull();
    }
  });

  it('reads each number as exactly the double Number() gives, on 200 000 numbers written many ways', () => {
    const random = createRandomSource(20260101);
    for (let i = 0; i < 200_000; i++) {
      const text = numberText(random);
      const value = readPlainNumber(`${text},`, 0);
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

const pick = <T>(random: RandomSource, items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;

/** A number as a file might write it: short and long decimals, exponents, signs, leading zeros, extremes. */
function numberText(random: RandomSource): string {
  const magnitude = 10 ** Math.floor(random.next() * 40 - 20);
  const value = (random.next() - 0.5) * magnitude;
  switch (Math.floor(random.next() * 12)) {
    case 0:
      return String(value);
    case 1:
      return value.toFixed(Math.floor(random.next() * 6));
    case 2:
      return value.toExponential(Math.floor(random.next() * 17));
    case 3:
      return `+${Math.abs(value).toPrecision(1 + Math.floor(random.next() * 20))}`;
    case 4:
      return `00${Math.floor(random.next() * 1e6)}.${Math.floor(random.next() * 1e3)}`;
    case 5:
      return `.${Math.floor(random.next() * 1e9)}`;
    case 6:
      return `${Math.floor(random.next() * 1e4)}.`;
    case 7:
      return pick(random, ['0', '-0', '+0', '-0.0', '0e0', '1e-320', '4.9e-324', '1.7976931348623157e308', '2e-308']);
    case 8:
      return `${Math.floor(random.next() * 1e17)}${Math.floor(random.next() * 1e17)}`;
    case 9:
      return `${Math.floor(random.next() * 1e5)}e${Math.floor(random.next() * 60 - 30)}`;
    case 10:
      return `${(random.next() * 1000).toFixed(2)}E+${Math.floor(random.next() * 5)}`;
    default:
      return (random.next() * 300).toFixed(3);
  }
}

/** A small file: mostly plain numbers, now and then something only papaparse's path handles. */
function randomFile(random: RandomSource): string {
  const delimiter = pick(random, [',', ';', '\t'] as const);
  const lineEnd = pick(random, ['\n', '\r\n', '\r']);
  const width = 1 + Math.floor(random.next() * 4);
  const rows = Math.floor(random.next() * 12);
  const lines: string[] = [];
  if (random.next() < 0.2) lines.push('');
  // A header most of the time, its first name sometimes blank (a row-number column).
  const unnamedFirst = random.next() < 0.5;
  const names = Array.from({ length: width }, (_, i) => (i === 0 && unnamedFirst ? '' : `c${i}`));
  if (random.next() < 0.85) lines.push(names.join(delimiter));
  for (let row = 0; row < rows; row++) {
    const cells = Array.from({ length: width }, () => numberText(random));
    const oddity = random.next();
    if (oddity < 0.04) cells[0] = '';
    else if (oddity < 0.06) cells[0] = 'NA';
    else if (oddity < 0.08) cells.push('');
    else if (oddity < 0.1) cells[0] = ` ${cells[0]}`;
    else if (oddity < 0.11) cells[0] = '1e400';
    lines.push(cells.join(delimiter));
    if (random.next() < 0.05) lines.push('');
  }
  const text = lines.join(lineEnd);
  return random.next() < 0.5 ? text + lineEnd : text;
}
