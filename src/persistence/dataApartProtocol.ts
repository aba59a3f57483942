import type { DataOrigin, DataSet } from '../model/dataSet';
import type { Preparation } from '../model/preparedData';
import type { StorageFault } from './sessionStorage';

/** What restoring large data saved apart needs: where it came from, and how to prepare its fit. */
export interface RestoreApartRequest {
  readonly origin: DataOrigin;
  /** The columns the saved session had chosen, tried first. */
  readonly preferred?: { readonly featureName: string; readonly responseName: string };
  readonly scaled: boolean;
}

/** The restored data and its prepared fit (arrays transferred), or why it could not be used. */
export type RestoreApartReply =
  | {
      readonly ok: true;
      readonly dataSet: DataSet;
      readonly preparation: Preparation;
      /** What reading the saved file again found worth saying (rows left out, …); none for saved columns. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problem: string }
  | { readonly ok: false; readonly fault: StorageFault };

/** How writing the data's own record went. */
export type SaveApartOutcome = { readonly ok: true } | { readonly ok: false; readonly fault: StorageFault };
