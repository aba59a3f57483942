import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createNotebookStore } from '../store/notebookStore';
import { snapshotOf } from './sessionSnapshot';
import { clearSession, faultOf, loadSession, SESSION_DATABASE, saveSession } from './sessionStorage';

describe('the saved session', () => {
  it('is absent at first, round-trips typed arrays, and can be cleared', async () => {
    await clearSession();
    expect(await loadSession()).toEqual({ kind: 'none' });
    const state = createNotebookStore().getState();
    const snapshot = { ...snapshotOf(state), origin: { kind: 'pasted' as const }, dataSet: state.dataSet };
    expect(await saveSession(snapshot)).toEqual({ ok: true });
    const loaded = await loadSession();
    expect(loaded.kind).toBe('restored');
    const columns = loaded.kind === 'restored' ? loaded.session.dataSet!.columns : [];
    expect(columns[1]!.values).toBeInstanceOf(Float64Array);
    expect(Array.from(columns[1]!.values)).toEqual(Array.from(state.dataSet.columns[1]!.values));
    await clearSession();
    expect(await loadSession()).toEqual({ kind: 'none' });
  });
  it('discards a damaged session, says why, and removes it', async () => {
    await set(
      SESSION_DATABASE.key,
      { version: 99, origin: { kind: 'file' }, settings: 'garbage' },
      createStore(SESSION_DATABASE.name, SESSION_DATABASE.store),
    );
    const loaded = await loadSession();
    expect(loaded).toEqual({ kind: 'discarded', reason: expect.stringMatching(/not a saved session|version/) });
    expect(await loadSession()).toEqual({ kind: 'none' });
  });
  it('reports a full storage as "full" when a put throws QuotaExceededError, and keeps the old record', async () => {
    const state = createNotebookStore().getState();
    expect(await saveSession(snapshotOf(state))).toEqual({ ok: true });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await saveSession({ ...snapshotOf(state), origin: { kind: 'pasted' }, dataSet: state.dataSet })).toEqual({
        ok: false,
        fault: 'full',
      });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const loaded = await loadSession();
    expect(loaded.kind === 'restored' && loaded.session.origin).toEqual({ kind: 'built-in', id: 'advertising' });
  });
  it('names the fault behind each kind of storage error', () => {
    expect(faultOf(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(faultOf(new DOMException('closing', 'InvalidStateError'))).toBe('unavailable');
    expect(faultOf(null)).toBe('failed');
  });
});
