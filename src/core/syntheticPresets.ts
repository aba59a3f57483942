import { DataError } from './dataError';
import { createRandomSource, uniform } from './random';
import type { SyntheticDataSet } from './syntheticData';

/**
 * The set-up of the lesson on unscaled features (REFERENCE.md, section B): the exact line
 * y = 0.5·x + 2 with no noise, trained on x = 1, 2, …, 300 and tested on 50 points whose x is
 * drawn at random from 1000 to 100 000.
 */
export const SECOND_LESSON = Object.freeze({
  slope: 0.5,
  intercept: 2,
  trainingCount: 300,
  testCount: 50,
  testXMin: 1000,
  testXMax: 100_000,
});

/**
 * The second lesson's data. Training x runs evenly over 1…300 (not drawn), so only the test set
 * depends on the seed. Test x values are whole numbers, each equally likely from 1000 to 100 000
 * inclusive, as the source's "1000..100000" reads; every y is exactly `0.5·x + 2`, so the
 * training set is the data of the published run value for value. Complexity O(350).
 * Throws a DataError for a seed that is not a whole number.
 */
export function secondLessonDataSet(seed: number): SyntheticDataSet {
  if (!Number.isInteger(seed)) throw new DataError(`The seed must be a whole number; it is ${seed}.`);
  const { slope, intercept, trainingCount, testCount, testXMin, testXMax } = SECOND_LESSON;
  const trainingX = Float64Array.from({ length: trainingCount }, (_, i) => i + 1);
  const random = createRandomSource(seed);
  const testX = Float64Array.from({ length: testCount }, () => Math.floor(uniform(random, testXMin, testXMax + 1)));
  const onLine = (x: Float64Array) => x.map((value) => slope * value + intercept);
  return {
    training: { x: trainingX, y: onLine(trainingX) },
    test: { x: testX, y: onLine(testX) },
  };
}
