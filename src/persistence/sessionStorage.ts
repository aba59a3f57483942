import { createStore, delMany, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { type ReadSession, readSnapshot, type SessionSnapshot } from './sessionSnapshot';

// The session lives in the browser's IndexedDB (it holds typed arrays natively and has room
// for large uploads, unlike localStorage's few megabytes), through idb-keyval. Every way the
// storage can fail (absent, full, aborting, never answering) comes back as a value that says
// which, so the notebook can tell the student instead of losing work silently.

const KEY = 'session';
/**
 * Large data (above a few hundred thousand rows) is kept in a record of its own, written and
 * read by a worker, so that neither saving nor restoring it ever copies millions of numbers on
 * the page's thread; the session record then says `dataApart: true`.
 */
export const DATA_KEY = 'data';
let database: UseStore | null = null;
/** The IndexedDB database and object store that hold the session. */
export const SESSION_DATABASE = { name: 'downhill', store: 'notebook', key: KEY } as const;
const store = () => {
  database ??= createStore(SESSION_DATABASE.name, SESSION_DATABASE.store);
  return database;
};

/** How long a read may take before the notebook says the storage is not answering (it keeps waiting). */
export const READ_TIMEOUT_MS = 5000;
/** How long a save may take (a large upload takes a moment to write). */
export const WRITE_TIMEOUT_MS = 15_000;

/** Why the storage could not be used. */
export type StorageFault = 'unavailable' | 'full' | 'no-answer' | 'failed';

/** What was found on start-up: nothing, a session to restore, one thrown away, or no storage. */
export type LoadedSession =
  | { kind: 'none' }
  | { kind: 'restored'; session: ReadSession }
  | { kind: 'discarded'; reason: string }
  | { kind: 'storage-fault'; fault: StorageFault };

/** True when this browser offers IndexedDB at all (some private modes and embedded views do not). */
export function hasStorage(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null && typeof indexedDB.open === 'function';
  } catch {
    return false;
  }
}

/**
 * Reads the saved session. A storage that never answers leaves this pending: on a busy machine
 * a first read can take seconds, and giving up early would lose a session that is there. The
 * caller says after {@link READ_TIMEOUT_MS} that it is still waiting.
 */
export async function loadSession(): Promise<LoadedSession> {
  if (!hasStorage()) return { kind: 'storage-fault', fault: 'unavailable' };
  let stored: unknown;
  try {
    stored = await get(KEY, store());
  } catch (error) {
    return { kind: 'storage-fault', fault: faultOf(error) };
  }
  if (stored === undefined) return { kind: 'none' };
  const read = readSnapshot(stored);
  if (read.ok) return { kind: 'restored', session: read.session };
  await clearSession();
  return { kind: 'discarded', reason: read.reason };
}

/** Saves the session; says which fault stopped it, if one did. */
export async function saveSession(
  snapshot: SessionSnapshot,
): Promise<{ ok: true } | { ok: false; fault: StorageFault }> {
  if (!hasStorage()) return { ok: false, fault: 'unavailable' };
  try {
    // Large data saved apart belongs to this session only while the record says so: a session
    // without it drops the data record in the same transaction.
    const write = snapshot.dataApart
      ? set(KEY, snapshot, store())
      : store()('readwrite', (objects) => {
          objects.put(snapshot, KEY);
          objects.delete(DATA_KEY);
          return promisifyRequest(objects.transaction);
        });
    await withTimeout(write, WRITE_TIMEOUT_MS);
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: faultOf(error) };
  }
}

export async function clearSession(): Promise<void> {
  if (!hasStorage()) return;
  try {
    await withTimeout(delMany([KEY, DATA_KEY], store()), READ_TIMEOUT_MS);
  } catch {
    // nothing stored, or storage unavailable: either way there is nothing left to clear
  }
}

class NoAnswer extends Error {}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswer()), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The kind of fault behind an error from IndexedDB (or from our timeout). */
export function faultOf(error: unknown): StorageFault {
  if (error instanceof NoAnswer) return 'no-answer';
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

/**
 * Writes a large data set to its own record (see {@link DATA_KEY}). Meant for a worker: the
 * copy IndexedDB makes of the columns then costs the page nothing. Says which fault stopped it.
 */
export async function saveDataApart(dataSet: unknown): Promise<{ ok: true } | { ok: false; fault: StorageFault }> {
  if (!hasStorage()) return { ok: false, fault: 'unavailable' };
  try {
    await withTimeout(set(DATA_KEY, dataSet, store()), WRITE_TIMEOUT_MS * 4);
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: faultOf(error) };
  }
}

/** Reads the record of large data saved apart (meant for a worker); undefined when there is none. */
export async function readDataApart(): Promise<{ ok: true; stored: unknown } | { ok: false; fault: StorageFault }> {
  if (!hasStorage()) return { ok: false, fault: 'unavailable' };
  try {
    return { ok: true, stored: await get(DATA_KEY, store()) };
  } catch (error) {
    return { ok: false, fault: faultOf(error) };
  }
}
