import { describe, expect, it } from 'vitest';
import { isFarFromZero, shiftedMean, summationShift } from './centring';
import { sufficientStatistics } from './gradientDescent/sufficientStatistics';
import { fitLeastSquaresLine } from './leastSquares';
import { applyScaler, fitMinMaxScaler, lineInOriginalUnits } from './scaling';
import { readAdvertisingColumns } from './testing/advertising';
import { correctDigits, exactLeastSquares } from './testing/exactLeastSquares';

// Data built so that doubles hold it exactly: x near a large offset with steps of one ulp or a
// few, and a response with small, irregular noise. The exact answers come from Python's
// fractions at test time (tests/exact/exact_least_squares.py).
function offsetData(offset: number, step: number, count = 40) {
  const x = Float64Array.from({ length: count }, (_, i) => offset + step * i);
  const y = Float64Array.from({ length: count }, (_, i) => 3 + i / 4 + (((i * 7) % 5) - 2) / 4);
  return { x, y };
}

const cases = [
  ['x near 1e15 in steps of 0.125', offsetData(1e15, 0.125)],
  ['x near −1e15 in steps of 0.125', offsetData(-1e15, 0.125)],
  ['x near 1e8 in steps of 2^−26', offsetData(1e8, 2 ** -26)],
  ['x near 4.5e15 in steps of 0.5', offsetData(4.5e15, 0.5)],
] as const;

describe('sums about a data value', () => {
  it('shift only columns far from zero, so numpy-order sums stay bit for bit elsewhere', () => {
    const { tv, sales } = readAdvertisingColumns();
    expect(summationShift(tv)).toBe(0);
    expect(summationShift(sales)).toBe(0);
    expect(summationShift([1e15, 1e15 + 0.125])).toBe(1e15);
    expect(summationShift([-1e15 - 0.25, -1e15])).toBe(-1e15 - 0.25);
    expect(isFarFromZero(0, 1)).toBe(false);
    expect(isFarFromZero(-5, 5)).toBe(false);
  });

  it('gives the exact mean of values near 1e15 that differ by 0.125 (to the nearest double)', () => {
    const values = [1e15, 1e15 + 0.125, 1e15 + 0.125];
    const { shiftedMean: small, mean } = shiftedMean(values);
    expect(small).toBe(0.25 / 3);
    expect(mean).toBe(1e15 + 0.125); // the nearest double to 1e15 + 1/12
  });

  it.each(cases)('fits %s to at least 14 correct digits of slope and intercept', (_name, { x, y }) => {
    const exact = exactLeastSquares(x, y);
    const line = fitLeastSquaresLine(x, y);
    expect(correctDigits(line.slope, exact.slope)).toBeGreaterThanOrEqual(14);
    expect(correctDigits(line.intercept, exact.intercept)).toBeGreaterThanOrEqual(14);
    const statistics = sufficientStatistics(x, y);
    expect(correctDigits(statistics.bestSlope, exact.slope)).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('scales %s without losing the small differences', (_name, { x, y }) => {
    const exact = exactLeastSquares(x, y);
    const featureScaler = fitMinMaxScaler(x);
    const responseScaler = fitMinMaxScaler(y);
    const scaled = fitLeastSquaresLine(applyScaler(featureScaler, x), applyScaler(responseScaler, y));
    const original = lineInOriginalUnits(scaled, featureScaler, responseScaler);
    expect(correctDigits(original.slope, exact.slope)).toBeGreaterThanOrEqual(13);
  });
});
