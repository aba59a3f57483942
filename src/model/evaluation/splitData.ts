import type { ImportedColumn } from '../../adapters/csv/types';
import { everyRow, heldOutCount, type TrainTestSplit, trainTestSplit } from '../../core/split/trainTestSplit';
import type { DataSet } from '../dataSet';

/** A data set divided by a seeded split: the rows the model is fitted on and those held out. */
export interface SplitData {
  readonly split: TrainTestSplit;
  /** The training rows as a data set of their own (the data set itself when nothing is held out). */
  readonly training: DataSet;
  /** The held-out rows as a data set, or null when nothing is held out. */
  readonly test: DataSet | null;
}

/** The last split made of each data set, so a new learning rate does not copy the columns again. */
const lastSplit = new WeakMap<DataSet, { testFraction: number; seed: number; result: SplitData }>();

/**
 * The data set divided into training and held-out rows by `trainTestSplit(rowCount, fraction, seed)`.
 * With nothing held out the training part is the very same data set, so every published number
 * stays bit-exact. Columns keep their names; cells that give no number are listed in `missing`, counted in the part's own row order. A data set's own generated test set stays with the training part.
 * Complexity O(N·C) for a new split, O(1) when the same split is asked for again.
 */
export function splitDataSet(dataSet: DataSet, testFraction: number, seed: number): SplitData {
  const cached = lastSplit.get(dataSet);
  if (cached && cached.testFraction === testFraction && cached.seed === seed) return cached.result;
  if (heldOutCount(dataSet.rowCount, testFraction) === 0) {
    const whole: SplitData = { split: wholeSplit(dataSet.rowCount), training: dataSet, test: null };
    lastSplit.set(dataSet, { testFraction, seed, result: whole });
    return whole;
  }
  const split = trainTestSplit(dataSet.rowCount, testFraction, seed);
  const result: SplitData =
    split.testRows.length === 0
      ? { split, training: dataSet, test: null }
      : {
          split,
          training: subsetOf(dataSet, split.trainingRows, dataSet.title),
          test: { ...subsetOf(dataSet, split.testRows, `${dataSet.title} (held out)`), testSet: undefined },
        };
  lastSplit.set(dataSet, { testFraction, seed, result });
  return result;
}

/**
 * The row numbers of each part of `splitDataSet(dataSet, testFraction, seed)` without copying
 * any column: the split already made when there is one, otherwise made here. O(1) or O(N).
 */
export function splitRowsOf(dataSet: DataSet, testFraction: number, seed: number): TrainTestSplit {
  const cached = lastSplit.get(dataSet);
  if (cached && cached.testFraction === testFraction && cached.seed === seed) return cached.result.split;
  if (heldOutCount(dataSet.rowCount, testFraction) === 0) return wholeSplit(dataSet.rowCount);
  return trainTestSplit(dataSet.rowCount, testFraction, seed);
}

/**
 * The split that holds nothing out, the same as `trainTestSplit(rowCount, 0, seed)`, its list of
 * every row made only if something asks for it: a million rows would otherwise keep 4 MB of
 * row numbers 0, 1, 2, … alive with the data.
 */
function wholeSplit(rowCount: number): TrainTestSplit {
  let trainingRows: Uint32Array | null = null;
  return {
    get trainingRows() {
      trainingRows ??= everyRow(rowCount);
      return trainingRows;
    },
    testRows: new Uint32Array(),
  };
}

function subsetOf(dataSet: DataSet, rows: Uint32Array, title: string): DataSet {
  return {
    ...dataSet,
    title,
    rowCount: rows.length,
    columns: dataSet.columns.map((column) => columnRows(column, rows)),
  };
}

function columnRows(column: ImportedColumn, rows: Uint32Array): ImportedColumn {
  const values = new Float64Array(rows.length);
  let numericCount = 0;
  for (let k = 0; k < rows.length; k++) {
    const value = column.values[rows[k]!]!;
    values[k] = value;
    if (!Number.isNaN(value)) numericCount++;
  }
  // `missing` counts rows from 1 in the part's own order, as the importer does for a whole file
  const position = new Map<number, number>();
  for (let k = 0; k < rows.length; k++) position.set(rows[k]! + 1, k + 1);
  return {
    ...column,
    values,
    numericCount,
    missingCount: rows.length - numericCount,
    missing: column.missing
      .filter((cell) => position.has(cell.row))
      .map((cell) => ({ ...cell, row: position.get(cell.row)! })),
  };
}
