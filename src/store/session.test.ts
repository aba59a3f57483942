import { describe, expect, it, vi } from 'vitest';
import { snapshotOf } from '../persistence/sessionSnapshot';
import type { LoadedSession } from '../persistence/sessionStorage';
import { createNotebookStore } from './notebookStore';
import { type SessionStorage, startSessionPersistence } from './session';

function storageHolding(loaded: LoadedSession): SessionStorage & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    load: async () => loaded,
    save: async (snapshot) => {
      saved.push(snapshot);
      return true;
    },
    clear: async () => {},
  };
}

describe('restoring a saved session', () => {
  it('brings back the data set, the columns and every setting in one store update, at the saved epoch', async () => {
    const source = createNotebookStore();
    source.getState().applySettings({
      featureName: 'Radio',
      learningRate: 0.3,
      epochBudget: 500,
      flavourKind: 'stochastic',
      shuffleSeed: 9,
    });
    source.getState().goToEpoch(123);
    const snapshot = snapshotOf(source.getState());

    const store = createNotebookStore();
    const updates = vi.fn();
    store.subscribe(updates);
    await startSessionPersistence(store, storageHolding({ kind: 'restored', snapshot }));
    const state = store.getState();
    expect(updates).toHaveBeenCalledTimes(1);
    expect([state.featureName, state.learningRate, state.epochBudget, state.flavourKind, state.shuffleSeed]).toEqual([
      'Radio',
      0.3,
      500,
      'stochastic',
      9,
    ]);
    expect(state.currentEpoch).toBe(123);
    expect(state.trajectory!.losses).toEqual(source.getState().trajectory!.losses);
  });

  it('explains a session that had to be discarded and starts from the defaults', async () => {
    const store = createNotebookStore();
    await startSessionPersistence(store, storageHolding({ kind: 'discarded', reason: 'its data is damaged' }));
    expect(store.getState().sessionNotice).toMatch(/could not be restored because its data is damaged/);
    expect(store.getState().learningRate).toBe(0.1);
  });
});
