import { describe, expect, it } from 'vitest';
import { firstSettledEpoch, hasLossSettled } from './toleranceStop';

describe('hasLossSettled', () => {
  it('compares the change with tolerance × the previous loss, falls and rises alike', () => {
    expect(hasLossSettled(1, 0.9999995, 1e-6)).toBe(true);
    expect(hasLossSettled(1, 1.0000005, 1e-6)).toBe(true);
    expect(hasLossSettled(1, 0.999998, 1e-6)).toBe(false);
    expect(hasLossSettled(1e-20, 0.9999995e-20, 1e-6)).toBe(true); // scale-free
  });
  it('treats the boundary as settled', () => {
    expect(hasLossSettled(4, 3, 0.25)).toBe(true);
  });
  it('at a perfect fit counts only an unchanged loss', () => {
    expect(hasLossSettled(0, 0, 1e-6)).toBe(true);
    expect(hasLossSettled(0, 1e-300, 1e-6)).toBe(false);
  });
});

describe('firstSettledEpoch', () => {
  it('finds the first epoch k with a small change from k − 1', () => {
    expect(firstSettledEpoch([8, 4, 2, 1.9, 1.89], 0.06)).toBe(3);
    expect(firstSettledEpoch([8, 4, 2], 0.06)).toBeNull();
  });
  it('searches only up to the last epoch given', () => {
    expect(firstSettledEpoch([8, 4, 2, 1.9], 0.06, 2)).toBeNull();
  });
});
