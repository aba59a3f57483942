import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { snapshotOf } from '../persistence/sessionSnapshot';
import { clearSession, saveSession } from '../persistence/sessionStorage';
import { createNotebookStore } from './notebookStore';
import { startSessionPersistence } from './session';

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
    expect((await saveSession(snapshotOf(source.getState()))).ok).toBe(true);

    const store = createNotebookStore();
    const updates = vi.fn();
    store.subscribe(updates);
    await startSessionPersistence(store);
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
    await clearSession();
  });

  it('keeps the valid settings of a damaged record and says which were dropped, in plain words', async () => {
    const source = createNotebookStore();
    source.getState().applySettings({ learningRate: 0.3 });
    const snapshot = snapshotOf(source.getState());
    await saveSession({ ...snapshot, settings: { ...snapshot.settings, epochBudget: 1e12 } });
    const store = createNotebookStore();
    await startSessionPersistence(store);
    expect(store.getState().learningRate).toBe(0.3);
    expect(store.getState().epochBudget).toBe(1000);
    expect(store.getState().sessionNotice).toMatch(/epoch budget/);
    expect(store.getState().sessionNotice).not.toMatch(/undefined|Cannot read/);
    await clearSession();
  });
});
