import { describe, expect, it } from 'vitest';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import { useNotebook } from './notebookStore';

const settings = { slope: 2, intercept: 1, noise: 0.5, xMin: 0, xMax: 10, trainingCount: 50, testCount: 20, seed: 3 };

describe('loading data into the notebook', () => {
  it('generates the same synthetic data for the same seed, with a separate test set', () => {
    loadSynthetic(settings);
    const first = useNotebook.getState().problem!.ols;
    expect(useNotebook.getState().dataSet.testSet!.feature).toHaveLength(20);
    loadSynthetic({ ...settings, seed: 4 });
    expect(useNotebook.getState().problem!.ols).not.toEqual(first);
    loadSynthetic(settings);
    expect(useNotebook.getState().problem!.ols).toEqual(first);
  });
  it('refuses impossible synthetic settings and keeps the data on screen', () => {
    loadSynthetic(settings);
    const before = useNotebook.getState().dataSet;
    loadSynthetic({ ...settings, trainingCount: 1 });
    expect(useNotebook.getState().dataSet).toBe(before);
    expect(useNotebook.getState().dataError).toMatch(/No data was generated/);
  });
  it("sets up the second lesson and lands on its published result (within the sufficient-statistics path's 2e−15)", () => {
    loadSecondLesson(42);
    const state = useNotebook.getState();
    expect([state.scaling, state.learningRate, state.epochBudget, state.currentEpoch]).toEqual([
      false,
      0.000025,
      200_000,
      200_000,
    ]);
    const slope = state.trajectory!.slopes[200_000]!;
    const intercept = state.trajectory!.intercepts[200_000]!;
    expect(Math.abs(slope / 0.5008287639956263 - 1)).toBeLessThan(2e-15);
    expect(Math.abs(intercept / 1.8339723159878247 - 1)).toBeLessThan(2e-15);
  });
  it('loads a built-in set with its default columns and its rows left out where values are missing', async () => {
    await loadBuiltIn('auto-mpg');
    const state = useNotebook.getState();
    expect([state.featureName, state.responseName]).toEqual(['Horsepower', 'Miles_per_Gallon']);
    expect(state.problem!.feature).toHaveLength(392);
    expect(state.problem!.leftOutRowCount).toBe(14);
  });
});
