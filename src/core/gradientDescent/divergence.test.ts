import { describe, expect, it } from 'vitest';
import { firstRiseInLoss, isExploding } from './divergence';

describe('isExploding', () => {
  it('flags Infinity and NaN', () => {
    expect(isExploding(Infinity, 1)).toBe(true);
    expect(isExploding(NaN, 1)).toBe(true);
  });
  it('flags a loss a million times the start, not one a thousand times', () => {
    expect(isExploding(2e6, 1)).toBe(true);
    expect(isExploding(1e3, 1)).toBe(false);
  });
  it('treats any positive loss as a rise from a perfect start', () => {
    expect(isExploding(1e-300, 0)).toBe(true);
    expect(isExploding(0, 0)).toBe(false);
  });
});

describe('firstRiseInLoss', () => {
  it('finds the first real rise', () => {
    expect(firstRiseInLoss([5, 4, 3, 3.5, 2])).toBe(3);
  });
  it('ignores rounding jitter at the minimum', () => {
    expect(firstRiseInLoss([1, 0.5, 0.25, 0.25 * (1 + 1e-15)])).toBeNull();
  });
});
