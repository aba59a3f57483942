import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createNotebookStore } from '../store/notebookStore';
import { snapshotOf } from './sessionSnapshot';
import { clearSession, loadSession, SESSION_DATABASE, saveSession } from './sessionStorage';

describe('the saved session', () => {
  it('is absent at first, round-trips typed arrays, and can be cleared', async () => {
    await clearSession();
    expect(await loadSession()).toEqual({ kind: 'none' });
    const state = createNotebookStore().getState();
    const snapshot = { ...snapshotOf(state), origin: { kind: 'pasted' as const }, dataSet: state.dataSet };
    expect(await saveSession(snapshot)).toBe(true);
    const loaded = await loadSession();
    expect(loaded.kind).toBe('restored');
    const columns = loaded.kind === 'restored' ? loaded.snapshot.dataSet!.columns : [];
    expect(columns[1]!.values).toBeInstanceOf(Float64Array);
    expect(Array.from(columns[1]!.values)).toEqual(Array.from(state.dataSet.columns[1]!.values));
    await clearSession();
    expect(await loadSession()).toEqual({ kind: 'none' });
  });
  it('discards a damaged session, says why, and removes it', async () => {
    await set(
      SESSION_DATABASE.key,
      { version: 1, origin: { kind: 'file' }, settings: 'garbage' },
      createStore(SESSION_DATABASE.name, SESSION_DATABASE.store),
    );
    const loaded = await loadSession();
    expect(loaded).toEqual({ kind: 'discarded', reason: expect.stringMatching(/damaged/) });
    expect(await loadSession()).toEqual({ kind: 'none' });
  });
});
