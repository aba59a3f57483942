import { describe, expect, it, vi } from 'vitest';
import { prepareRegressionProblem } from '../model/regressionProblem';
import { createNotebookStore } from './notebookStore';
import { recompute } from './recompute';
import { largeDataSet, LARGE_ROWS as ROWS } from './testing/largeDataSet';

const workerLines = vi.hoisted(() => ({ last: null as unknown }));

// The store's preparation worker, run in this thread: the page's side is the real KeptFitWorker,
// the worker's side its own logic, so a reply arrives in a later task as it does in the browser.
vi.mock('./prepareManyFitOffThread', async (importOriginal) => {
  const original = await importOriginal<typeof import('./prepareManyFitOffThread')>();
  const { KeptFitWorker } = await import('./keptFitWorker');
  const { sameThreadWorker } = await import('./testing/sameThreadFitWorker');
  const fitWorker = new KeptFitWorker(sameThreadWorker().connect);
  // the last line the worker handed back, so a test can tell it is the one on screen
  const prepareLine = fitWorker.prepareLine.bind(fitWorker);
  fitWorker.prepareLine = async (...args) => {
    const reply = await prepareLine(...args);
    workerLines.last = reply.ok ? reply.problem : null;
    return reply;
  };
  return {
    ...original,
    fitWorker,
    prepareManyFitOffThread: (...args: Parameters<typeof original.prepareManyFitOffThread>) =>
      fitWorker.prepareMany(...args),
  };
});

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

  it('with a fifth of the rows held out, the worker fits the new pair on the training rows: the same problem, held-out loss and run as the page', async () => {
    const { store } = await largeStore();
    store.getState().setTestFraction(0.2);
    await prepared(store);
    expect(store.getState().heldOut).not.toBeNull();
    workerLines.last = null;
    store.getState().setResponseName('b');
    expect(store.getState().modelPreparing).toBe(true);
    await prepared(store);
    const after = store.getState();
    expect([after.featureName, after.responseName]).toEqual(['a', 'b']);
    // the line on screen is the worker's, not one prepared again on the page
    expect(after.problem).toBe(workerLines.last);
    const onPage = recompute(after, 'problem');
    expect(after.problem).toEqual(onPage.problem);
    expect(after.problem!.rowCount).toBe(onPage.heldOut ? ROWS - onPage.heldOut.count : -1);
    expect(after.heldOut).toEqual(onPage.heldOut);
    expect(after.heldOutCurve).toEqual(onPage.heldOutCurve);
    const last = after.trajectory!.lastEpoch;
    expect(after.trajectory!.slopes.at(last)).toBe(onPage.trajectory!.slopes.at(last));
  });

  it('with rows held out, a ticked feature is fitted by the worker on the training rows, as the page fits it', async () => {
    const { store } = await largeStore();
    store.getState().setTestFraction(0.2);
    await prepared(store);
    store.getState().setFeatureChosen('b', true);
    expect(store.getState().modelPreparing).toBe(true);
    await prepared(store);
    const after = store.getState();
    expect(after.manyProblem?.termNames).toEqual(['a', 'b']);
    const onPage = recompute(after, 'problem');
    const [worker, page] = [after.manyProblem!, onPage.manyProblem!];
    // the training rows, not the page's whole columns
    expect(worker.original.response.length).toBe(page.original.response.length);
    expect(worker.original.response.length).toBeLessThan(ROWS);
    expect(worker.original.response).toEqual(page.original.response);
    expect(worker.working.features[1]!.values).toEqual(page.working.features[1]!.values);
    expect(worker.olsModel).toEqual(page.olsModel);
    expect(worker.statistics).toEqual(page.statistics);
    const last = after.manyTrajectory!.lastEpoch;
    expect(after.manyTrajectory!.intercepts.at(last)).toBe(onPage.manyTrajectory!.intercepts.at(last));
    expect(after.heldOutCurve).toEqual(onPage.heldOutCurve);
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
