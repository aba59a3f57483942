import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { epochValuesArray } from '../core/gradientDescent/epochValues';
import { runGradientDescent } from '../core/gradientDescent/trajectory';
import type { ExactRunReply } from '../workers/exactRunProtocol';
import { type ExactRunner, SETTLE_MS, startExactRefinement } from './exactRefinement';
import { loadSecondLesson } from './loadData';
import { createNotebookStore } from './notebookStore';

/** The per-point rerun, done here on the main thread instead of in a worker. */
const runHere: ExactRunner = (request) => {
  const path = runGradientDescent({ ...request, method: 'per-point' });
  const reply: ExactRunReply = {
    ...path,
    intercepts: epochValuesArray(path.intercepts),
    slopes: epochValuesArray(path.slopes),
  };
  return { promise: Promise.resolve(reply), cancel: () => {} };
};

describe('exact refinement of long batch runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("swaps in the textbook loop's numbers once the settings rest: the second lesson's published w and b to the last bit", async () => {
    const store = createNotebookStore();
    const stop = startExactRefinement(store, runHere);
    loadSecondLesson(42, {}, store);
    expect(store.getState().trajectory!.method).toBe('sufficient-statistics');
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const { trajectory } = store.getState();
    expect(trajectory!.method).toBe('per-point');
    expect(trajectory!.slopes.at(200_000)).toBe(0.5008287639956263);
    expect(trajectory!.intercepts.at(200_000)).toBe(1.8339723159878247);
    expect(store.getState().runSummary).not.toBeNull();
    stop();
  });

  it('does not start while the settings keep changing, and drops a rerun whose run was replaced', async () => {
    const store = createNotebookStore();
    const runner = vi.fn(runHere);
    const stop = startExactRefinement(store, runner);
    loadSecondLesson(42, {}, store);
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    store.getState().setLearningRate(0.00002);
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    expect(runner).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(runner).toHaveBeenCalledTimes(1);
    expect(runner.mock.calls[0]![0].learningRate).toBe(0.00002);
    stop();
  });

  it('keeps the fast result and says so when the rerun fails', async () => {
    const store = createNotebookStore();
    const failing: ExactRunner = () => ({
      promise: Promise.reject(new Error('the background worker failed: out of memory')),
      cancel: () => {},
    });
    const stop = startExactRefinement(store, failing);
    loadSecondLesson(42, {}, store);
    const fast = store.getState().trajectory;
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(store.getState().trajectory).toBe(fast);
    expect(store.getState().dataNotices.join(' ')).toMatch(
      /could not be done \(the background worker failed: out of memory\)/,
    );
    stop();
  });

  it('leaves short runs alone: they already use the textbook loop', async () => {
    const store = createNotebookStore();
    const runner = vi.fn(runHere);
    const stop = startExactRefinement(store, runner);
    store.getState().setLearningRate(0.2);
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(runner).not.toHaveBeenCalled();
    stop();
  });
});
