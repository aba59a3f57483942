import { describe, expect, it } from 'vitest';
import { lineAtEpoch, runGradientDescent } from './gradientDescent/trajectory';
import { SECOND_LESSON, secondLessonDataSet } from './syntheticPresets';

describe('secondLessonDataSet', () => {
  it('trains on x = 1, 2, …, 300 with y = 0.5x + 2 exactly', () => {
    const { training } = secondLessonDataSet(1);
    expect(Array.from(training.x)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    for (const [i, x] of training.x.entries()) expect(training.y[i]).toBe(0.5 * x + 2);
  });
  it('tests on 50 whole-number x from 1000 to 100 000, on the same line', () => {
    const { test } = secondLessonDataSet(1);
    expect(test.x.length).toBe(SECOND_LESSON.testCount);
    for (const [i, x] of test.x.entries()) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(1000);
      expect(x).toBeLessThanOrEqual(100_000);
      expect(test.y[i]).toBe(0.5 * x + 2);
    }
  });
  it('draws the same test set for the same seed, and another for another seed', () => {
    expect(secondLessonDataSet(9)).toEqual(secondLessonDataSet(9));
    expect(secondLessonDataSet(10).test.x).not.toEqual(secondLessonDataSet(9).test.x);
    expect(secondLessonDataSet(10).training).toEqual(secondLessonDataSet(9).training);
  });
  it('reproduces the published run: 200 000 epochs at learning rate 0.000025 end at w = 0.5008287639956263, b = 1.8339723159878247', () => {
    const { training } = secondLessonDataSet(1);
    const run = runGradientDescent({
      feature: training.x,
      response: training.y,
      learningRate: 0.000025,
      epochs: 200_000,
      method: 'per-point',
    });
    expect(lineAtEpoch(run, 200_000)).toEqual({ slope: 0.5008287639956263, intercept: 1.8339723159878247 });
  });
  it('rejects a fractional seed', () => {
    expect(() => secondLessonDataSet(0.5)).toThrow(/whole number/);
  });
});
