import { describe, expect, it } from 'vitest';
import { lineInOriginalUnits } from '../core/scaling';
import type { RegressionProblem } from '../model/regressionProblem';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import { createNotebookStore } from './notebookStore';

const settings = { slope: 2, intercept: 1, noise: 0.5, xMin: 0, xMax: 10, trainingCount: 50, testCount: 20, seed: 3 };

describe('loading data into the notebook', () => {
  it('generates the same synthetic data for the same seed, with a separate test set', () => {
    const store = createNotebookStore();
    loadSynthetic(settings, {}, store);
    const first = store.getState().problem!.ols;
    expect(store.getState().dataSet.testSet!.feature).toHaveLength(20);
    const firstX = Array.from(store.getState().problem!.rawFeature);
    loadSynthetic({ ...settings, seed: 4 }, {}, store);
    // Another seed draws other points around the same line y = 2x + 1 (noise σ = 0.5, 50 points):
    // no point repeats, and the least-squares slope stays within a few standard errors of 2.
    const otherX = store.getState().problem!.rawFeature;
    expect(firstX.some((x) => otherX.includes(x))).toBe(false);
    expect(Math.abs(originalOls(store.getState().problem!).slope - 2)).toBeLessThan(0.2);
    loadSynthetic(settings, {}, store);
    expect(store.getState().problem!.ols).toEqual(first);
    expect(Array.from(store.getState().problem!.rawFeature)).toEqual(firstX);
  });
  it('refuses impossible synthetic settings and keeps the data on screen', () => {
    const store = createNotebookStore();
    loadSynthetic(settings, {}, store);
    const before = store.getState().dataSet;
    loadSynthetic({ ...settings, trainingCount: 1 }, {}, store);
    expect(store.getState().dataSet).toBe(before);
    expect(store.getState().dataError).toMatch(/No data was generated/);
  });
  it("sets up the second lesson and lands on its published result (within the sufficient-statistics path's 2e−15)", () => {
    const store = createNotebookStore();
    loadSecondLesson(42, {}, store);
    const state = store.getState();
    expect([state.scaling, state.learningRate, state.epochBudget, state.currentEpoch]).toEqual([
      false,
      0.000025,
      200_000,
      200_000,
    ]);
    const slope = state.trajectory!.slopes.at(200_000)!;
    const intercept = state.trajectory!.intercepts.at(200_000)!;
    expect(Math.abs(slope / 0.5008287639956263 - 1)).toBeLessThan(2e-15);
    expect(Math.abs(intercept / 1.8339723159878247 - 1)).toBeLessThan(2e-15);
  });
  it('loads a built-in set with its default columns and its rows left out where values are missing', async () => {
    const store = createNotebookStore();
    await loadBuiltIn('auto-mpg', {}, store);
    const state = store.getState();
    expect([state.featureName, state.responseName]).toEqual(['Horsepower', 'Miles_per_Gallon']);
    expect(state.problem!.feature).toHaveLength(392);
    expect(state.problem!.leftOutRowCount).toBe(14);
  });
});

/** The least-squares line in the data's own units. */
function originalOls(problem: RegressionProblem) {
  return lineInOriginalUnits(problem.ols, problem.featureScaler, problem.responseScaler);
}
