import { describe, expect, it, vi } from 'vitest';
import { loadSecondLesson } from './loadData';
import { createNotebookStore } from './notebookStore';
import { selectStatusReport } from './statusSelector';

// Counts the runs the store computes: one user intent must cost one run, however many choices it makes.
const runs = vi.hoisted(() => ({ count: 0 }));
vi.mock('../core/optimisers/runOptimiser', async (importOriginal) => {
  const original = await importOriginal<typeof import('../core/optimisers/runOptimiser')>();
  return {
    runOptimiser: (...args: Parameters<typeof original.runOptimiser>) => {
      runs.count++;
      return original.runOptimiser(...args);
    },
  };
});

describe('one intent, one recompute', () => {
  it('sets up the second lesson (new data and six settings) with a single run and a single store update', () => {
    const store = createNotebookStore();
    const updates = vi.fn();
    store.subscribe(updates);
    runs.count = 0;
    loadSecondLesson(42, {}, store);
    expect(runs.count).toBe(1);
    expect(updates).toHaveBeenCalledTimes(1);
    const state = store.getState();
    expect([state.scaling, state.learningRate, state.epochBudget, state.flavourKind]).toEqual([
      false,
      0.000025,
      200_000,
      'batch',
    ]);
  });

  it('applies a patch of settings with one run, keeps the valid fields and names the refused ones', () => {
    const store = createNotebookStore();
    runs.count = 0;
    const refused = store.getState().applySettings({
      learningRate: 0.5,
      epochBudget: 1e12,
      flavourKind: 'mini-batch',
      batchSize: 8,
      tolerance: -1,
      featureName: 'Radio',
      currentEpoch: 7,
    });
    expect(runs.count).toBe(1);
    expect(refused.map((field) => field.label).sort()).toEqual(['epoch budget', 'tolerance']);
    expect(refused.find((field) => field.label === 'epoch budget')!.reason).toMatch(/^must be/);
    const state = store.getState();
    expect([state.learningRate, state.epochBudget, state.flavourKind, state.batchSize]).toEqual([
      0.5,
      1000,
      'mini-batch',
      8,
    ]);
    expect(state.problem!.featureName).toBe('Radio');
    expect(state.currentEpoch).toBe(7);
  });

  it('refuses a column that is not in the data, and a learning rate above the limit, leaving both as they were', () => {
    const store = createNotebookStore();
    const refused = store.getState().applySettings({ featureName: 'Television', learningRate: 5000 });
    expect(refused.map((field) => field.label).sort()).toEqual(['feature column', 'learning rate']);
    expect([store.getState().featureName, store.getState().learningRate]).toEqual(['TV', 0.1]);
  });

  it('moves through the epochs of a run without recomputing it, and the status follows', () => {
    const store = createNotebookStore();
    runs.count = 0;
    store.getState().reset();
    store.getState().step(10);
    expect(runs.count).toBe(0);
    expect(selectStatusReport(store.getState()).message).toMatch(/^Epoch 10 of 1000/);
    store.getState().runToEnd();
    expect(selectStatusReport(store.getState()).status).toBe('converged');
  });

  it('gives the same status object while nothing it depends on changes (components may select it)', () => {
    const store = createNotebookStore();
    expect(selectStatusReport(store.getState())).toBe(selectStatusReport(store.getState()));
  });
});
