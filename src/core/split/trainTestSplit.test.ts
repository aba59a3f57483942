import { describe, expect, it } from 'vitest';
import { heldOutCount, trainTestSplit } from './trainTestSplit';

describe('trainTestSplit', () => {
  it('gives the same split for the same seed and a different one for another seed', () => {
    const first = trainTestSplit(200, 0.2, 7);
    const again = trainTestSplit(200, 0.2, 7);
    const other = trainTestSplit(200, 0.2, 8);
    expect(Array.from(again.testRows)).toEqual(Array.from(first.testRows));
    expect(Array.from(other.testRows)).not.toEqual(Array.from(first.testRows));
  });

  it('holds out the ceiling of fraction times rows, as scikit-learn counts test_size', () => {
    // sklearn: n_test = ceil(test_size * n_samples)
    expect(trainTestSplit(200, 0.2, 1).testRows.length).toBe(40);
    expect(trainTestSplit(10, 0.25, 1).testRows.length).toBe(3);
    expect(trainTestSplit(7, 0.5, 1).testRows.length).toBe(4);
    expect(heldOutCount(3, 0.1)).toBe(1);
    expect(heldOutCount(1000, 0.3)).toBe(300);
  });

  it('puts every row in exactly one part, each part sorted', () => {
    for (const [rows, fraction] of [
      [1, 0.5],
      [2, 0.5],
      [101, 0.33],
      [5000, 0.05],
    ] as const) {
      const { trainingRows, testRows } = trainTestSplit(rows, fraction, 20_260);
      const all = [...trainingRows, ...testRows].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: rows }, (_, i) => i));
      for (const part of [trainingRows, testRows])
        for (let i = 1; i < part.length; i++) expect(part[i]!).toBeGreaterThan(part[i - 1]!);
    }
  });

  it('holds nothing out at a fraction of 0 and keeps every row in order', () => {
    const { trainingRows, testRows } = trainTestSplit(5, 0, 3);
    expect(Array.from(trainingRows)).toEqual([0, 1, 2, 3, 4]);
    expect(testRows.length).toBe(0);
  });

  it('refuses fractions outside 0 to 1 and row counts that are not whole', () => {
    expect(() => trainTestSplit(10, -0.1, 1)).toThrow(RangeError);
    expect(() => trainTestSplit(10, Number.NaN, 1)).toThrow(RangeError);
    expect(() => trainTestSplit(2.5, 0.2, 1)).toThrow(RangeError);
  });
});
