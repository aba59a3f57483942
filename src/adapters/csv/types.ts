/** The separators the importer recognises between values on a line. */
export type Delimiter = ',' | ';' | '\t';

/**
 * Why a cell gives no usable number: `missing` is blank or a missing-value mark such as NA;
 * `text` is anything else that is not a number; `not-finite` is Infinity, NaN, or a number
 * too large for a double (1e400).
 */
export type UnusableReason = 'missing' | 'text' | 'not-finite';

/** One cell that gave no usable number. `row` counts data rows from 1 (the header is not a row). */
export interface UnusableCell {
  readonly row: number;
  /** The cell's text, trimmed, exactly as in the file. Plain text: never render it as HTML. */
  readonly value: string;
  readonly reason: UnusableReason;
}

/**
 * What a column turned out to hold: every cell a finite number (`numeric`), numbers with some
 * blank or unreadable cells (`mostly-numeric`), mostly words (`text`), or nothing (`empty`).
 * Only numeric and mostly-numeric columns can be a feature or a response.
 */
export type ColumnKind = 'numeric' | 'mostly-numeric' | 'text' | 'empty';

/** One column of an imported file, held as numbers. */
export interface ImportedColumn {
  /** The header cell, trimmed; '' for an unnamed column. Plain text, never HTML. */
  readonly name: string;
  /** The name to show: `name`, or "(unnamed column 3)" when the header cell is empty. */
  readonly label: string;
  /** One value per data row; NaN where the cell is blank or not a finite number. */
  readonly values: Float64Array;
  /** How many cells hold a finite number. */
  readonly numericCount: number;
  /** The first few unusable cells of each reason, in row order. */
  readonly missing: readonly UnusableCell[];
  /** How many cells are unusable in all (rowCount − numericCount). */
  readonly missingCount: number;
  readonly kind: ColumnKind;
  /** True for a row-number column: an unnamed numeric column, or values exactly 1…N or 0…N−1. */
  readonly isIndex: boolean;
}

/** A whole imported file: equal-length numeric columns plus what was detected about its format. */
export interface ImportedTable {
  /** The file name, when the table came from a file. */
  readonly name?: string;
  readonly rowCount: number;
  readonly delimiter: Delimiter;
  /** True when commas were read as decimal marks (1,5 = 1.5), as in many European exports. */
  readonly decimalComma: boolean;
  /** False when the first line held numbers and was read as data (columns named "column 1", …). */
  readonly hasHeaderRow: boolean;
  readonly columns: readonly ImportedColumn[];
}

/** Codes for files that cannot be imported at all; each has its own message. */
export type CsvProblemCode =
  | 'file-too-large'
  | 'empty-file'
  | 'binary-file'
  | 'utf16-text'
  | 'unterminated-quote'
  | 'duplicate-column-names'
  | 'ragged-rows'
  | 'header-only'
  | 'too-few-rows'
  | 'unreadable-separator'
  | 'no-numeric-column'
  | 'cancelled'
  | 'import-failed';

/** Why an import failed, as a code for the program and a sentence for the student. */
export interface CsvProblem {
  readonly code: CsvProblemCode;
  readonly message: string;
}

/** The outcome of an import: a table with any warnings, or the one problem that stopped it. */
export type CsvImportResult =
  | { readonly ok: true; readonly table: ImportedTable; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problem: CsvProblem };

/** Settings shared by every way of importing. */
export interface CsvImportOptions {
  /** Largest accepted file, in bytes of UTF-8. Defaults to {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** Called as parsing advances with the fraction of the text read so far, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * Whether a plain numeric file may be read on the fast path (on by default). It gives exactly
   * papaparse's table; tests switch it off to compare the two.
   */
  readonly plainNumericFastPath?: boolean;
}

/** The default size limit: 200 MiB (200 × 1024² bytes). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
