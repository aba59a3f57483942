import { describe, expect, it } from 'vitest';
import { importCsvText } from './importCsvText';
import { CHUNK_CHARACTERS } from './parseCsvBody';
import { DEFAULT_MAX_BYTES } from './types';

function problemOf(text: string, maxBytes?: number) {
  const result = importCsvText(text, { maxBytes });
  if (result.ok) throw new Error('expected the import to fail');
  return result.problem;
}

describe('importCsvText', () => {
  it('imports a small file into Float64Array columns', () => {
    const result = importCsvText('x,y\n1,2\n3,5\n', { name: 'tiny.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.name).toBe('tiny.csv');
    expect(result.table.columns[1]!.values).toEqual(Float64Array.of(2, 5));
  });
  it('refuses text over the size limit and states the limit', () => {
    const problem = problemOf('x,y\n1,2\n3,4\n', 10);
    expect(problem.code).toBe('file-too-large');
    expect(problem.message).toMatch(/This file is 12 bytes, larger than the 10 bytes the notebook can import/);
  });
  it('measures the limit in UTF-8 bytes, not characters', () => {
    const text = 'é,ü\n1,2\n3,4\n'; // 12 characters, 14 bytes
    expect(importCsvText(text, { maxBytes: 14 }).ok).toBe(true);
    expect(problemOf(text, 13).code).toBe('file-too-large');
  });
  it('defaults to a limit of 200 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(200 * 1024 * 1024);
  });
  it('treats a lone byte-order mark as an empty file', () => {
    expect(problemOf('\uFEFF').code).toBe('empty-file');
  });
  it('names line 1 when the header itself opens a quote that never closes', () => {
    expect(problemOf('"x,y\n1,2\n3,4\n').message).toMatch(/opens on line 1/);
  });
  it('reports an unclosed quote before the ragged lines it causes', () => {
    expect(problemOf('x,y\n1,2\n3,"4\n5,6,7\n').code).toBe('unterminated-quote');
  });
  it('reads quoted values that contain CRLF line ends and doubled quotes', () => {
    const result = importCsvText('name,x,y\r\n"a ""b""\r\nc",1,2\r\nd,3,4\r\n');
    expect(result.ok && result.table.rowCount).toBe(2);
    expect(result.ok && result.table.columns[0]!.missing[0]!.value).toBe('a "b"\r\nc');
  });
  it('reports progress piece by piece, rising to 1', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},${i * 2}`);
    const text = `x,y\n${rows.join('\n')}\n`;
    const fractions: number[] = [];
    const result = importCsvText(text, { onProgress: (fraction) => fractions.push(fraction) });
    expect(result.ok && result.table.rowCount).toBe(200_000);
    expect(fractions.length).toBe(Math.ceil(text.length / CHUNK_CHARACTERS));
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
  it('joins rows split across the pieces handed to papaparse', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `"${i}.25",${-i}`);
    const result = importCsvText(`x,y\n${rows.join('\r\n')}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.columns[0]!.kind).toBe('numeric');
    expect(result.table.columns[0]!.values[149_999]).toBe(149_999.25);
    expect(result.table.columns[1]!.values[77_777]).toBe(-77_777);
  });
  it('quotes file text in messages verbatim, as plain text', () => {
    const problem = problemOf('<b>x</b>,<i>y</i>\n');
    expect(problem.message).toContain('“<b>x</b>” and “<i>y</i>”');
  });
});
