import { describe, expect, it } from 'vitest';
import { formatNumber, formatPowerOfTen, signedTerm } from './formatNumber';

describe('formatNumber', () => {
  it('keeps ordinary numbers plain, without trailing zeros', () => {
    expect(formatNumber(0.5534088415765329, 6)).toBe('0.553409');
    expect(formatNumber(2.5, 6)).toBe('2.5');
    expect(formatNumber(-7.0326, 3)).toBe('−7.03');
  });
  it('groups the digits of large numbers', () => {
    expect(formatNumber(51795436, 8)).toBe('51,795,436');
    expect(formatNumber(23000, 2)).toBe('23,000');
    expect(formatNumber(1234.56, 6)).toBe('1234.56');
    expect(formatNumber(2.3e6, 2)).toBe('2,300,000');
  });
  it('writes tiny and astronomical magnitudes with powers of ten', () => {
    expect(formatNumber(0.0000036, 2)).toBe('3.6×10⁻⁶');
    expect(formatNumber(-2.82e-7, 3)).toBe('−2.82×10⁻⁷');
    expect(formatNumber(1e300, 3)).toBe('1×10³⁰⁰');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(-Infinity)).toBe('—');
  });
});

describe('formatPowerOfTen', () => {
  it('writes any magnitude as a mantissa times a power of ten, with a true minus sign', () => {
    expect(formatPowerOfTen(488_000_000_000_000, 3)).toBe('4.88×10¹⁴');
    expect(formatPowerOfTen(14_100, 3)).toBe('1.41×10⁴');
    expect(formatPowerOfTen(-0.00025, 2)).toBe('−2.5×10⁻⁴');
    expect(formatPowerOfTen(1e15, 1)).toBe('1×10¹⁵');
    expect(formatPowerOfTen(Number.NaN)).toBe('—');
  });
});

describe('signedTerm', () => {
  it('turns the sign into the operator', () => {
    expect(signedTerm(-0.1578, 4)).toBe('− 0.1578');
    expect(signedTerm(39.94, 4)).toBe('+ 39.94');
  });
});
