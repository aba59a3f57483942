import { describe, expect, it } from 'vitest';
import { importCsvText } from '../adapters/csv';
import { trainTestSplit } from '../core/split/trainTestSplit';
import { readAdvertisingColumns } from '../core/testing/advertising';
import { runPython } from '../core/testing/python';
import { dataSetFromTable } from '../model/dataSet';
import { descentCoefficients, fitErrors, leastSquaresCoefficients } from '../model/evaluation/fitErrors';
import { createNotebookStore } from './notebookStore';

const splitRows = (rows: number, fraction: number, seed: number) => {
  const { trainingRows, testRows } = trainTestSplit(rows, fraction, seed);
  return { train: Array.from(trainingRows), test: Array.from(testRows) };
};

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// numpy's answer on the same rows: least squares by lstsq on the training rows (x, x², … unscaled),
// MSE on both parts; and batch gradient descent on the training rows min–max scaled by their own range.
const NUMPY_SPLIT = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y']); train = np.array(d['train']); test = np.array(d['test'])
deg = d['degree']
X = np.column_stack([np.ones(len(x))] + [x**k for k in range(1, deg + 1)])
coef = np.linalg.lstsq(X[train], y[train], rcond=None)[0]
mse = lambda rows, c: float(np.mean((y[rows] - X[rows] @ c) ** 2))
xs, ys = x[train], y[train]
sx, ox = 1 / (xs.max() - xs.min()), -xs.min() / (xs.max() - xs.min())
sy, oy = 1 / (ys.max() - ys.min()), -ys.min() / (ys.max() - ys.min())
u, v = xs * sx + ox, ys * sy + oy
b = w = 0.0
for _ in range(d['epochs']):
    p = w * u + b
    gw = -2 * np.mean(u * (v - p)); gb = -2 * np.mean(v - p)
    w -= d['rate'] * gw; b -= d['rate'] * gb
slope = w * sx / sy; intercept = (b + w * ox - oy) / sy
gd = np.array([intercept, slope])
print(json.dumps({'lsTrain': mse(train, coef), 'lsTest': mse(test, coef), 'gdTrain': mse(train, gd) if deg == 1 else None, 'gdTest': mse(test, gd) if deg == 1 else None}))
`;

describe('holding out rows of any data set', () => {
  it('fits Advertising on the training rows only and gives numpy’s train and test MSE on the same split', () => {
    const store = createNotebookStore();
    store.getState().setTestFraction(0.2);
    store.getState().setSplitSeed(7);
    const state = store.getState();
    expect(state.splitError).toBeNull();
    expect(state.problem!.rowCount).toBe(160);
    expect(state.heldOut!.count).toBe(40);
    // numpy gets the rows of the same seeded split; had the page fitted other rows, its numbers would differ
    const { tv, sales } = readAdvertisingColumns();
    const split = splitRows(200, 0.2, 7);
    const numpy = runPython<{ lsTrain: number; lsTest: number; gdTrain: number; gdTest: number }>(NUMPY_SPLIT, {
      x: tv,
      y: sales,
      ...split,
      degree: 1,
      epochs: state.epochBudget,
      rate: state.learningRate,
    });
    const exact = fitErrors(state.problem!, state.heldOut, leastSquaresCoefficients(state.problem!));
    expect(relative(exact.training.mse, numpy.lsTrain)).toBeLessThan(1e-12);
    expect(relative(exact.test!.mse, numpy.lsTest)).toBeLessThan(1e-12);
    const descent = fitErrors(
      state.problem!,
      state.heldOut,
      descentCoefficients(state.problem!, state.trajectory!, state.currentEpoch),
    );
    expect(relative(descent.training.mse, numpy.gdTrain)).toBeLessThan(1e-10);
    expect(relative(descent.test!.mse, numpy.gdTest)).toBeLessThan(1e-10);
    // the held-out loss along the run ends at the test MSE of the last epoch (working units)
    const curve = state.heldOutCurve!;
    const scale = state.problem!.responseScaler.scale;
    expect(relative(curve.losses[curve.losses.length - 1]! / scale ** 2, descent.test!.mse)).toBeLessThan(1e-9);
  });

  it('keeps the same held-out rows through a new learning rate, while the held-out loss follows the run', () => {
    const store = createNotebookStore();
    store.getState().setTestFraction(0.2);
    const before = store.getState();
    store.getState().setLearningRate(0.01);
    const after = store.getState();
    // the same object: plots of the held-out points and the residuals are not redrawn on a drag
    expect(after.heldOut).toBe(before.heldOut);
    expect(after.trajectory).not.toBe(before.trajectory);
    const last = (curve: typeof after.heldOutCurve) => curve!.losses[curve!.losses.length - 1]!;
    expect(last(after.heldOutCurve)).not.toBe(last(before.heldOutCurve));
    // a new split is new rows
    store.getState().setSplitSeed(7);
    expect(store.getState().heldOut).not.toBe(before.heldOut);
    expect(store.getState().heldOut!.count).toBe(40);
  });

  it('fits a polynomial on the training rows and matches numpy’s lstsq on both parts', () => {
    const store = createNotebookStore();
    store.getState().setTestFraction(0.25);
    store.getState().setPolynomialDegree(3);
    const state = store.getState();
    expect(state.manyProblem!.rowCount).toBe(150);
    const { tv, sales } = readAdvertisingColumns();
    const split = splitRows(200, 0.25, 42);
    const numpy = runPython<{ lsTrain: number; lsTest: number }>(NUMPY_SPLIT, {
      x: tv,
      y: sales,
      ...split,
      degree: 3,
      epochs: 1,
      rate: 0.1,
    });
    const exact = fitErrors(state.manyProblem!, state.heldOut, leastSquaresCoefficients(state.manyProblem!));
    expect(relative(exact.training.mse, numpy.lsTrain)).toBeLessThan(1e-9);
    expect(relative(exact.test!.mse, numpy.lsTest)).toBeLessThan(1e-9);
  });

  it('keeps every row in training on the built-in data, so the published numbers stay exact', () => {
    const state = createNotebookStore().getState();
    expect(state.testFraction).toBe(0);
    expect(state.heldOut).toBeNull();
    expect(state.problem!.ols.intercept).toBe(0.21519170068625232);
  });

  it('starts an upload with a fifth of its rows held out', () => {
    const store = createNotebookStore();
    const text = `x,y\n${Array.from({ length: 20 }, (_, i) => `${i},${2 * i + (i % 3)}`).join('\n')}\n`;
    const imported = importCsvText(text, { name: 'line.csv' });
    if (!imported.ok) throw new Error(imported.problem.message);
    store
      .getState()
      .loadDataSet(dataSetFromTable(imported.table, { kind: 'file', fileName: 'line.csv' }, 'line', 'a file'));
    expect(store.getState().testFraction).toBe(0.2);
    expect(store.getState().problem!.rowCount).toBe(16);
    expect(store.getState().heldOut!.count).toBe(4);
  });

  it('refuses a split that leaves fewer training rows than parameters, says why, and keeps the fit', () => {
    const store = createNotebookStore();
    const imported = importCsvText('x,y\n1,2\n2,4\n3,5\n', { name: 'tiny.csv' });
    if (!imported.ok) throw new Error(imported.problem.message);
    store.getState().loadDataSet(dataSetFromTable(imported.table, { kind: 'pasted' }, 'tiny', 'pasted'));
    expect(store.getState().testFraction).toBe(0.2); // 1 of 3 held out leaves 2 rows for 2 parameters
    const before = store.getState().problem;
    store.getState().setTestFraction(0.5);
    expect(store.getState().splitError).toMatch(/leaves 1 training row .* fewer than the 2 parameters/);
    expect(store.getState().problem).toBe(before);
    expect(store.getState().testFraction).toBe(0.2);
  });

  it('refuses a fraction outside 0 to 0.5 and a seed that is not a whole number', () => {
    const store = createNotebookStore();
    store.getState().setTestFraction(0.7);
    expect(store.getState().splitError).toBe('The test fraction must be a number from 0 to 0.5.');
    store.getState().setSplitSeed(1.5);
    expect(store.getState().splitError).toMatch(/^The split seed must be a whole number/);
    expect(store.getState().testFraction).toBe(0);
  });

  it('refuses a polynomial degree the training rows cannot determine, with the reason, and keeps the line', () => {
    const store = createNotebookStore();
    const imported = importCsvText('x,y\n1,2\n2,3\n3,5\n4,4\n5,7\n', { name: 'five.csv' });
    if (!imported.ok) throw new Error(imported.problem.message);
    store.getState().loadDataSet(dataSetFromTable(imported.table, { kind: 'pasted' }, 'five', 'pasted'));
    expect(store.getState().problem!.rowCount).toBe(4); // one of five rows held out
    store.getState().setPolynomialDegree(5);
    expect(store.getState().modelChoiceError).toMatch(/6 coefficients to fit .* but only 4 rows/);
    expect(store.getState().polynomialDegree).toBe(1);
  });
});
