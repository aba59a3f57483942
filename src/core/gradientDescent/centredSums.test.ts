import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../random';
import { pairwiseShiftedSum, pairwiseSum, pairwiseSumOf, pairwiseSumOfBlocks } from '../summation';
import { CentredTerm, centredPairwiseSum } from './centredSums';

describe('centredPairwiseSum', () => {
  it('gives exactly the double pairwiseSumOf gives for the same term, for every kind and length', () => {
    const source = createRandomSource(20261128);
    const random = () => source.next();
    for (const count of [1, 7, 8, 9, 128, 129, 1000, 4097]) {
      for (const offset of [0, 1e9]) {
        const feature = Float64Array.from({ length: count }, () => offset + 300 * random());
        const response = feature.map((x) => 7 + 0.05 * x + 3 * random());
        const columns = {
          feature,
          featureShift: offset,
          featureMean: 150.25,
          response,
          responseShift: 0,
          responseMean: 12.5,
        };
        const dx = (i: number) => feature[i]! - columns.featureShift - columns.featureMean;
        const dy = (i: number) => response[i]! - columns.responseShift - columns.responseMean;
        const slope = 0.0498;
        const expected = [
          pairwiseSumOf(count, dx),
          pairwiseSumOf(count, dy),
          pairwiseSumOf(count, (i) => dx(i) * dx(i)),
          pairwiseSumOf(count, (i) => dx(i) * dy(i)),
          pairwiseSumOf(count, (i) => dy(i) * dy(i)),
          pairwiseSumOf(count, (i) => (dy(i) - slope * dx(i)) ** 2),
        ];
        const kinds = [
          CentredTerm.Feature,
          CentredTerm.Response,
          CentredTerm.FeatureSquare,
          CentredTerm.Product,
          CentredTerm.ResponseSquare,
          CentredTerm.ResidualSquare,
        ];
        expect(kinds.map((kind) => centredPairwiseSum(columns, kind, slope))).toEqual(expected);
      }
    }
  });

  it('sums a hand-checkable case: x = 1, 2, 3 about 2 and y = 2, 4, 7 about 4', () => {
    const columns = {
      feature: [1, 2, 3],
      featureShift: 0,
      featureMean: 2,
      response: [2, 4, 7],
      responseShift: 0,
      responseMean: 4,
    };
    // dx = −1, 0, 1 and dy = −2, 0, 3; dy − 2.5·dx = 0.5, 0, 0.5
    expect(centredPairwiseSum(columns, CentredTerm.Product)).toBe(5);
    expect(centredPairwiseSum(columns, CentredTerm.ResidualSquare, 2.5)).toBe(0.5);
    expect(centredPairwiseSum(columns, CentredTerm.ResponseSquare)).toBe(13);
  });
});

describe('pairwiseSum', () => {
  it('gives exactly the double pairwiseSumOf gives, for a range of any start and length', () => {
    const source = createRandomSource(7);
    const random = () => source.next();
    const values = Float64Array.from({ length: 5000 }, () => random() * 1e3 - 400);
    for (const [start, count] of [
      [0, 5000],
      [3, 129],
      [17, 4000],
      [4990, 10],
      [1, 0],
    ] as const) {
      expect(pairwiseSum(values, start, count)).toBe(pairwiseSumOf(count, (i) => values[start + i]!));
    }
  });
});

describe('pairwiseShiftedSum', () => {
  it('gives exactly the double pairwiseSumOf gives for value − shift', () => {
    const source = createRandomSource(11);
    for (const count of [0, 5, 128, 129, 3001]) {
      for (const shift of [0, 1e12, -3.5]) {
        const values = Float64Array.from({ length: count }, () => shift + source.next() * 10);
        expect(pairwiseShiftedSum(values, shift)).toBe(pairwiseSumOf(count, (i) => values[i]! - shift));
      }
    }
  });
});

describe('pairwiseSumOfBlocks', () => {
  it('gives exactly the double pairwiseSumOf gives for the same terms', () => {
    const source = createRandomSource(5);
    for (const count of [0, 3, 128, 129, 2000, 70_001]) {
      const values = Float64Array.from({ length: count }, () => source.next() * 100 - 30);
      const squares = (start: number, size: number, out: Float64Array) => {
        for (let k = 0; k < size; k++) out[k] = values[start + k]! ** 2;
      };
      expect(pairwiseSumOfBlocks(count, squares)).toBe(pairwiseSumOf(count, (i) => values[i]! ** 2));
    }
  });
});
