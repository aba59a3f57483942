import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { readSnapshot, type SessionSnapshot } from './sessionSnapshot';

// The session lives in the browser's IndexedDB (it holds typed arrays natively and has room
// for large uploads, unlike localStorage's few megabytes), through idb-keyval.

const KEY = 'session';
let database: UseStore | null = null;
/** The IndexedDB database and object store that hold the session. */
export const SESSION_DATABASE = { name: 'downhill', store: 'notebook', key: KEY } as const;
const store = () => (database ??= createStore(SESSION_DATABASE.name, SESSION_DATABASE.store));

/** What was found on start-up: nothing, a session to restore, or one that had to be thrown away. */
export type LoadedSession =
  | { kind: 'none' }
  | { kind: 'restored'; snapshot: SessionSnapshot }
  | { kind: 'discarded'; reason: string };

export async function loadSession(): Promise<LoadedSession> {
  let stored: unknown;
  try {
    stored = await get(KEY, store());
  } catch {
    return { kind: 'discarded', reason: 'the browser would not read it back' };
  }
  if (stored === undefined) return { kind: 'none' };
  const read = readSnapshot(stored);
  if (read.ok) return { kind: 'restored', snapshot: read.snapshot };
  await clearSession();
  return { kind: 'discarded', reason: read.reason };
}

/** Saves the session; a full or unavailable storage is not an error worth interrupting a lesson for. */
export async function saveSession(snapshot: SessionSnapshot): Promise<boolean> {
  try {
    await set(KEY, snapshot, store());
    return true;
  } catch {
    return false;
  }
}

export async function clearSession(): Promise<void> {
  try {
    await del(KEY, store());
  } catch {
    // nothing stored, or storage unavailable: either way there is nothing left to clear
  }
}
