import { EXAMPLES_PER_REASON } from './columnBuilder';
import {
  constantFeature,
  describeLeftOut,
  outOfScale,
  type PairProblem,
  sameColumn,
  tooFewUsableRows,
} from './pairMessages';
import type { ImportedColumn, UnusableCell } from './types';

/**
 * How many left-out rows are listed by row number; the rest are only counted. It must not
 * exceed the number of unusable cells a column remembers per reason (see {@link leftOutCell}).
 */
export const LEFT_OUT_ROWS_TO_LIST = EXAMPLES_PER_REASON;

/** An unusable cell in one of the two chosen columns, which keeps its row out of the fit. */
export interface LeftOutCell extends UnusableCell {
  /** The label of the column the cell is in. */
  readonly column: string;
}

/** The rows of a feature/response pair that can be fitted, or why too few can. */
export type UsableRows =
  | {
      readonly ok: true;
      /** The feature's values on the usable rows, in file order; all finite. */
      readonly feature: Float64Array;
      /** The response's values on the same rows; all finite. */
      readonly response: Float64Array;
      /** The first few unusable cells of the left-out rows (both cells when both are unusable). */
      readonly leftOut: readonly LeftOutCell[];
      /** How many rows are left out in all. */
      readonly leftOutCount: number;
      /** A sentence for the student about the left-out rows, or null when none are left out. */
      readonly notice: string | null;
    }
  | { readonly ok: false; readonly problem: PairProblem };

/**
 * Pairs a feature column with a response column row by row, keeping the rows where both hold a
 * finite number; a row with a blank, text, Infinity, NaN or out-of-range value in either column
 * is left out, and the first few such cells are listed. Fails when the two are the same
 * column, when fewer than two rows remain, or when every remaining feature value is equal (no
 * single best line exists then). Two passes over the rows: O(n) time; O(n) new memory only when
 * rows are left out (otherwise the pair is the two columns' own arrays, which must not be written to).
 */
export function usableRows(feature: ImportedColumn, response: ImportedColumn): UsableRows {
  if (feature === response) return { ok: false, problem: sameColumn(feature) };
  const x = feature.values;
  const y = response.values;
  if (x.length !== y.length) throw new Error('usableRows: the two columns come from different tables.');
  let usableCount = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) usableCount++;

  // Columns are never written to after import, so when every row is usable the pair shares
  // them instead of copying: a million rows then cost no second 16 MB.
  const complete = usableCount === x.length;
  const pairedFeature = complete ? x : new Float64Array(usableCount);
  const pairedResponse = complete ? y : new Float64Array(usableCount);
  const leftOut: LeftOutCell[] = [];
  let listedRows = 0;
  for (let i = 0, kept = 0; i < x.length && !complete; i++) {
    const xMissing = Number.isNaN(x[i]!);
    const yMissing = Number.isNaN(y[i]!);
    if (!xMissing && !yMissing) {
      pairedFeature[kept] = x[i]!;
      pairedResponse[kept++] = y[i]!;
    } else if (listedRows < LEFT_OUT_ROWS_TO_LIST) {
      listedRows++;
      if (xMissing) leftOut.push(leftOutCell(feature, i + 1));
      if (yMissing) leftOut.push(leftOutCell(response, i + 1));
    }
  }

  const leftOutCount = x.length - usableCount;
  const pair = { feature, response, rowCount: x.length, leftOut, leftOutCount };
  if (usableCount < 2) return { ok: false, problem: tooFewUsableRows(pair, usableCount) };
  const featureScale = scaleOf(pairedFeature);
  const responseScale = scaleOf(pairedResponse);
  const scaleProblem =
    outOfScale(feature, featureScale.largest, featureScale.spread) ??
    outOfScale(response, responseScale.largest, responseScale.spread);
  if (scaleProblem) return { ok: false, problem: scaleProblem };
  if (featureScale.spread === 0) {
    return { ok: false, problem: constantFeature(feature, pairedFeature[0]!) };
  }
  return {
    ok: true,
    feature: pairedFeature,
    response: pairedResponse,
    leftOut,
    leftOutCount,
    notice: describeLeftOut(pair),
  };
}

/**
 * The remembered cell of a left-out row. A column keeps the first few unusable cells of each
 * reason, and only the first few left-out rows are listed, so the cell is always among them:
 * every earlier cell of the same column and reason belongs to an earlier listed row.
 */
function leftOutCell(column: ImportedColumn, row: number): LeftOutCell {
  const cell = column.missing.find((candidate) => candidate.row === row)!;
  return { ...cell, column: column.label };
}

/** The largest magnitude and the range (max − min) of a column of finite values. O(n). */
function scaleOf(values: Float64Array): { largest: number; spread: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { largest: Math.max(Math.abs(min), Math.abs(max)), spread: max - min };
}
