import { describe, expect, it } from 'vitest';
import { fitLeastSquaresLine } from './leastSquares';
import { generateSyntheticLine, MAX_SYNTHETIC_POINTS, type SyntheticLineSettings } from './syntheticData';

const settings: SyntheticLineSettings = {
  slope: 2,
  intercept: -1,
  noise: 0.5,
  xMin: 0,
  xMax: 10,
  trainingCount: 200,
  testCount: 50,
  seed: 42,
};

function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]! / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}

describe('generateSyntheticLine', () => {
  it('gives the same points for the same seed and different points for another', () => {
    const first = generateSyntheticLine(settings);
    expect(generateSyntheticLine(settings)).toEqual(first);
    expect(generateSyntheticLine({ ...settings, seed: 43 }).training.x).not.toEqual(first.training.x);
  });
  it('makes the requested number of training and test points, with x inside [xMin, xMax)', () => {
    const { training, test } = generateSyntheticLine(settings);
    expect([training.x.length, training.y.length, test.x.length, test.y.length]).toEqual([200, 200, 50, 50]);
    for (const x of [...training.x, ...test.x]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(10);
    }
  });
  it('puts every point on the line when the noise is 0', () => {
    const { training } = generateSyntheticLine({ ...settings, noise: 0 });
    for (const [i, x] of training.x.entries()) expect(training.y[i]).toBe(2 * x - 1);
  });
  it('scatters y around the line with the requested standard deviation', () => {
    const { training } = generateSyntheticLine({ ...settings, noise: 3, trainingCount: 100_000 });
    const residuals = training.y.map((y, i) => y - (2 * training.x[i]! - 1));
    expect(standardDeviation(residuals)).toBeCloseTo(3, 1);
    const line = fitLeastSquaresLine(training.x, training.y);
    expect(line.slope).toBeCloseTo(2, 1);
    expect(line.intercept).toBeCloseTo(-1, 0);
  });
  it('keeps the x values and the shape of the scatter when only the noise changes', () => {
    const quiet = generateSyntheticLine({ ...settings, noise: 1 });
    const loud = generateSyntheticLine({ ...settings, noise: 4 });
    expect(loud.training.x).toEqual(quiet.training.x);
    const line = (x: number) => 2 * x - 1;
    quiet.training.x.forEach((x, i) => {
      expect(loud.training.y[i]! - line(x)).toBeCloseTo(4 * (quiet.training.y[i]! - line(x)), 10);
    });
  });
  it('keeps the test set when only the number of training points changes', () => {
    expect(generateSyntheticLine({ ...settings, trainingCount: 500 }).test).toEqual(
      generateSyntheticLine(settings).test,
    );
  });
  it('rejects unusable settings with a sentence naming the setting', () => {
    const cases: [Partial<SyntheticLineSettings>, RegExp][] = [
      [{ trainingCount: 1 }, /number of training points must be a whole number from 2/],
      [{ testCount: 2.5 }, /number of test points must be a whole number/],
      [{ trainingCount: MAX_SYNTHETIC_POINTS + 1 }, /1,000,000/],
      [{ xMin: 5, xMax: 5 }, /largest x \(5\) must be greater than the smallest x \(5\)/],
      [{ xMin: -1e308, xMax: 1e308 }, /too wide/],
      [{ noise: -1 }, /cannot be negative/],
      [{ slope: NaN }, /slope must be a finite number; it is NaN/],
      [{ xMax: Infinity }, /largest x must be a finite number/],
      [{ seed: 1.5 }, /seed must be a whole number/],
    ];
    for (const [change, message] of cases) {
      expect(() => generateSyntheticLine({ ...settings, ...change })).toThrow(message);
      expect(() => generateSyntheticLine({ ...settings, ...change })).toThrow(
        expect.objectContaining({ name: 'DataError' }),
      );
    }
  });
});
