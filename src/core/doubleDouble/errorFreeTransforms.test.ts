import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { exactDouble as exact, EXACT_SHIFT as SHIFT } from '../testing/exactDouble';
import { addDoubleDouble, multiplyDoubleDouble, quickTwoSum, twoProduct, twoSum } from './errorFreeTransforms';

function randomDouble(random: ReturnType<typeof createRandomSource>): number {
  return uniform(random, -1, 1) * 10 ** Math.floor(uniform(random, -30, 30));
}

describe('error-free transformations (checked exactly with BigInt rationals)', () => {
  const random = createRandomSource(8);
  const pairs = Array.from({ length: 2000 }, () => [randomDouble(random), randomDouble(random)] as const);
  const out = new Float64Array(2);

  it('TwoSum: hi + lo equals a + b exactly, hi = fl(a + b)', { timeout: 60_000 }, () => {
    for (const [a, b] of pairs) {
      twoSum(a, b, out);
      expect(out[0]).toBe(a + b);
      expect(exact(out[0]!) + exact(out[1]!)).toBe(exact(a) + exact(b));
    }
  });
  it('QuickTwoSum agrees with TwoSum when |a| ≥ |b|', () => {
    for (const [a, b] of pairs) {
      const [big, small] = Math.abs(a) >= Math.abs(b) ? [a, b] : [b, a];
      quickTwoSum(big, small, out);
      expect(exact(out[0]!) + exact(out[1]!)).toBe(exact(a) + exact(b));
    }
  });
  it('TwoProduct (Dekker splitting): hi + lo equals a·b exactly', { timeout: 60_000 }, () => {
    for (const [a, b] of pairs) {
      twoProduct(a, b, out);
      expect(out[0]).toBe(a * b);
      expect((exact(out[0]!) + exact(out[1]!)) * (1n << SHIFT)).toBe(exact(a) * exact(b));
    }
  });
  it('double-double addition and multiplication are good to 2⁻¹⁰⁴ relative, even when the sum cancels', {
    timeout: 60_000,
  }, () => {
    for (const [a, b] of pairs) {
      twoProduct(a, 1 / 3, out);
      const [aHi, aLo] = [out[0]!, out[1]!];
      twoProduct(-a, 1 / 3, out);
      const [bHi, bLo] = [out[0]! * (1 + 2 ** -40), out[1]!];
      addDoubleDouble(aHi, aLo, bHi, bLo, out);
      const sum = exact(aHi) + exact(aLo) + exact(bHi) + exact(bLo);
      const error = exact(out[0]!) + exact(out[1]!) - sum;
      expect(Math.abs(Number(error)) <= Math.abs(Number(sum)) * 2 ** -100).toBe(true);
      multiplyDoubleDouble(aHi, aLo, b, 0, out);
      const product = (exact(aHi) + exact(aLo)) * exact(b);
      const productError = (exact(out[0]!) + exact(out[1]!)) * (1n << SHIFT) - product;
      expect(Math.abs(Number(productError)) <= Math.abs(Number(product)) * 2 ** -100).toBe(true);
    }
  });
});
