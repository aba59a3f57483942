import { describe, expect, it } from 'vitest';
import { texNumber } from './texNumber';

describe('texNumber', () => {
  it('keeps ordinary numbers plain', () => {
    expect(texNumber(0.5534088415765329)).toBe('0.5534');
    expect(texNumber(-7.0326, 3)).toBe('-7.03');
  });
  it('uses powers of ten for tiny and huge values', () => {
    expect(texNumber(0.000025)).toBe('2.5\\times10^{-5}');
    expect(texNumber(123456, 3)).toBe('1.23\\times10^{5}');
  });
  it('never prints NaN', () => {
    expect(texNumber(NaN)).toBe('\\text{—}');
  });
});
