import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRandomSource, type RandomSource } from '../../core/random';
import { importCsvBytes, importPlainNumericBytes } from './importCsvBytes';
import { importCsvText } from './importCsvText';
import { numberText, randomFile } from './testing/randomCsv';
import type { CsvImportResult } from './types';

// A file's bytes must import exactly as their UTF-8 text does through papaparse's path: the
// same table, every number the same double to the bit, the same problem in the same words.
// The plain numeric path reads the bytes without decoding them, so it is checked here on every
// fixture, on random files with byte-order marks, `sep=` lines and headers beyond ASCII, and on
// files longer than the start it decodes to find their dialect and line ending.

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const corpus = ['csv', 'hostile', 'export'].flatMap((folder) =>
  readdirSync(FIXTURES + folder)
    .filter((name) => !/\.(md|mjs)$/.test(name))
    .map((name) => `${folder}/${name}`),
);

const encoder = new TextEncoder();

/** The bytes' import, and papaparse's import of the text File.text() would give for them. */
function bothWays(bytes: Uint8Array): { fromBytes: CsvImportResult; papaparse: CsvImportResult } {
  return {
    fromBytes: importCsvBytes(bytes, { name: 'file.csv' }),
    papaparse: importCsvText(new TextDecoder().decode(bytes), { name: 'file.csv', plainNumericFastPath: false }),
  };
}

/** The same result, with every column's numbers compared bit for bit (NaN, −0 and all). */
function expectSameResult(fromBytes: CsvImportResult, papaparse: CsvImportResult, label: string): void {
  expect(withoutValues(fromBytes), label).toEqual(withoutValues(papaparse));
  if (!fromBytes.ok || !papaparse.ok) return;
  fromBytes.table.columns.forEach((column, i) => {
    expect(firstDifferentBit(column.values, papaparse.table.columns[i]!.values), label).toBe(-1);
  });
}

/** The result with each column's values left out (they are compared bit by bit, which is far quicker on long files). */
function withoutValues(result: CsvImportResult) {
  if (!result.ok) return result;
  return { ...result, table: { ...result.table, columns: result.table.columns.map(({ values, ...rest }) => rest) } };
}

/** The index of the first byte where two arrays' doubles differ, or −1 when they are the same length and bit for bit equal. */
function firstDifferentBit(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return 0;
  const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return i;
  return -1;
}

const pick = <T>(random: RandomSource, items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;

/** A random file's bytes, sometimes behind a byte-order mark or a `sep=` line, its header sometimes beyond ASCII. */
function randomBytes(random: RandomSource): Uint8Array {
  let text = randomFile(random);
  const header = random.next();
  if (header < 0.1) text = text.replace('c0', 'température');
  else if (header < 0.15) text = text.replace('c0', 'ü📈');
  else if (header < 0.2) text = text.replace('c0', '\u200b');
  if (random.next() < 0.1)
    text = `${pick(random, ['sep=,', 'sep=;', 'SEP=\t', 'sep=|', 'sep='])}${pick(random, ['\n', '\r\n'])}${text}`;
  let bytes = encoder.encode(text);
  const mark = random.next();
  if (mark < 0.1) bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
  else if (mark < 0.13) bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...bytes);
  // a byte that is not UTF-8, now and then in the header
  if (random.next() < 0.05 && bytes.length > 3) bytes[Math.floor(random.next() * Math.min(bytes.length, 12))] = 0xe9;
  return bytes;
}

/** A plain numeric file of about `megabytes` MB (beyond the start the bytes path decodes), with `ending` appended. */
function longFile(megabytes: number, lineEnd: string, ending: string): Uint8Array {
  const random = createRandomSource(11);
  const lines = ['a,b,c'];
  for (let size = 6; size < megabytes * 1e6; ) {
    const line = `${numberText(random)},${(random.next() * 100).toFixed(3)},${Math.floor(random.next() * 1e6)}`;
    lines.push(line);
    size += line.length + lineEnd.length;
  }
  return encoder.encode(lines.join(lineEnd) + ending);
}

describe('importCsvBytes', () => {
  it.each(corpus)('gives exactly the papaparse path’s result on the fixture %s', (path) => {
    const { fromBytes, papaparse } = bothWays(new Uint8Array(readFileSync(FIXTURES + path)));
    expectSameResult(fromBytes, papaparse, path);
  });

  it('reads the plain numeric fixtures from their bytes, so the comparison above is not empty', () => {
    for (const name of [
      'simple.csv',
      'negatives.csv',
      'exponents.csv',
      'crlf.csv',
      'tab.csv',
      'bom.csv',
      'cr-only.csv',
    ]) {
      expect(importPlainNumericBytes(new Uint8Array(readFileSync(`${FIXTURES}csv/${name}`))), name).not.toBeNull();
    }
  });

  it('leaves quotes, blank cells, text, ragged lines, mixed line ends and decimal commas to papaparse', () => {
    for (const text of [
      'x,y\n"1",2\n3,4',
      'x,y\n1,\n3,4',
      'x,y\n1,a\n3,4',
      'x,y\n1,2,3\n3,4',
      'x,y\r\n1,2\n3,4',
      'x;y\n1,5;2\n3,5;4',
      '"x",y\n1,2\n3,4',
      'x,y\n1,2\n3,4é',
    ]) {
      expect(importPlainNumericBytes(encoder.encode(text)), JSON.stringify(text)).toBeNull();
      const { fromBytes, papaparse } = bothWays(encoder.encode(text));
      expectSameResult(fromBytes, papaparse, JSON.stringify(text));
    }
  });

  it('agrees with papaparse on 600 random files: marks, sep= lines, headers beyond ASCII, bad bytes', () => {
    const random = createRandomSource(2026);
    for (let file = 0; file < 600; file++) {
      const bytes = randomBytes(random);
      const { fromBytes, papaparse } = bothWays(bytes);
      expectSameResult(fromBytes, papaparse, `file ${file}: ${JSON.stringify(new TextDecoder().decode(bytes))}`);
    }
  });

  it('agrees with papaparse on files longer than the start it decodes, however they end', () => {
    // [line ending, what ends the file, whether it is still read from its bytes]
    for (const [lineEnd, ending, plain] of [
      ['\n', '\n', true],
      ['\r\n', '', true],
      ['\r', '\r', true],
      ['\r\n', '\r\n\r\n1,2,3\r\n', true],
      ['\n', '\n1,2,', false],
      ['\n', '\n1,2\r\n', false],
      ['\n', '\n1,2,3é', false],
    ] as const) {
      const bytes = longFile(3.3, lineEnd, ending);
      const label = JSON.stringify([lineEnd, ending]);
      const plainResult = importPlainNumericBytes(bytes);
      expect(plainResult !== null, label).toBe(plain);
      // the lines were counted exactly: each column's buffer holds its rows and no more
      if (plainResult?.ok)
        for (const column of plainResult.table.columns)
          expect(column.values.buffer.byteLength, label).toBe(plainResult.table.rowCount * 8);
      const { fromBytes, papaparse } = bothWays(bytes);
      expectSameResult(fromBytes, papaparse, label);
    }
  });

  it('reports the fraction of bytes read as it goes, ending at 1', () => {
    const fractions: number[] = [];
    importCsvBytes(longFile(2.5, '\n', '\n'), { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, i) => fraction > 0 && (i === 0 || fraction > fractions[i - 1]!))).toBe(true);
  });
});
