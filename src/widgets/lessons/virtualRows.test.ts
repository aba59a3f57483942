import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRowRange } from './virtualRows';

describe('visibleRowRange', () => {
  it('renders only the rows in view plus a margin, even for 100 001 rows', () => {
    expect(visibleRowRange(0, 280, 28, 100_001)).toEqual({ first: 0, last: 18 });
    expect(visibleRowRange(28 * 50_000, 280, 28, 100_001)).toEqual({ first: 49_992, last: 50_018 });
    expect(visibleRowRange(28 * 100_000, 280, 28, 100_001).last).toBe(100_000);
  });
});

describe('scrollToReveal', () => {
  it('leaves a visible row alone and centres a hidden one', () => {
    expect(scrollToReveal(3, 0, 280, 28)).toBeNull();
    expect(scrollToReveal(500, 0, 280, 28)).toBe(500 * 28 - 140 + 14);
  });
});
