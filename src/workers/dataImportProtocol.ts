import type { CsvProblem } from '../adapters/csv/types';
import type { DataOrigin, DataSet } from '../model/dataSet';
import type { Preparation } from '../model/preparedData';

/** A file to import in the worker, and what to do with it once read. */
export interface DataImportRequest {
  /** The file's name (a File copied to a worker is not always still a File). */
  readonly name?: string;
  readonly maxBytes?: number;
  /** How the data set is named and described on the page. */
  readonly origin: DataOrigin;
  readonly title: string;
  readonly source: string;
  /** Above this many rows, or this many columns, the worker also chooses the columns and prepares their fit. */
  readonly prepareAboveRows: number;
  readonly prepareAboveColumns: number;
  /** Whether the page shows data scaled, so the fit is prepared in the units shown. */
  readonly scaled: boolean;
}

/**
 * The imported data set (columns transferred, not copied), its warnings, and for large data
 * the prepared fit; or the problem that stopped the import.
 */
export type DataImportReply =
  | {
      readonly ok: true;
      readonly dataSet: DataSet;
      readonly warnings: readonly string[];
      readonly preparation: Preparation | null;
    }
  | { readonly ok: false; readonly problem: CsvProblem };
