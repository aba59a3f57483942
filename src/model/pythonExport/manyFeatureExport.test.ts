import { beforeAll, describe, expect, it } from 'vitest';
import { runLinearOptimiser } from '../../core/linearModel/runLinearOptimiser';
import type { NotebookState } from '../../store/notebookState';
import { createNotebookStore } from '../../store/notebookStore';
import { pythonExportOf } from '../../store/pythonExportOf';
import { modelAtEpoch } from '../manyFeatures/modelAtEpoch';
import { modelInOriginalUnits } from '../manyFeatures/modelUnits';
import { buildPythonExport } from './exportFiles';
import { GRAM_AGREEMENT, LEAST_SQUARES_AGREEMENT } from './manyFeatureCells';
import { assertPythonTools, type PrintedValues, runNotebook, runScript } from './testing/runExport';

// The weight-vector export run for real: every number printed must be the page's weights table.
// Descent on the per-row path is compared bit for bit; least squares (numpy's lstsq against the
// page's QR) to LEAST_SQUARES_AGREEMENT of the largest coefficient, as the notebook says.

type Values = Record<string, number>;

/** The weights table's numbers for a state, named as the export prints them, in three groups. */
function pageValues(state: NotebookState): { ols: Values; gd: Values; olsOriginal: Values; gdOriginal: Values } {
  const problem = state.manyProblem;
  const trajectory = state.manyTrajectory;
  if (!problem || !trajectory) throw new Error('no weight-vector run on screen');
  const hasIntercept = !problem.choice.throughOrigin;
  const epoch = Math.min(state.currentEpoch, trajectory.lastEpoch);
  const descent = modelAtEpoch(trajectory, epoch, hasIntercept);
  const named = (prefix: string, model: typeof descent, suffix = '') => {
    const values: Values = hasIntercept ? { [`${prefix}_intercept${suffix}`]: model.intercept } : {};
    model.weights.forEach((weight, j) => {
      values[`${prefix}_weight_${j + 1}${suffix}`] = weight;
    });
    return values;
  };
  const original = (model: typeof descent) => modelInOriginalUnits(model, problem.termScalers, problem.responseScaler);
  return {
    ols: { ...named('ols', problem.olsModel), mse_at_ols: problem.olsLoss },
    gd: { ...named('gd', descent), mse_at_gd: trajectory.losses[epoch]!, gd_epoch: epoch },
    olsOriginal: problem.scaled ? named('ols', problem.leastSquares.model, '_original') : {},
    gdOriginal: problem.scaled ? named('gd', original(descent), '_original') : {},
  };
}

/** Largest gap over a group, relative to the group's largest magnitude. */
function relativeGap(printed: PrintedValues, expected: Values): number {
  const scale = Math.max(...Object.values(expected).map(Math.abs));
  return Math.max(...Object.entries(expected).map(([name, value]) => Math.abs(Number(printed[name]) - value) / scale));
}

function expectExact(printed: PrintedValues, expected: Values): void {
  for (const [name, value] of Object.entries(expected)) expect([name, Number(printed[name])]).toEqual([name, value]);
}

/** Every printed number against the page: descent exactly (or to GRAM_AGREEMENT), least squares to its tolerance. */
function expectPageNumbers(printed: PrintedValues, state: NotebookState): void {
  const page = pageValues(state);
  const all = { ...page.ols, ...page.gd, ...page.olsOriginal, ...page.gdOriginal };
  expect(Object.keys(printed).sort()).toEqual(Object.keys(all).sort());
  const { mse_at_ols: olsLoss, ...olsCoefficients } = page.ols;
  expect(relativeGap(printed, olsCoefficients)).toBeLessThan(LEAST_SQUARES_AGREEMENT);
  expect(relativeGap(printed, { mse_at_ols: olsLoss! })).toBeLessThan(LEAST_SQUARES_AGREEMENT);
  if (state.manyProblem?.scaled) expect(relativeGap(printed, page.olsOriginal)).toBeLessThan(LEAST_SQUARES_AGREEMENT);
  if (state.manyTrajectory?.method === 'per-point') {
    expectExact(printed, page.gd);
    expectExact(printed, page.gdOriginal);
  } else {
    const { gd_epoch: epoch, mse_at_gd: loss, ...weights } = page.gd;
    expect(Number(printed.gd_epoch)).toBe(epoch);
    expect(relativeGap(printed, weights)).toBeLessThan(GRAM_AGREEMENT);
    expect(relativeGap(printed, { mse_at_gd: loss! })).toBeLessThan(GRAM_AGREEMENT);
  }
}

function exportOf(state: NotebookState) {
  const request = pythonExportOf(state);
  if (!request || !('kind' in request)) throw new Error('no weight-vector export');
  return buildPythonExport(request);
}

describe('the weight-vector export, run by Python', () => {
  beforeAll(() => assertPythonTools(), 60_000);

  it("prints Advertising TV + Radio + Newspaper as the page shows it: descent bit for bit (REFERENCE C's intercept), lstsq to 1e-12", () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFeatureChosen('Newspaper', true);
    const state = store.getState();
    const trajectory = state.manyTrajectory!;
    expect(trajectory.method).toBe('per-point');
    // the page's run is the core's run on the working problem
    const core = runLinearOptimiser({ problem: state.manyProblem!.working, learningRate: 0.1, epochs: 1000 });
    expect(trajectory.intercepts[1000]).toBe(core.intercepts[1000]);
    expect(Math.abs(core.intercepts[1000]! / 0.05392310452927566 - 1)).toBeLessThan(1e-12);
    const exported = exportOf(state);
    const printed = runScript(exported);
    expect(Number(printed.gd_intercept)).toBe(core.intercepts[1000]);
    expect(Math.abs(Number(printed.mse_at_gd) / 0.004315407586377058 - 1)).toBeLessThan(1e-12);
    expectPageNumbers(printed, state);
    expectPageNumbers(runNotebook(exported), state);
  }, 180_000);

  it('prints a degree-3 polynomial of TV from the page’s own power columns, which numpy’s x**k would round differently', () => {
    const store = createNotebookStore();
    store.getState().setPolynomialDegree(3);
    const state = store.getState();
    expect(state.manyProblem?.termNames).toEqual(['TV', 'TV^2', 'TV^3']);
    const exported = exportOf(state);
    expect(exported.script.text).toContain('x**{k}: numpy differs');
    expectPageNumbers(runScript(exported), state);
    expectPageNumbers(runNotebook(exported), state);
  }, 180_000);

  it('replays stochastic Adam with a seed, and mini-batch momentum, through the origin without scaling', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFlavourKind('stochastic');
    store.getState().setShuffleSeed(7);
    store.getState().setOptimiserKind('adam');
    store.getState().setLearningRate(0.01);
    store.getState().setEpochBudget(60);
    expectPageNumbers(runScript(exportOf(store.getState())), store.getState());
    store.getState().setThroughOrigin(true);
    store.getState().setScaling(false);
    store.getState().setFlavourKind('mini-batch');
    store.getState().setBatchSize(16);
    store.getState().setOptimiserKind('momentum');
    store.getState().setLearningRate(1e-6);
    store.getState().goToEpoch(37);
    const state = store.getState();
    expect(state.manyProblem?.choice.throughOrigin).toBe(true);
    expectPageNumbers(runScript(exportOf(state)), state);
  }, 180_000);

  it('agrees to 1e-12 with a long batch run the page made from the Gram statistics, as the notebook says', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFeatureChosen('Newspaper', true);
    store.getState().setEpochBudget(10_000);
    const state = store.getState();
    expect(state.manyTrajectory?.method).toBe('gram-statistics');
    const exported = exportOf(state);
    expect(exported.script.text).toContain('Gram statistics');
    expectPageNumbers(runScript(exported), state);
  }, 180_000);
});
