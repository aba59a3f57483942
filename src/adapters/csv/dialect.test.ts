import { describe, expect, it } from 'vitest';
import { countFields, detectDialect } from './dialect';

describe('detectDialect', () => {
  it('finds commas, semicolons and tabs', () => {
    expect(detectDialect('a,b\n1,2\n')).toEqual({ delimiter: ',', decimalComma: false });
    expect(detectDialect('a;b\n1.5;2\n')).toEqual({ delimiter: ';', decimalComma: false });
    expect(detectDialect('a\tb\n1\t2\n')).toEqual({ delimiter: '\t', decimalComma: false });
  });
  it('reads decimal commas in a semicolon file, even without a final line end', () => {
    expect(detectDialect('x;y\n1,5;2,25')).toEqual({ delimiter: ';', decimalComma: true });
  });
  it('keeps decimal points when they outnumber decimal commas', () => {
    expect(detectDialect('x;y\n1.5;2.5\n3.5;4,5\n').decimalComma).toBe(false);
  });
  it('prefers the separator that splits every line like the header', () => {
    expect(detectDialect('Weight, kg;Height, cm\n61,5;170\n72,25;181,5\n80;178\n').delimiter).toBe(';');
  });
  it('ignores separators inside quoted names', () => {
    expect(detectDialect('"a;b",c\n1,2\n').delimiter).toBe(',');
  });
  it('falls back to a comma for a one-column file', () => {
    expect(detectDialect('y\n1\n2\n')).toEqual({ delimiter: ',', decimalComma: false });
  });
  it('drops the last line of a sample that was cut short', () => {
    expect(detectDialect('x;y\n1;2\n3,', true).decimalComma).toBe(false);
    expect(detectDialect('x;y\n1;2\n3,5;4', false).decimalComma).toBe(true);
  });
});

describe('countFields', () => {
  it('counts separators outside quotes only', () => {
    expect(countFields('a,"b,c",d', ',')).toBe(3);
    expect(countFields('', ',')).toBe(1);
  });
});
