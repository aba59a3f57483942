import { describe, expect, it, vi } from 'vitest';
import type { ImportedColumn } from '../adapters/csv/types';
import type { DataSet } from '../model/dataSet';
import { prepareRegressionProblem } from '../model/regressionProblem';
import { LARGE_DATA_ROWS } from './dataSlice';
import { createNotebookStore } from './notebookStore';
import { recompute } from './recompute';

// The store's preparation worker, run in this thread: the page's side is the real KeptFitWorker,
// the worker's side its own logic, so a reply arrives in a later task as it does in the browser.
vi.mock('./prepareManyFitOffThread', async (importOriginal) => {
  const original = await importOriginal<typeof import('./prepareManyFitOffThread')>();
  const { KeptFitWorker } = await import('./keptFitWorker');
  const { sameThreadWorker } = await import('./testing/sameThreadFitWorker');
  const fitWorker = new KeptFitWorker(sameThreadWorker().connect);
  return {
    ...original,
    fitWorker,
    prepareManyFitOffThread: (...args: Parameters<typeof original.prepareManyFitOffThread>) =>
      fitWorker.prepareMany(...args),
  };
});

const ROWS = LARGE_DATA_ROWS + 1000;

function column(name: string, value: (row: number) => number): ImportedColumn {
  const values = new Float64Array(ROWS);
  for (let row = 0; row < ROWS; row++) values[row] = value(row);
  return {
    name,
    label: name,
    values,
    numericCount: ROWS,
    missing: [],
    missingCount: 0,
    kind: 'numeric',
    isIndex: false,
  };
}

/** More rows than the page prepares itself: columns a, b, c and a response y that depends on all three. */
function largeDataSet(): DataSet {
  const a = (row: number) => (row % 1000) / 10;
  const b = (row: number) => ((row * 7919) % 1013) / 100;
  const c = (row: number) => ((row * 104_729) % 997) / 7;
  return {
    title: 'large',
    source: 'made in the test',
    origin: { kind: 'pasted' },
    rowCount: ROWS,
    columns: [
      column('a', a),
      column('b', b),
      column('c', c),
      column('y', (row) => 3 + 2 * a(row) - 0.5 * b(row) + 0.25 * c(row) + ((row * 31) % 17) / 100),
    ],
  };
}

/** A store holding the large data set, every row in training, with its first run computed. */
async function largeStore() {
  const store = createNotebookStore();
  const dataSet = largeDataSet();
  expect(
    store.getState().loadDataSet(dataSet, { featureName: 'a', responseName: 'y', settings: { testFraction: 0 } }),
  ).toBe(true);
  await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
  return { store, dataSet };
}

async function prepared(store: Awaited<ReturnType<typeof largeStore>>['store']) {
  await vi.waitFor(() => expect(store.getState().modelPreparing).toBe(false), { timeout: 20_000 });
}

describe('choosing columns on large data', () => {
  it('prepares the new pair in the worker, keeps the fit on screen meanwhile, then shows the fit the page would compute, bit for bit', async () => {
    const { store, dataSet } = await largeStore();
    const before = store.getState();
    store.getState().setFeatureName('c');
    // the choice is being prepared: the page says so, and the line on screen is still a → y
    expect(store.getState().modelPreparing).toBe(true);
    expect(store.getState().featureName).toBe('a');
    expect(store.getState().problem).toBe(before.problem);
    expect(store.getState().trajectory).toBe(before.trajectory);
    await prepared(store);
    const after = store.getState();
    expect([after.featureName, after.responseName]).toEqual(['c', 'y']);
    expect(after.problemError).toBeNull();
    // the same problem, and the same run, as the page's own preparation of c → y
    const onPage = recompute(after, 'problem');
    expect(after.problem).toEqual(prepareRegressionProblem(dataSet, 'c', 'y', after.scaling));
    expect(after.problem!.ols).toEqual(onPage.problem!.ols);
    const last = after.trajectory!.lastEpoch;
    expect(last).toBe(onPage.trajectory!.lastEpoch);
    expect(after.trajectory!.intercepts.at(last)).toBe(onPage.trajectory!.intercepts.at(last));
    expect(after.trajectory!.slopes.at(last)).toBe(onPage.trajectory!.slopes.at(last));
    expect(after.currentEpoch).toBe(last);
  });

  it('choosing the response column as the feature swaps the two, as on small data', async () => {
    const { store } = await largeStore();
    store.getState().setResponseName('a');
    await prepared(store);
    expect([store.getState().featureName, store.getState().responseName]).toEqual(['y', 'a']);
    expect(store.getState().problem?.featureName).toBe('y');
  });

  it('a choice made while another is prepared ends with the latest choices on screen', async () => {
    const { store } = await largeStore();
    store.getState().setFeatureName('b');
    store.getState().setFeatureName('c');
    store.getState().setResponseName('b');
    await prepared(store);
    const state = store.getState();
    expect([state.featureName, state.responseName]).toEqual(['c', 'b']);
    expect([state.problem?.featureName, state.problem?.responseName]).toEqual(['c', 'b']);
  });

  it('a scaling switch and a tick made while a column is prepared are added to it', async () => {
    const { store } = await largeStore();
    const scaling = store.getState().scaling;
    store.getState().setFeatureName('b');
    store.getState().setScaling(!scaling);
    store.getState().setFeatureChosen('c', true);
    await prepared(store);
    const state = store.getState();
    expect([state.featureName, state.extraFeatures, state.scaling]).toEqual(['b', ['c'], !scaling]);
    expect(state.manyProblem?.termNames).toEqual(['b', 'c']);
    expect(state.manyProblem?.scaled).toBe(!scaling);
  });

  it('going back to the columns on screen before the reply drops the request and keeps the fit', async () => {
    const { store } = await largeStore();
    const before = store.getState();
    store.getState().setFeatureName('c');
    store.getState().setFeatureName('a');
    expect(store.getState().modelPreparing).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await prepared(store);
    expect(store.getState().problem).toBe(before.problem);
    expect(store.getState().trajectory).toBe(before.trajectory);
  });
});
