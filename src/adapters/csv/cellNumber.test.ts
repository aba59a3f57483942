import { describe, expect, it } from 'vitest';
import { allCellsNumeric, cellToNumber, classifyUnusableCell, cleanCellText, isBeyondDoubleRange } from './cellNumber';

describe('cellToNumber', () => {
  it('reads plain, signed, fractional and exponent numbers as JavaScript literals do', () => {
    const cases: [string, number][] = [
      ['12', 12],
      ['-3.5', -3.5],
      ['+4', 4],
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['2.5E-4', 0.00025],
      ['-3E+2', -300],
    ];
    for (const [cell, value] of cases) expect(cellToNumber(cell, false), cell).toBe(value);
  });
  it('ignores spaces around a value and a pair of quotes left by papaparse', () => {
    expect(cellToNumber('  7.25 ', false)).toBe(7.25);
    expect(cellToNumber(' "7.25" ', false)).toBe(7.25);
  });
  it('gives NaN for blanks, words, units, thousands separators and radix prefixes', () => {
    for (const cell of [
      '',
      '   ',
      'abc',
      '5 kg',
      '$13',
      '1,000',
      '1.000.000',
      '0x1A',
      '0b11',
      '1_000',
      '--1',
      '1e',
      'e5',
    ]) {
      expect(cellToNumber(cell, false), cell).toBeNaN();
    }
  });
  it('gives NaN for Infinity, NaN and numbers beyond the double range', () => {
    for (const cell of ['Infinity', '-Infinity', 'NaN', '1e400', '-1e309'])
      expect(cellToNumber(cell, false), cell).toBeNaN();
  });
  it('keeps numbers that underflow to zero or to a subnormal', () => {
    expect(cellToNumber('1e-400', false)).toBe(0);
    expect(cellToNumber('5e-324', false)).toBe(5e-324);
  });
  it('reads a comma as the decimal mark when told to, and then refuses a point', () => {
    expect(cellToNumber('1,5', true)).toBe(1.5);
    expect(cellToNumber('-0,25e2', true)).toBe(-25);
    expect(cellToNumber('3', true)).toBe(3);
    expect(cellToNumber('1.5', true)).toBeNaN();
    expect(cellToNumber('1,5', false)).toBeNaN();
  });
});

describe('classifyUnusableCell', () => {
  it('treats blanks and the usual missing-value marks as missing', () => {
    for (const cell of ['', ' ', 'NA', 'n/a', '#N/A', 'null', 'None', '?', '-', '.'])
      expect(classifyUnusableCell(cell, false), cell).toBe('missing');
  });
  it('treats Infinity, NaN and overflowing numbers as not finite', () => {
    for (const cell of ['Infinity', '-inf', 'NaN', 'nan', '1e400', '"1e999"'])
      expect(classifyUnusableCell(cell, false), cell).toBe('not-finite');
    expect(classifyUnusableCell('1,5e400', true)).toBe('not-finite');
  });
  it('treats everything else as text', () => {
    for (const cell of ['five', '5 kg', '<script>', '1,5'])
      expect(classifyUnusableCell(cell, false), cell).toBe('text');
  });
});

describe('helpers', () => {
  it('cleanCellText trims and unquotes but keeps inner text', () => {
    expect(cleanCellText('  "a b"  ')).toBe('a b');
    expect(cleanCellText('"')).toBe('"');
  });
  it('isBeyondDoubleRange is true for an overflowing number, not for the word Infinity', () => {
    expect(isBeyondDoubleRange('1e400')).toBe(true);
    expect(isBeyondDoubleRange('Infinity')).toBe(false);
  });
  it('allCellsNumeric spots a line of numbers', () => {
    expect(allCellsNumeric(['1', ' 2.5 '], false)).toBe(true);
    expect(allCellsNumeric(['x', '2'], false)).toBe(false);
    expect(allCellsNumeric([], false)).toBe(false);
  });
});
