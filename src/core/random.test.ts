import { describe, expect, it } from 'vitest';
import { createRandomSource, shuffledIndices, standardNormal } from './random';

describe('createRandomSource', () => {
  it('produces the reference Mulberry32 sequence for seed 42', () => {
    const random = createRandomSource(42);
    expect(random.next()).toBe(0.6011037519201636);
  });
  it('repeats itself for the same seed and differs for another', () => {
    const a = createRandomSource(7),
      b = createRandomSource(7),
      c = createRandomSource(8);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });
});

describe('standardNormal', () => {
  it('has mean ≈ 0 and variance ≈ 1 over 100 000 draws', () => {
    const random = createRandomSource(1);
    let sum = 0,
      sumSquares = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const z = standardNormal(random);
      sum += z;
      sumSquares += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.02);
  });
});

describe('shuffledIndices', () => {
  it('is a permutation of 0 … n−1', () => {
    const order = Array.from(shuffledIndices(50, createRandomSource(3)));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(order).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
