import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createNotebookStore } from '../store/notebookStore';
import { snapshotOf } from './sessionSnapshot';
import { clearSession, DATA_KEY, faultOf, loadSession, SESSION_DATABASE, saveSession } from './sessionStorage';

/** Runs `action` and returns the keys of every IndexedDB put it made, in order. */
async function keysPut(action: () => Promise<unknown>): Promise<string[]> {
  const keys: string[] = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    keys.push(String(key));
    return put.call(this, value, key);
  };
  try {
    await action();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  return keys;
}

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
  it('writes uploaded data once: a change of settings rewrites only the session record, new data the data record too', async () => {
    await clearSession();
    const state = createNotebookStore().getState();
    const pasted = { ...state.dataSet, origin: { kind: 'pasted' as const } };
    const snapshot = { ...snapshotOf(state), origin: { kind: 'pasted' as const }, dataSet: pasted };
    expect(await keysPut(() => saveSession(snapshot))).toEqual([DATA_KEY, 'data-identity', 'session']);
    const changed = { ...snapshot, settings: { ...snapshot.settings, learningRate: 0.2 } };
    expect(await keysPut(() => saveSession(changed))).toEqual(['session']);
    const loaded = await loadSession();
    expect(loaded.kind === 'restored' && loaded.session.settings.learningRate).toBe(0.2);
    expect(loaded.kind === 'restored' && Array.from(loaded.session.dataSet!.columns[1]!.values)).toEqual(
      Array.from(pasted.columns[1]!.values),
    );
    const other = { ...pasted, title: 'Other data' };
    expect(await keysPut(() => saveSession({ ...changed, dataSet: other }))).toEqual([
      DATA_KEY,
      'data-identity',
      'session',
    ]);
  });
  it('restores a session saved by the previous format, its data inline in the session record', async () => {
    await clearSession();
    const state = createNotebookStore().getState();
    const snapshot = snapshotOf(state);
    await set(
      SESSION_DATABASE.key,
      { ...snapshot, origin: { kind: 'pasted' }, dataSet: { ...state.dataSet, origin: { kind: 'pasted' } } },
      createStore(SESSION_DATABASE.name, SESSION_DATABASE.store),
    );
    const loaded = await loadSession();
    expect(loaded.kind).toBe('restored');
    const session = loaded.kind === 'restored' ? loaded.session : null;
    expect(session?.dataProblem).toBeNull();
    expect(session?.dataIdentity).toBeUndefined();
    expect(Array.from(session!.dataSet!.columns[0]!.values)).toEqual(Array.from(state.dataSet.columns[0]!.values));
  });
  it('says so when the data record holds other data than the session names (another tab replaced it)', async () => {
    await clearSession();
    const state = createNotebookStore().getState();
    const mine = { ...state.dataSet, origin: { kind: 'pasted' as const } };
    await saveSession({ ...snapshotOf(state), origin: { kind: 'pasted' }, dataSet: mine });
    const session = await get<Record<string, unknown>>(
      SESSION_DATABASE.key,
      createStore(SESSION_DATABASE.name, SESSION_DATABASE.store),
    );
    await saveSession({ ...snapshotOf(state), origin: { kind: 'pasted' }, dataSet: { ...mine } });
    await set(SESSION_DATABASE.key, session, createStore(SESSION_DATABASE.name, SESSION_DATABASE.store));
    const loaded = await loadSession();
    expect(loaded.kind === 'restored' && loaded.session.dataProblem).toMatch(/replaced .* by other data/);
  });
});
