import { describe, expect, it } from 'vitest';
import { sufficientStatistics } from './gradientDescent/sufficientStatistics';
import { hessianEigenDecomposition } from './hessianEigen';
import { applyScaler, fitMinMaxScaler } from './scaling';
import { readAdvertisingColumns } from './testing/advertising';

const { tv } = readAdvertisingColumns();
const scaledTv = applyScaler(fitMinMaxScaler(tv), tv);

function decompose(feature: ArrayLike<number>) {
  return hessianEigenDecomposition(
    sufficientStatistics(
      feature,
      Array.from(feature, () => 0),
    ),
  );
}
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

// Reference values: H = (2/N)·XᵀX built in exact rational arithmetic from the doubles, its
// characteristic polynomial solved with 60-digit decimals (Python fractions + decimal), then
// rounded to doubles. numpy.linalg.eigh agrees on λmax; for the offset data it loses λmin.
describe('hessianEigenDecomposition', () => {
  it.each([
    [
      'scaled Advertising TV',
      () => scaledTv,
      2.5247207649586465,
      0.13288945795348292,
      [0.8835268304726562, 0.46838055023126457],
    ],
    [
      'unscaled Advertising TV',
      () => tv,
      57912.67733767335,
      0.5065623266551363,
      [0.005078186295979854, 0.9999871059288431],
    ],
    // numpy.linalg.eigh gives λmin = 3.34355e−12 here, wrong in the fourth digit
    [
      'x = 1e6 + (−1, 0, 1, 2.5)',
      () => [1e6 - 1, 1e6, 1e6 + 1, 1e6 + 2.5],
      2000002500006.125,
      3.3437458203074845e-12,
      [9.999993749982188e-7, 0.9999999999995],
    ],
  ] as const)('matches exact eigenvalues and eigenvectors for %s', (_name, feature, largest, smallest, direction) => {
    const { largest: big, smallest: small } = decompose(feature());
    expect(relative(big.value, largest)).toBeLessThan(1e-14);
    expect(relative(small.value, smallest)).toBeLessThan(1e-12);
    expect(relative(big.direction.intercept, direction[0])).toBeLessThan(1e-12);
    expect(relative(big.direction.slope, direction[1])).toBeLessThan(1e-14);
  });
  it('returns orthonormal eigenvectors that H maps onto λ times themselves', () => {
    const feature = scaledTv;
    const n = feature.length;
    const mean = feature.reduce((a, b) => a + b, 0) / n;
    const meanSquare = feature.reduce((a, b) => a + b * b, 0) / n;
    const { largest, smallest } = decompose(feature);
    for (const { value, direction } of [largest, smallest]) {
      const hq = [
        2 * direction.intercept + 2 * mean * direction.slope,
        2 * mean * direction.intercept + 2 * meanSquare * direction.slope,
      ];
      expect(Math.abs(hq[0]! - value * direction.intercept)).toBeLessThan(1e-14);
      expect(Math.abs(hq[1]! - value * direction.slope)).toBeLessThan(1e-14);
      expect(Math.hypot(direction.intercept, direction.slope)).toBeCloseTo(1, 15);
    }
    expect(
      largest.direction.intercept * smallest.direction.intercept + largest.direction.slope * smallest.direction.slope,
    ).toBeCloseTo(0, 15);
  });
  it('is the worked example for x = (0, 1): λ = 1.5 ± √1.25', () => {
    const { largest, smallest } = decompose([0, 1]);
    expect(largest.value).toBeCloseTo(1.5 + Math.sqrt(1.25), 14);
    expect(smallest.value).toBeCloseTo(1.5 - Math.sqrt(1.25), 14);
  });
});
