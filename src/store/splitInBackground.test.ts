import { describe, expect, it, vi } from 'vitest';
import { trainTestSplit } from '../core/split/trainTestSplit';
import { createNotebookStore } from './notebookStore';
import { recompute } from './recompute';
import { LARGE_ROWS, largeColumn, largeDataSet } from './testing/largeDataSet';

const worker = vi.hoisted(() => ({ fail: (_reason: Error) => {} }));

// The store's preparation worker, run in this thread (the page's side is the real KeptFitWorker),
// so a reply arrives in a later task as it does in the browser; a test can make it fail.
vi.mock('./prepareManyFitOffThread', async (importOriginal) => {
  const original = await importOriginal<typeof import('./prepareManyFitOffThread')>();
  const { KeptFitWorker } = await import('./keptFitWorker');
  const { sameThreadWorker } = await import('./testing/sameThreadFitWorker');
  const thread = sameThreadWorker();
  worker.fail = thread.fail;
  const fitWorker = new KeptFitWorker(thread.connect);
  return {
    ...original,
    fitWorker,
    prepareManyFitOffThread: (...args: Parameters<typeof original.prepareManyFitOffThread>) =>
      fitWorker.prepareMany(...args),
  };
});

type Store = ReturnType<typeof createNotebookStore>;

/** A store holding the large data set (plus `more` columns), every row in training, with its first run computed. */
async function largeStore(more: Parameters<typeof largeDataSet>[0] = []) {
  const store = createNotebookStore();
  const dataSet = largeDataSet(more);
  expect(
    store.getState().loadDataSet(dataSet, { featureName: 'a', responseName: 'y', settings: { testFraction: 0 } }),
  ).toBe(true);
  await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
  return store;
}

async function prepared(store: Store) {
  await vi.waitFor(() => expect(store.getState().modelPreparing).toBe(false), { timeout: 20_000 });
}

/** The state's problem, held-out rows and run are those the page would compute for its choices, bit for bit. */
function expectAsOnPage(store: Store) {
  const after = store.getState();
  const onPage = recompute(after, 'problem');
  if (onPage.manyProblem) {
    expect(after.manyProblem!.termNames).toEqual(onPage.manyProblem.termNames);
    expect(after.manyProblem!.olsModel).toEqual(onPage.manyProblem.olsModel);
    expect(after.manyProblem!.statistics).toEqual(onPage.manyProblem.statistics);
  } else {
    expect(after.problem!.ols).toEqual(onPage.problem!.ols);
    expect(after.problem!.statistics).toEqual(onPage.problem!.statistics);
  }
  expect(after.heldOut?.count).toBe(onPage.heldOut?.count);
  expect(after.heldOut?.workingResponse).toEqual(onPage.heldOut?.workingResponse);
  expect(after.heldOut?.workingTerms.at(-1)).toEqual(onPage.heldOut?.workingTerms.at(-1));
  expect(after.heldOutCurve).toEqual(onPage.heldOutCurve);
  const run = after.trajectory ?? after.manyTrajectory!;
  const pageRun = onPage.trajectory ?? onPage.manyTrajectory!;
  expect(run.lastEpoch).toBe(pageRun.lastEpoch);
  expect(run.intercepts.at(run.lastEpoch)).toBe(pageRun.intercepts.at(pageRun.lastEpoch));
}

describe('changing the split on large data', () => {
  it('prepares the new split in the worker: the page says so and shows the choice, the fit on screen stays, then the split lands as the page would make it', async () => {
    const store = await largeStore();
    const before = store.getState();
    store.getState().setTestFraction(0.2);
    const during = store.getState();
    expect(during.modelPreparing).toBe(true);
    expect(during.preparingChoice).toEqual({ testFraction: 0.2, splitSeed: 42 });
    expect([during.testFraction, during.heldOut, during.problem, during.trajectory]).toEqual([
      0,
      null,
      before.problem,
      before.trajectory,
    ]);
    await prepared(store);
    const after = store.getState();
    expect([after.testFraction, after.preparingChoice, after.splitError]).toEqual([0.2, null, null]);
    expect(after.heldOut?.count).toBe(trainTestSplit(LARGE_ROWS, 0.2, 42).testRows.length);
    expectAsOnPage(store);
  });

  it('the latest of several split choices wins, with a weight-vector model too', async () => {
    const store = await largeStore();
    store.getState().setFeatureChosen('b', true);
    store.getState().setTestFraction(0.1);
    store.getState().setSplitSeed(7);
    store.getState().setTestFraction(0.3);
    expect(store.getState().preparingChoice).toMatchObject({ extraFeatures: ['b'], testFraction: 0.3, splitSeed: 7 });
    await prepared(store);
    const after = store.getState();
    expect([after.testFraction, after.splitSeed, after.manyProblem?.termNames]).toEqual([0.3, 7, ['a', 'b']]);
    expectAsOnPage(store);
    store.getState().setTestFraction(0);
    await prepared(store);
    expect([store.getState().testFraction, store.getState().heldOut]).toEqual([0, null]);
    expectAsOnPage(store);
  });

  it('a split that leaves nothing usable to test on is refused with its reason, and the split and fit on screen stay', async () => {
    const test = new Set(trainTestSplit(LARGE_ROWS, 0.2, 42).testRows);
    // z has a number on every row but those a fifth held out with seed 42 would set aside
    const store = await largeStore([largeColumn('z', (row) => (test.has(row) ? Number.NaN : row % 13))]);
    store.getState().setResponseName('z');
    await prepared(store);
    const before = store.getState();
    expect([before.responseName, before.modelChoiceError]).toEqual(['z', null]);
    store.getState().setTestFraction(0.2);
    expect(store.getState().modelPreparing).toBe(true);
    await prepared(store);
    const after = store.getState();
    expect(after.splitError).toMatch(
      /^Holding out 20 % sets aside \d+ rows, but none has a number in every chosen column/,
    );
    expect([after.testFraction, after.problem, after.trajectory, after.modelChoiceError]).toEqual([
      0,
      before.problem,
      before.trajectory,
      null,
    ]);
  });

  it('a worker that fails gives a message saying so and keeps the split and fit on screen', async () => {
    const store = await largeStore();
    const before = store.getState();
    store.getState().setSplitSeed(3);
    store.getState().setTestFraction(0.25);
    worker.fail(new Error('the background worker failed: out of memory'));
    await prepared(store);
    const after = store.getState();
    expect(after.modelChoiceError ?? after.splitError).toBe(
      'The fit could not be prepared in the background (the background worker failed: out of memory).',
    );
    expect([after.testFraction, after.splitSeed, after.problem, after.trajectory]).toEqual([
      0,
      42,
      before.problem,
      before.trajectory,
    ]);
    // the next choice starts a new worker and lands
    store.getState().setTestFraction(0.25);
    await prepared(store);
    expect(store.getState().testFraction).toBe(0.25);
    expectAsOnPage(store);
  });
});

describe('settings from a link or a preset on large data', () => {
  it('columns, features and a split from a link are prepared in the worker, with the link’s learning rate and epoch applied with them', async () => {
    const store = await largeStore();
    const before = store.getState();
    const ignored = store.getState().applySettings({
      featureName: 'b',
      responseName: 'y',
      extraFeatures: ['c'],
      testFraction: 0.2,
      learningRate: 0.05,
      currentEpoch: 40,
      notASetting: 1,
    });
    expect(ignored.map((field) => field.key)).toEqual(['notASetting']);
    const during = store.getState();
    expect(during.modelPreparing).toBe(true);
    expect(during.preparingChoice).toMatchObject({ featureName: 'b', extraFeatures: ['c'], testFraction: 0.2 });
    expect([during.featureName, during.problem, during.learningRate]).toEqual([
      'a',
      before.problem,
      before.learningRate,
    ]);
    await prepared(store);
    const after = store.getState();
    expect([
      after.featureName,
      after.extraFeatures,
      after.testFraction,
      after.learningRate,
      after.currentEpoch,
    ]).toEqual(['b', ['c'], 0.2, 0.05, 40]);
    expect(after.manyProblem?.termNames).toEqual(['b', 'c']);
    expectAsOnPage(store);
  });

  it('a preset that ticks every other feature is prepared in the worker; a settings patch that changes only the run applies at once', async () => {
    const store = await largeStore();
    const before = store.getState();
    // a patch names the columns on screen too: the problem stays, only the run is made again
    store.getState().applySettings({ featureName: 'a', responseName: 'y', learningRate: 0.2 });
    expect([store.getState().modelPreparing, store.getState().learningRate]).toEqual([false, 0.2]);
    expect(store.getState().problem).toBe(before.problem);
    expect(store.getState().trajectory).not.toBe(before.trajectory);
    store.getState().applySettings({ extraFeatures: ['b', 'c'] });
    expect(store.getState().modelPreparing).toBe(true);
    expect(store.getState().manyProblem).toBeNull();
    await prepared(store);
    expect(store.getState().manyProblem?.termNames).toEqual(['a', 'b', 'c']);
    expectAsOnPage(store);
  });
});
