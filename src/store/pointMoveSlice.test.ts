import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../adapters/csv';
import { dataSetFromTable } from '../model/dataSet';
import { usableRowIndices } from '../model/movedPoints';
import { assertPythonTools, PYTHON } from '../model/pythonExport/testing/runExport';
import { snapshotOf } from '../persistence/sessionSnapshot';
import { createNotebookStore } from './notebookStore';
import { dataSetToKeep, selectMovedData } from './pointMoveSlice';
import { pythonExportOf } from './pythonExportOf';

function storeWithCsv(text: string, fileName = 'points.csv') {
  const store = createNotebookStore();
  const imported = importCsvText(text, { name: fileName });
  if (!imported.ok) throw new Error(imported.problem.message);
  const dataSet = dataSetFromTable(imported.table, { kind: 'file', fileName }, fileName, `Your file ${fileName}`);
  // every row in the fit (uploads otherwise start with a fifth held out): these tests move points of the fit
  expect(store.getState().loadDataSet(dataSet, { settings: { testFraction: 0 } })).toBe(true);
  return store;
}

/** Every value of every column, as exact doubles (Object.is tells 0 from −0 and compares NaN). */
const columnsOf = (dataSet: { columns: readonly { name: string; values: Float64Array }[] }) =>
  dataSet.columns.map((column) => [column.name, Array.from(column.values)]);

describe('dragging a data point', () => {
  it('refits least squares and the descent run on the moved data: moving the one stray point onto y = 2x + 1 gives that line exactly', () => {
    const store = storeWithCsv('x,y\n0,1\n1,3\n2,5\n3,0\n');
    store.getState().setScaling(false);
    const before = store.getState().trajectory;
    store.getState().movePoint(3, { x: 3, y: 7 });
    const state = store.getState();
    expect(state.problem!.ols).toEqual({ intercept: 1, slope: 2 });
    expect(state.problem!.olsLoss).toBe(0);
    expect(state.trajectory).not.toBe(before);
    expect(state.trajectory!.slopes.at(state.trajectory!.lastEpoch)).toBeCloseTo(2, 2);
    expect(state.dataSet.title).toBe('points.csv (1 point moved)');
    expect(state.selectedPoint).toBe(3);
  });

  it('gives the least-squares line numpy finds on the same moved Advertising data (scaled), to the last bit', () => {
    assertPythonTools();
    const store = createNotebookStore();
    const { problem } = store.getState();
    const rawX = problem!.rawFeature[17]!;
    store.getState().movePoint(17, { x: rawX, y: 1.5 });
    const csv = resolve(__dirname, '../data/advertising.csv');
    const program = `import numpy as np
data = np.genfromtxt(${JSON.stringify(csv)}, delimiter=",", skip_header=1)
x, y = data[:, 1], data[:, 4].copy()
y[17] = 1.5
def scaled(v):
    scale = 1 / (v.max() - v.min())
    return v * scale + (-v.min() * scale)
x, y = scaled(x), scaled(y)
dx, dy = x - np.mean(x), y - np.mean(y)
slope = np.sum(dx * dy) / np.sum(dx * dx)
print(repr(float(np.mean(y) - slope * np.mean(x))), repr(float(slope)))`;
    const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const [intercept, slope] = run.stdout.trim().split(' ').map(Number);
    expect(store.getState().problem!.ols).toEqual({ intercept, slope });
    expect(store.getState().problem!.ols.slope).not.toBe(problem!.ols.slope);
  }, 60_000);

  it('Reset data puts back the very data set as loaded, bit for bit, and the fit with it', () => {
    const store = storeWithCsv('x,y,label\n0.1,1.7,a\n1.3,-0.0,b\n2.2,5.1,c\n3.9,0.3,d\n4.4,2.2,e\n');
    const original = store.getState().dataSet;
    const originalValues = columnsOf(original);
    const fit = store.getState().problem!.ols;
    store.getState().movePoint(1, { x: 1.2999999999999998, y: 9.75 });
    store.getState().movePoint(4, { x: 0.5, y: -3 });
    store.getState().movePoint(1, { x: 2, y: 2 });
    expect(store.getState().dataSet.title).toBe('points.csv (2 points moved)');
    expect(columnsOf(original)).toEqual(originalValues); // the data as loaded was never touched
    store.getState().resetData();
    const state = store.getState();
    expect(state.dataSet).toBe(original);
    expect(columnsOf(state.dataSet)).toEqual(originalValues);
    expect(Object.is(state.dataSet.columns[1]!.values[1], -0)).toBe(true);
    expect(state.problem!.ols).toEqual(fit);
    expect(selectMovedData(state)).toBeNull();
  });

  it("keeps the student's own line, and keeps the data as loaded in the saved session", () => {
    const store = storeWithCsv('x,y\n0,1\n1,3\n2,5\n3,0\n');
    const original = store.getState().dataSet;
    store.getState().setHandLine({ intercept: 0.2, slope: 0.4 });
    store.getState().movePoint(0, { x: 0.5, y: 0.5 });
    const state = store.getState();
    expect(state.handFit?.problem).toBe(state.problem);
    expect(state.handFit?.line).toEqual({ intercept: 0.2, slope: 0.4 });
    expect(snapshotOf({ ...state, dataSet: dataSetToKeep(state) }).dataSet).toBe(original);
    // a Python export, by contrast, takes the points on screen, and says they were moved
    const exported = pythonExportOf(state)!;
    if (!('features' in exported)) throw new Error('expected the one-feature export');
    expect(Array.from(exported.features[0]!.values)).toEqual([0.5, 1, 2, 3]);
    expect(Array.from(exported.response.values)).toEqual([0.5, 3, 5, 0]);
    expect(exported.title).toBe('points.csv (1 point moved)');
  });

  it('refuses a move that leaves no line to fit, says why, and changes nothing', () => {
    const store = storeWithCsv('x,y\n1,1\n2,3\n');
    store.getState().setScaling(false);
    const dataSet = store.getState().dataSet;
    store.getState().movePoint(1, { x: 1, y: 4 });
    const state = store.getState();
    expect(state.dataSet).toBe(dataSet);
    expect(state.problem).not.toBeNull();
    expect(state.pointMoveMessage).toMatch(
      /^That move was not made: Every usable value of “x” is 1, so all the points sit on one vertical line/,
    );
    store.getState().movePoint(1, { x: Number.NaN, y: 4 });
    expect(store.getState().pointMoveMessage).toContain('needs a finite x');
    expect(store.getState().dataSet).toBe(dataSet);
  });

  it('forgets the moves once other data is loaded, so Reset never brings old data back over it', () => {
    const store = storeWithCsv('x,y\n0,1\n1,3\n2,5\n3,0\n');
    store.getState().movePoint(0, { x: 0.5, y: 0.5 });
    const other = storeWithCsv('a,b\n1,2\n2,1\n3,5\n', 'other.csv').getState().dataSet;
    store.getState().loadDataSet(other);
    expect(selectMovedData(store.getState())).toBeNull();
    store.getState().resetData();
    expect(store.getState().dataSet).toBe(other);
  });

  it('moves the point of the right row when some rows are left out of the fit', () => {
    const store = storeWithCsv('x,y\n0,1\n,3\n2,NA\n3,4\n5,6\n');
    const { dataSet } = store.getState();
    const rows = usableRowIndices(dataSet.columns[0]!, dataSet.columns[1]!);
    expect(Array.from(rows)).toEqual([0, 3, 4]);
    store.getState().movePoint(1, { x: 3.5, y: 4.5 });
    const moved = store.getState().dataSet;
    expect(moved.columns[0]!.values[3]).toBe(3.5);
    expect(moved.columns[1]!.values[3]).toBe(4.5);
    expect(Number.isNaN(moved.columns[0]!.values[1]!)).toBe(true);
  });
});
