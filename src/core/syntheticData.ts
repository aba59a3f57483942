import type { NumericColumn } from './columns';
import { DataError } from './dataError';
import { createRandomSource, type RandomSource, standardNormal, uniform } from './random';

/** The recipe for a synthetic data set scattered around a known line. */
export interface SyntheticLineSettings {
  readonly slope: number;
  readonly intercept: number;
  /** Standard deviation of the Gaussian noise added to each y; 0 puts every point on the line. */
  readonly noise: number;
  /** x is drawn uniformly from [xMin, xMax). */
  readonly xMin: number;
  readonly xMax: number;
  readonly trainingCount: number;
  readonly testCount: number;
  /** Any whole number; the same seed always gives the same points. */
  readonly seed: number;
}

/** Paired x and y columns. */
export interface SyntheticPoints {
  readonly x: NumericColumn;
  readonly y: NumericColumn;
}

/** Points to train on, and separate points to test the fitted line on. */
export interface SyntheticDataSet {
  readonly training: SyntheticPoints;
  readonly test: SyntheticPoints;
}

/** The most points either part of a synthetic data set may have (8 MB a column). */
export const MAX_SYNTHETIC_POINTS = 1_000_000;

// The test points come from a second generator, so the test set stays the same when only the
// number of training points changes. The XOR constant just moves its seed far from the first.
const TEST_STREAM = 0x5bd1e995;

/**
 * Points around the line `y = slope·x + intercept`: each x uniform in [xMin, xMax), each y the
 * line's value plus `noise` times a standard normal draw (Box–Muller). For every point the x
 * is drawn first, then the normal draw, and the draw is made even when `noise` is 0, so changing
 * the noise only stretches the same scatter. Same settings, same points, on every machine.
 * Complexity O(trainingCount + testCount).
 *
 * Throws a DataError when a setting is not a finite number, a count is not a whole number from
 * 2 to {@link MAX_SYNTHETIC_POINTS}, xMax ≤ xMin (or their distance overflows), the noise is
 * negative, or the seed is fractional.
 *
 * @example generateSyntheticLine({ slope: 2, intercept: 1, noise: 0.5, xMin: 0, xMax: 10, trainingCount: 80, testCount: 20, seed: 7 })
 */
export function generateSyntheticLine(settings: SyntheticLineSettings): SyntheticDataSet {
  assertValidSyntheticSettings(settings);
  const trainingRandom = createRandomSource(settings.seed);
  const testRandom = createRandomSource((settings.seed ^ TEST_STREAM) >>> 0);
  return {
    training: scatterAroundLine(settings, settings.trainingCount, trainingRandom),
    test: scatterAroundLine(settings, settings.testCount, testRandom),
  };
}

function scatterAroundLine(settings: SyntheticLineSettings, count: number, random: RandomSource): SyntheticPoints {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = uniform(random, settings.xMin, settings.xMax);
    y[i] = settings.slope * x[i]! + settings.intercept + settings.noise * standardNormal(random);
  }
  return { x, y };
}

/**
 * Throws a DataError saying which setting of a recipe the generator cannot use (see
 * {@link generateSyntheticLine}); returns quietly when every setting is valid. Complexity O(1).
 */
export function assertValidSyntheticSettings(settings: SyntheticLineSettings): void {
  const names: Record<keyof SyntheticLineSettings, string> = {
    slope: 'The slope',
    intercept: 'The intercept',
    noise: 'The noise',
    xMin: 'The smallest x',
    xMax: 'The largest x',
    trainingCount: 'The number of training points',
    testCount: 'The number of test points',
    seed: 'The seed',
  };
  for (const key of Object.keys(names) as (keyof SyntheticLineSettings)[]) {
    if (!Number.isFinite(settings[key]))
      throw new DataError(`${names[key]} must be a finite number; it is ${String(settings[key])}.`);
  }
  for (const key of ['trainingCount', 'testCount'] as const) {
    const count = settings[key];
    if (!Number.isInteger(count) || count < 2 || count > MAX_SYNTHETIC_POINTS) {
      throw new DataError(
        `${names[key]} must be a whole number from 2 to ${MAX_SYNTHETIC_POINTS.toLocaleString('en')}; it is ${count}.`,
      );
    }
  }
  if (!(settings.xMax > settings.xMin)) {
    throw new DataError(`The largest x (${settings.xMax}) must be greater than the smallest x (${settings.xMin}).`);
  }
  if (!Number.isFinite(settings.xMax - settings.xMin)) {
    throw new DataError('The range of x is too wide: its width is beyond the largest double-precision number.');
  }
  if (settings.noise < 0)
    throw new DataError(`The noise is a standard deviation, so it cannot be negative; it is ${settings.noise}.`);
  if (!Number.isInteger(settings.seed)) throw new DataError(`The seed must be a whole number; it is ${settings.seed}.`);
}
