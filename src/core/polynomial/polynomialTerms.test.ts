import { describe, expect, it } from 'vitest';
import { EXACT_SHIFT, exactDouble } from '../testing/exactDouble';
import { polynomialTerms, powerName } from './polynomialTerms';

describe('polynomialTerms', () => {
  it('names the powers <column>^<k> and keeps the column itself as the first', () => {
    const x = { name: 'TV', values: Float64Array.of(1, 2) };
    const terms = polynomialTerms(x, 3);
    expect(terms.map((term) => term.name)).toEqual(['TV', 'TV^2', 'TV^3']);
    expect(terms[0]).toBe(x);
    expect(powerName('x', 10)).toBe('x^10');
  });
  it('computes each power exactly as a double-double (x¹⁰ of a 10-digit decimal, checked with BigInt)', () => {
    const x = -6.860120914; // a Filip value: its 10th power has more bits than a double holds
    const [, , , , , , , , , tenth] = polynomialTerms({ name: 'x', values: Float64Array.of(x) }, 10);
    const exactTenth = exactDouble(x) ** 10n;
    const ours = (exactDouble(tenth!.values[0]!) + exactDouble(tenth!.residue![0]!)) * (1n << (9n * EXACT_SHIFT));
    // relative error below 1e−28: |ours − exact| · 1e28 < |exact|
    const difference = ours - exactTenth;
    expect(
      (difference < 0n ? -difference : difference) * 10n ** 28n < (exactTenth < 0n ? -exactTenth : exactTenth),
    ).toBe(true);
    expect(Math.abs(tenth!.values[0]! - x ** 10)).toBeLessThanOrEqual(Math.abs(x ** 10) * 2 ** -52);
  });
  it('refuses degrees outside 1–10 and fractional ones', () => {
    const x = { name: 'x', values: Float64Array.of(1) };
    expect(() => polynomialTerms(x, 0)).toThrow(/from 1 to 10/);
    expect(() => polynomialTerms(x, 11)).toThrow(RangeError);
    expect(() => polynomialTerms(x, 2.5)).toThrow(RangeError);
  });
});
