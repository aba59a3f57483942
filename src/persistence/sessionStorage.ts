import { createStore, delMany, get, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import { savedIdentityOf } from './savedDataIdentity';
import { type ReadSession, readSnapshot, type SessionSnapshot, type StoredSessionRecord } from './sessionSnapshot';

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
/**
 * The identity of the data set in the data record when the page wrote it (uploaded or pasted
 * data of any size): a session record that names the same identity in `dataRecord` goes with
 * it, and a settings change then rewrites only the session record. Large data written apart by
 * a worker removes it, so no session takes that record for its own data.
 */
export const DATA_IDENTITY_KEY = 'data-identity';
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
  let withData: unknown;
  try {
    withData = await withDataRecord(stored);
  } catch (error) {
    return { kind: 'storage-fault', fault: faultOf(error) };
  }
  const read = readSnapshot(withData);
  if (read.ok) return { kind: 'restored', session: read.session };
  await clearSession();
  return { kind: 'discarded', reason: read.reason };
}

/**
 * A session record that names its data record (`dataRecord`, the data's identity), with the data
 * read back into it as older sessions held it inline; or with a sentence on why the data is not
 * there. Any other record is returned as it is.
 */
async function withDataRecord(stored: unknown): Promise<unknown> {
  const record = stored as { dataRecord?: unknown } | null;
  if (typeof record !== 'object' || record === null || typeof record.dataRecord !== 'string') return stored;
  const [data, identity] = await getMany([DATA_KEY, DATA_IDENTITY_KEY], store());
  if (data === undefined)
    return { ...record, dataSet: null, dataRecordProblem: 'its columns were missing from the browser’s storage' };
  if (identity !== record.dataRecord)
    return {
      ...record,
      dataSet: null,
      dataRecordProblem: 'its columns were replaced in the browser’s storage by other data',
    };
  return { ...record, dataSet: data };
}

/**
 * Saves the session; says which fault stopped it, if one did. Uploaded or pasted data go to the
 * data record, written only when that record does not already hold this very data set (its
 * identity differs): a change of settings writes the session record alone, a few hundred bytes,
 * instead of copying every column again. Both are written in one transaction.
 * `dataStored`: this page's last save stored this very data set, so it is not written or asked
 * about again; `leavingPage`: the page is being left (see below).
 */
export async function saveSession(
  snapshot: SessionSnapshot,
  { leavingPage = false, dataStored = false }: { leavingPage?: boolean; dataStored?: boolean } = {},
): Promise<{ ok: true } | { ok: false; fault: StorageFault }> {
  if (!hasStorage()) return { ok: false, fault: 'unavailable' };
  try {
    // A put that throws inside a request's callback aborts the transaction; its own error
    // (QuotaExceededError, say) is the fault to report, not the abort's.
    let thrown: unknown = null;
    const write = store()('readwrite', (objects) => {
      const { dataSet, ...rest } = snapshot;
      if (snapshot.dataApart) {
        // Large data saved apart by a worker belongs to this session while the record says so.
        objects.put(snapshot, KEY);
      } else if (dataSet) {
        const identity = savedIdentityOf(dataSet);
        const writeRecords = (dataStored: boolean) => {
          try {
            if (!dataStored) {
              objects.put(dataSet, DATA_KEY);
              objects.put(identity, DATA_IDENTITY_KEY);
            }
            const record: StoredSessionRecord = { ...rest, dataSet: null, dataRecord: identity };
            objects.put(record, KEY);
            objects.transaction.commit?.();
          } catch (error) {
            thrown = error;
            try {
              objects.transaction.abort();
            } catch {
              // already aborted (by the browser, or by the failing put itself): nothing left to stop
            }
          }
        };
        // A page being left has no time to ask what is stored: the answer would come after the
        // page is gone, and the write with it. Unless this page stored the data itself, it writes
        // the (small) data again instead.
        if (dataStored) writeRecords(true);
        else if (leavingPage) writeRecords(false);
        else {
          const kept = objects.get(DATA_IDENTITY_KEY);
          kept.onsuccess = () => writeRecords(kept.result === identity);
        }
      } else {
        // A session without data of its own drops the data record in the same transaction.
        objects.put(snapshot, KEY);
        objects.delete(DATA_KEY);
        objects.delete(DATA_IDENTITY_KEY);
      }
      // Every request is made: commit now, so a page being left still gets its write stored.
      if (snapshot.dataApart || !dataSet) objects.transaction.commit?.();
      return promisifyRequest(objects.transaction).catch((error: unknown) => {
        throw thrown ?? error;
      });
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
    await withTimeout(delMany([KEY, DATA_KEY, DATA_IDENTITY_KEY], store()), READ_TIMEOUT_MS);
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
    const write = store()('readwrite', (objects) => {
      objects.put(dataSet, DATA_KEY);
      objects.delete(DATA_IDENTITY_KEY);
      return promisifyRequest(objects.transaction);
    });
    await withTimeout(write, WRITE_TIMEOUT_MS * 4);
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
