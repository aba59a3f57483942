import type { DataSet } from '../model/dataSet';
import type { StorageFault } from './sessionStorage';

// Which large data sets are kept in their own record (see DATA_KEY in sessionStorage.ts), and
// how their writing went. A worker writes the record; the page only learns the outcome, and
// its session record names the data apart once that write has succeeded.

/** How the writing of a data set's own record stands. */
export type DataApartState =
  | { readonly status: 'saving'; readonly done: Promise<void> }
  | { readonly status: 'saved' }
  | { readonly status: 'failed'; readonly fault: StorageFault };

const states = new WeakMap<DataSet, DataApartState>();

/** Follows the write of `dataSet`'s own record, started elsewhere (in a worker). */
export function trackDataApart(
  dataSet: DataSet,
  writing: Promise<{ ok: true } | { ok: false; fault: StorageFault }>,
): void {
  const done = writing.then(
    (outcome) => {
      states.set(dataSet, outcome.ok ? { status: 'saved' } : { status: 'failed', fault: outcome.fault });
    },
    () => {
      states.set(dataSet, { status: 'failed', fault: 'failed' });
    },
  );
  states.set(dataSet, { status: 'saving', done });
}

/** Records that `dataSet` came from its own saved record (restored), so it need not be written again. */
export function markDataApartSaved(dataSet: DataSet): void {
  states.set(dataSet, { status: 'saved' });
}

/** How the writing of `dataSet`'s own record stands; undefined for data saved inside the session. */
export function dataApartState(dataSet: DataSet): DataApartState | undefined {
  return states.get(dataSet);
}
