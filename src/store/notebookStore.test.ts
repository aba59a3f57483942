import { describe, expect, it } from 'vitest';
import { lineInOriginalUnits } from '../core/scaling';
import type { RegressionProblem } from '../model/regressionProblem';
import { createNotebookStore } from './notebookStore';
import { selectStatusReport } from './statusSelector';

describe('the notebook store', () => {
  it('opens on Advertising, TV → Sales, scaled, at the end of the published run', () => {
    const store = createNotebookStore();
    const state = store.getState();
    expect(state.dataSet.title).toBe('Advertising');
    expect([state.featureName, state.responseName, state.scaling]).toEqual(['TV', 'Sales', true]);
    expect(state.problem!.ols).toEqual({ intercept: 0.21519170068625232, slope: 0.5534088415765329 });
    expect(state.currentEpoch).toBe(1000);
    expect(state.trajectory!.intercepts.at(1000)).toBe(0.21519198226718594);
    expect(state.trajectory!.slopes.at(1000)).toBe(0.5534083104180343);
    expect(selectStatusReport(state).status).toBe('converged');
  });
  it('does not offer the unnamed row-number column as a column to fit', () => {
    const { dataSet } = createNotebookStore().getState();
    expect(dataSet.columns.filter((column) => column.isIndex).map((column) => column.name)).toEqual(['']);
  });
  it('steps, resets and runs to the end', () => {
    const store = createNotebookStore();
    store.getState().reset();
    expect(store.getState().currentEpoch).toBe(0);
    store.getState().step();
    store.getState().step();
    store.getState().step();
    expect(store.getState().currentEpoch).toBe(3);
    expect(selectStatusReport(store.getState()).status).toBe('paused');
    store.getState().runToEnd();
    expect(store.getState().currentEpoch).toBe(1000);
  });
  it('recomputes the run when the learning rate changes and explains a divergence', () => {
    const store = createNotebookStore();
    store.getState().setLearningRate(5);
    const state = store.getState();
    expect(selectStatusReport(state).status).toBe('diverged');
    expect(selectStatusReport(state).message).toMatch(/Diverged at epoch \d+/);
    expect(selectStatusReport(state).message).toMatch(/below 0\.792/);
    expect(state.trajectory!.losses.every(Number.isFinite)).toBe(true);
    store.getState().setLearningRate(0.1);
    expect(selectStatusReport(store.getState()).status).toBe('converged');
  });
  it('ignores an invalid learning rate or epoch budget and keeps the previous one', () => {
    const store = createNotebookStore();
    for (const bad of [0, -1, NaN, Infinity]) store.getState().setLearningRate(bad);
    for (const bad of [0, 1.5, -3, 2_000_000]) store.getState().setEpochBudget(bad);
    expect(store.getState().learningRate).toBe(0.1);
    expect(store.getState().epochBudget).toBe(1000);
  });
  it('refits OLS when the feature changes to Radio: ISL Table 3.1 (Sales ≈ 9.312 + 0.2025·Radio) in original units', () => {
    const store = createNotebookStore();
    store.getState().setFeatureName('Radio');
    const ols = originalOls(store.getState().problem!);
    expect(ols.intercept).toBeCloseTo(9.312, 3);
    expect(ols.slope).toBeCloseTo(0.2025, 4);
  });
  it("swaps the columns when one role is given the other's column, never fitting a column against itself", () => {
    const store = createNotebookStore();
    store.getState().setFeatureName('Sales');
    expect([store.getState().featureName, store.getState().responseName]).toEqual(['Sales', 'TV']);
    expect(store.getState().problemError).toBeNull();
    store.getState().setResponseName('Sales');
    expect([store.getState().featureName, store.getState().responseName]).toEqual(['TV', 'Sales']);
  });
  it('plays from the start when at the end, and stops playing at the end', () => {
    const store = createNotebookStore();
    store.getState().play();
    expect(store.getState().currentEpoch).toBe(0);
    expect(selectStatusReport(store.getState()).status).toBe('running');
    store.getState().step(5000);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().currentEpoch).toBe(1000);
  });
  it('keeps a fast path for long runs: 100 000 epochs recomputes', () => {
    const store = createNotebookStore();
    store.getState().setEpochBudget(100_000);
    expect(store.getState().trajectory!.method).toBe('sufficient-statistics');
    expect(store.getState().currentEpoch).toBe(100_000);
  });
});

describe('the starting line', () => {
  it('starts the run from the chosen line and goes back to epoch 0', () => {
    const store = createNotebookStore();
    store.getState().setStart({ intercept: 1, slope: -2 });
    const state = store.getState();
    expect(state.currentEpoch).toBe(0);
    expect([state.trajectory!.intercepts.at(0), state.trajectory!.slopes.at(0)]).toEqual([1, -2]);
    expect(selectStatusReport(state).message).toMatch(/starts at intercept 1, slope −2/);
  });
  it('ignores a non-finite start and resets to zero when the units change', () => {
    const store = createNotebookStore();
    store.getState().setStart({ intercept: NaN, slope: 0 });
    expect(store.getState().start).toEqual({ intercept: 0, slope: 0 });
    store.getState().setStart({ intercept: 0.5, slope: 0.5 });
    store.getState().setScaling(false);
    expect(store.getState().start).toEqual({ intercept: 0, slope: 0 });
  });
});

/** The least-squares line in the data's own units. */
function originalOls(problem: RegressionProblem) {
  return lineInOriginalUnits(problem.ols, problem.featureScaler, problem.responseScaler);
}
