import { describe, expect, it, vi } from 'vitest';
import { WorkerCancelled } from '../adapters/worker/callWorker';
import { runShuffled, type ShuffledRunRequest } from '../workers/shuffledRunProtocol';
import { awaitsBackgroundRun } from './activeRun';
import { type ShuffledRunner, startBackgroundRuns } from './backgroundRun';
import { createNotebookStore } from './notebookStore';
import { recompute } from './recompute';
import { selectStatusReport } from './statusSelector';
import { LARGE_ROWS, largeDataSet } from './testing/largeDataSet';

type Store = ReturnType<typeof createNotebookStore>;

/** The worker's logic in this thread, replying in a later task; records every request and cancel. */
function sameThreadRunner(fails = false) {
  const requests: ShuffledRunRequest[] = [];
  let cancels = 0;
  const runner: ShuffledRunner = (request) => {
    requests.push(request);
    let cancel = () => {};
    const promise = new Promise<ReturnType<typeof runShuffled>>((resolve, reject) => {
      cancel = () => {
        cancels++;
        reject(new WorkerCancelled());
      };
      setTimeout(() => (fails ? reject(new Error('the worker could not start')) : resolve(runShuffled(request))), 0);
    });
    return { promise, cancel };
  };
  return { runner, requests, cancels: () => cancels };
}

/** A store holding the large data set (every row in training) with its batch run computed. */
async function largeStore(): Promise<Store> {
  const store = createNotebookStore();
  store.getState().loadDataSet(largeDataSet(), { featureName: 'a', responseName: 'y', settings: { testFraction: 0 } });
  await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
  return store;
}

/** The run the page itself would compute for the store's state now. */
const onPage = (store: Store) => recompute(store.getState(), 'run', { runOnPage: true });

describe('shuffled runs on large data, computed off the page', () => {
  it('leaves the run out at once, says so in the status, then lands the same run the page would compute', async () => {
    const store = await largeStore();
    const { runner, requests } = sameThreadRunner();
    const stop = startBackgroundRuns(store, runner, async () => {});
    store.getState().setFlavourKind('mini-batch');
    expect(store.getState().trajectory).toBeNull();
    expect(awaitsBackgroundRun(store.getState())).toBe(true);
    expect(selectStatusReport(store.getState()).message).toBe(
      `Running mini-batch descent on ${LARGE_ROWS.toLocaleString('en')} points in the background (a shuffled run has no shortcut, so it is computed off the page)…`,
    );
    const expected = onPage(store).trajectory!;
    await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
    const landed = store.getState().trajectory!;
    expect(landed.losses).toEqual(expected.losses);
    expect(Array.from({ length: landed.lastEpoch + 1 }, (_, k) => landed.slopes.at(k))).toEqual(
      Array.from({ length: expected.lastEpoch + 1 }, (_, k) => expected.slopes.at(k)),
    );
    expect(store.getState().currentEpoch).toBe(landed.lastEpoch);
    expect(store.getState().runSummary).not.toBeNull();
    expect(selectStatusReport(store.getState()).message).not.toMatch(/in the background/);
    expect(requests).toHaveLength(1);
    stop();
  });

  it('lets the latest change win: an older run is stopped and never shown', async () => {
    const store = await largeStore();
    const { runner, requests, cancels } = sameThreadRunner();
    const stop = startBackgroundRuns(store, runner, async () => {});
    store.getState().setFlavourKind('stochastic');
    await Promise.resolve();
    store.getState().setLearningRate(0.05);
    const expected = onPage(store).trajectory!;
    await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
    expect(store.getState().trajectory!.losses).toEqual(expected.losses);
    expect(store.getState().learningRate).toBe(0.05);
    expect(requests.at(-1)!.learningRate).toBe(0.05);
    expect(requests.length - 1).toBeLessThanOrEqual(cancels());
    stop();
  });

  it('drops a pending run when batch descent is chosen again (computed on the page at once)', async () => {
    const store = await largeStore();
    const { runner } = sameThreadRunner();
    const stop = startBackgroundRuns(store, runner, async () => {});
    store.getState().setFlavourKind('mini-batch');
    store.getState().setFlavourKind('batch');
    const batch = store.getState().trajectory;
    expect(batch).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().trajectory).toBe(batch);
    stop();
  });

  it('computes the run on the page when the worker fails, with the same numbers', async () => {
    const store = await largeStore();
    const { runner } = sameThreadRunner(true);
    const stop = startBackgroundRuns(store, runner, async () => {});
    store.getState().setFlavourKind('mini-batch');
    const expected = onPage(store).trajectory!;
    await vi.waitFor(() => expect(store.getState().trajectory).not.toBeNull());
    expect(store.getState().trajectory!.losses).toEqual(expected.losses);
    stop();
  });

  it('runs the weight vector off the page too', async () => {
    const store = await largeStore();
    const { runner, requests } = sameThreadRunner();
    const stop = startBackgroundRuns(store, runner, async () => {});
    store.setState((state) => {
      const changes = { extraFeatures: ['b'], flavourKind: 'stochastic' as const };
      return { ...changes, ...recompute({ ...state, ...changes }, 'problem') };
    });
    expect(store.getState().manyProblem).not.toBeNull();
    expect(store.getState().manyTrajectory).toBeNull();
    const expected = onPage(store).manyTrajectory!;
    await vi.waitFor(() => expect(store.getState().manyTrajectory).not.toBeNull());
    const landed = store.getState().manyTrajectory!;
    expect(landed.losses).toEqual(expected.losses);
    expect(landed.weights).toEqual(expected.weights);
    expect(requests[0]!.kind).toBe('many');
    stop();
  });
});
