import { describe, expect, it } from 'vitest';
import { pairwiseMean, pairwiseSum } from './summation';

describe('pairwiseSum', () => {
  it('adds short arrays left to right', () => {
    expect(pairwiseSum([0.1, 0.2, 0.3])).toBe(0.6000000000000001); // numpy: np.sum([.1,.2,.3])
  });
  it('matches numpy on 0.1 repeated 10 and 1000 times', () => {
    // numpy 1.26: np.sum(np.full(10, 0.1)) and np.sum(np.full(1000, 0.1))
    expect(pairwiseSum(new Float64Array(10).fill(0.1))).toBe(1.0);
    expect(pairwiseSum(new Float64Array(1000).fill(0.1))).toBe(100.00000000000001);
  });
  it('is far more accurate than a plain loop on a million small values', () => {
    const values = new Float64Array(1_000_000).fill(0.1);
    let plain = 0;
    for (const value of values) plain += value;
    expect(Math.abs(pairwiseSum(values) - 100_000)).toBeLessThan(Math.abs(plain - 100_000) / 100);
  });
  it('sums a sub-range', () => {
    expect(pairwiseSum([1, 2, 3, 4, 5], 1, 3)).toBe(9);
  });
});

describe('pairwiseMean', () => {
  it('divides the pairwise sum by the count', () => {
    expect(pairwiseMean([1, 2, 3, 4])).toBe(2.5);
  });
  it('refuses an empty array', () => {
    expect(() => pairwiseMean([])).toThrow(/at least one value/);
  });
});
