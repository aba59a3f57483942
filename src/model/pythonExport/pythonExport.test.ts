import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCsvText } from '../../adapters/csv';
import { lineAtEpoch, runGradientDescent } from '../../core/gradientDescent/trajectory';
import { lineInOriginalUnits } from '../../core/scaling';
import { loadSecondLesson } from '../../store/loadData';
import type { NotebookState } from '../../store/notebookState';
import { createNotebookStore, useNotebook } from '../../store/notebookStore';
import { pythonExportOf } from '../../store/pythonExportOf';
import { dataSetFromTable } from '../dataSet';
import { buildPythonExport } from './exportFiles';
import { assertPythonTools, type PrintedValues, runNotebook, runScript } from './testing/runExport';

// The exported code is run for real (Debian's python3 with numpy, and jupyter nbconvert), and
// every number it prints must be the very double the page shows for the same state.

/** The numbers the results table shows for a state, under the names the export prints. */
function pageValues(state: NotebookState): Record<string, number> {
  const { problem, trajectory } = state;
  if (!problem || !trajectory) throw new Error('no run on screen');
  const epoch = Math.min(state.currentEpoch, trajectory.lastEpoch);
  const descent = lineAtEpoch(trajectory, epoch);
  const values: Record<string, number> = {
    ols_intercept: problem.ols.intercept,
    ols_slope: problem.ols.slope,
    mse_at_ols: problem.olsLoss,
    gd_epoch: epoch,
    gd_intercept: descent.intercept,
    gd_slope: descent.slope,
    mse_at_gd: trajectory.losses[epoch]!,
  };
  if (problem.scaled) {
    const original = (line: typeof descent) => lineInOriginalUnits(line, problem.featureScaler, problem.responseScaler);
    values.ols_intercept_original = original(problem.ols).intercept;
    values.ols_slope_original = original(problem.ols).slope;
    values.gd_intercept_original = original(descent).intercept;
    values.gd_slope_original = original(descent).slope;
  }
  return values;
}

function expectSameNumbers(printed: PrintedValues, expected: Record<string, number>): void {
  expect(Object.keys(printed).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected)) expect([name, Number(printed[name])]).toEqual([name, value]);
}

function exportOf(state: NotebookState) {
  const request = pythonExportOf(state);
  if (!request) throw new Error('nothing to export');
  return buildPythonExport(request);
}

/** Runs both the script and the notebook and checks each against the page. */
function checkBoth(state: NotebookState): void {
  const exported = exportOf(state);
  const expected = pageValues(state);
  expectSameNumbers(runScript(exported), expected);
  expectSameNumbers(runNotebook(exported), expected);
}

function storeWithCsv(text: string, fileName: string) {
  const store = createNotebookStore();
  const imported = importCsvText(text, { name: fileName });
  if (!imported.ok) throw new Error(imported.problem.message);
  expect(
    store
      .getState()
      .loadDataSet(dataSetFromTable(imported.table, { kind: 'file', fileName }, fileName, `Your file ${fileName}`)),
  ).toBe(true);
  return store;
}

describe('the exported notebook and script, run by Python', () => {
  beforeAll(() => assertPythonTools(), 60_000);

  it("print the default lesson's numbers exactly (the published least-squares and descent doubles)", () => {
    const state = createNotebookStore().getState();
    expect(pageValues(state).gd_intercept).toBe(0.21519198226718594);
    checkBoth(state);
  }, 120_000);

  it('print the classic exercise exactly, both as the page first computes it (sums) and after its exact rerun (row by row)', () => {
    loadSecondLesson(42);
    const fast = useNotebook.getState();
    expect(fast.trajectory?.method).toBe('sufficient-statistics');
    expectSameNumbers(runScript(exportOf(fast)), pageValues(fast));
    // what exactRefinement swaps in once the settings rest: the textbook loop, the published result
    const problem = fast.problem!;
    const exact = runGradientDescent({
      feature: problem.feature,
      response: problem.response,
      learningRate: fast.learningRate,
      epochs: fast.epochBudget,
      method: 'per-point',
    });
    useNotebook.setState({ trajectory: { ...exact, stop: { reason: 'budget', epoch: exact.lastEpoch } } });
    const refined = useNotebook.getState();
    expect(pageValues(refined).gd_slope).toBe(0.5008287639956263);
    expect(pageValues(refined).gd_intercept).toBe(1.8339723159878247);
    checkBoth(refined);
  }, 240_000);

  it("print an uploaded file's numbers exactly (semicolons, decimal commas), with scaling off and the epoch scrubbed back", () => {
    const store = storeWithCsv(
      readFileSync('tests/fixtures/csv/semicolon-decimal-comma.csv', 'utf8'),
      'semicolon-decimal-comma.csv',
    );
    store.getState().setScaling(false);
    store.getState().setLearningRate(0.01);
    store.getState().goToEpoch(357);
    checkBoth(store.getState());
  }, 120_000);

  it("replay stochastic descent with the page's seed: the same shuffles, the same doubles", () => {
    const store = createNotebookStore();
    store.getState().setFlavourKind('stochastic');
    store.getState().setShuffleSeed(7);
    store.getState().setEpochBudget(200);
    checkBoth(store.getState());
  }, 120_000);

  it('replay mini-batch Adam, batch momentum with a tolerance, and a start away from zero', () => {
    const store = createNotebookStore();
    store.getState().setStart({ intercept: 0.9, slope: -0.4 });
    store.getState().setFlavourKind('mini-batch');
    store.getState().setBatchSize(16);
    store.getState().setShuffleSeed(123456);
    store.getState().setOptimiserKind('adam');
    store.getState().setLearningRate(0.01);
    store.getState().setEpochBudget(300);
    store.getState().runToEnd();
    expectSameNumbers(runScript(exportOf(store.getState())), pageValues(store.getState()));
    store.getState().setFlavourKind('batch');
    store.getState().setOptimiserKind('momentum');
    store.getState().setLearningRate(0.5);
    store.getState().setEpochBudget(3000);
    store.getState().setStopOnTolerance(true);
    store.getState().setTolerance(1e-9);
    store.getState().runToEnd();
    expect(store.getState().trajectory?.stop.reason).toBe('tolerance');
    expectSameNumbers(runScript(exportOf(store.getState())), pageValues(store.getState()));
  }, 120_000);

  it('keep hostile column names as plain strings: the code runs, prints the right numbers and executes nothing', () => {
    const store = storeWithCsv(readFileSync('tests/fixtures/export/hostile-names.csv', 'utf8'), 'hostile-names.csv');
    const state = store.getState();
    expect(state.featureName).toContain('"best"');
    const exported = exportOf(state);
    expect(exported.script.text).not.toContain('print("pwned")');
    const printed = runScript(exported);
    expect(Object.keys(printed)).not.toContain('pwned');
    expectSameNumbers(printed, pageValues(state));
    expectSameNumbers(runNotebook(exported), pageValues(state));
  }, 120_000);

  it('runs a diverged run to its last finite epoch, as the page does', () => {
    const store = createNotebookStore();
    store.getState().setLearningRate(2);
    expect(store.getState().trajectory?.divergence).not.toBeNull();
    expectSameNumbers(runScript(exportOf(store.getState())), pageValues(store.getState()));
  }, 120_000);

  const generatedCsv = (rows: number) => {
    const lines = ['x,y'];
    for (let i = 0; i < rows; i++) lines.push(`${(i * 0.7316) % 97.3},${((i * 0.1234) % 11) + (i % 7) * 0.25}`);
    return `${lines.join('\n')}\n`;
  };

  it("adds more than 8192 values as the page does (numpy's np.sum alone would not)", () => {
    const store = storeWithCsv(generatedCsv(20_000), 'medium.csv');
    store.getState().setEpochBudget(50);
    expect(store.getState().trajectory?.method).toBe('per-point');
    expectSameNumbers(runScript(exportOf(store.getState())), pageValues(store.getState()));
  }, 120_000);

  it('writes data over 5 MB to a CSV beside the notebook, which the script and the notebook read back', () => {
    const store = storeWithCsv(generatedCsv(320_000), 'large.csv');
    store.getState().setEpochBudget(50);
    const state = store.getState();
    const exported = exportOf(state);
    expect(exported.dataFile?.name).toBe('downhill-data.csv');
    expect(exported.dataFileBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(exported.notebook.text.length).toBeLessThan(100_000);
    checkBoth(state);
  }, 240_000);
});
