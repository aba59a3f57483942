import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { pairwiseSumOf } from '../summation';
import { pairwiseDot } from './pairwiseDot';

describe('pairwiseDot', () => {
  it('makes exactly the additions of pairwiseSumOf over the products (numpy order), for every length up to 1000', () => {
    const random = createRandomSource(4);
    const a = Float64Array.from({ length: 1000 }, () => uniform(random, -1, 1) * 10 ** uniform(random, -8, 8));
    const b = Float64Array.from({ length: 1000 }, () => uniform(random, -1, 1));
    for (let count = 0; count <= 1000; count += count < 140 ? 1 : 37) {
      expect(pairwiseDot(a, b, 0, count)).toBe(pairwiseSumOf(count, (i) => a[i]! * b[i]!));
      expect(pairwiseDot(a, a, 3, Math.max(0, count - 3))).toBe(
        pairwiseSumOf(Math.max(0, count - 3), (i) => a[i]! * a[i]!, 3),
      );
    }
  });
  it('matches numpy’s np.sum(a*b) on a known case', () => {
    expect(pairwiseDot(Float64Array.of(0.1, 0.2, 0.3), Float64Array.of(1, 1, 1))).toBe(0.6000000000000001);
  });
});
