import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { pairwiseMean, pairwiseSum } from '../summation';
import { pairwiseBlockSums } from './blockedPairwise';
import { gramStatistics } from './gramStatistics';
import { pairwiseDot } from './pairwiseDot';

describe('pairwiseBlockSums', () => {
  it('gives the same doubles as separate pairwise sums, for lengths across leaf and split boundaries', () => {
    const random = createRandomSource(21);
    const values = Float64Array.from({ length: 3000 }, () => uniform(random, -1, 1) * 10 ** uniform(random, -6, 6));
    for (const count of [0, 5, 8, 127, 128, 129, 136, 1000, 2999]) {
      const [total, squares] = pairwiseBlockSums(count, 2, (start, size, out) => {
        out[0] = pairwiseSum(values, start, size);
        out[1] = pairwiseDot(values, values, start, size);
      });
      expect(total).toBe(pairwiseSum(values, 0, count));
      expect(squares).toBe(pairwiseDot(values, values, 0, count));
    }
  });
});

describe('gramStatistics sums', () => {
  it('are bit for bit the pairwise sums of the centred columns (numpy’s np.sum order)', () => {
    const random = createRandomSource(22);
    const columns = [0, 1, 2].map(() => Float64Array.from({ length: 1037 }, () => 50 + uniform(random, -3, 3)));
    const response = Float64Array.from({ length: 1037 }, () => uniform(random, 0, 9));
    const stats = gramStatistics(columns, response);
    const centred = columns.map((column) => column.map((x) => x - pairwiseMean(column)));
    const centredResponse = response.map((y) => y - pairwiseMean(response));
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) expect(stats.gram[j * 3 + k]).toBe(pairwiseDot(centred[j]!, centred[k]!));
      expect(stats.crossProducts[j]).toBe(pairwiseDot(centred[j]!, centredResponse));
      expect(stats.sumCentredFeatures[j]).toBe(pairwiseSum(centred[j]!));
    }
    expect(stats.responseSpread).toBe(pairwiseDot(centredResponse, centredResponse));
    expect(stats.sumCentredResponse).toBe(pairwiseSum(centredResponse));
  });
});
