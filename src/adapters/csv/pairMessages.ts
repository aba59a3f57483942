import { describeUnusableCell } from './cellDescriptions';
import { counted, mentionColumn } from './messageText';
import type { ImportedColumn, UnusableCell } from './types';

/** Why a chosen feature/response pair cannot be fitted. */
export interface PairProblem {
  readonly code: 'same-column' | 'too-few-usable-rows' | 'constant-feature' | 'out-of-scale';
  readonly message: string;
}

/** A chosen pair and the rows it loses, as the messages below need them. */
export interface PairSummary {
  readonly feature: ImportedColumn;
  readonly response: ImportedColumn;
  readonly rowCount: number;
  readonly leftOut: readonly (UnusableCell & { readonly column: string })[];
  readonly leftOutCount: number;
}

/** The same column was chosen as feature and response. */
export function sameColumn(column: ImportedColumn): PairProblem {
  return {
    code: 'same-column',
    message: `The feature and the response are both ${mentionColumn(column)}. Choose two different columns.`,
  };
}

/** Every usable feature value is `value`, so no line is best (the slope is undetermined). */
export function constantFeature(feature: ImportedColumn, value: number): PairProblem {
  return {
    code: 'constant-feature',
    message: `Every usable value of ${mentionColumn(feature)} is ${value}, so all the points sit on one vertical line and no single line fits them best. Choose a feature whose values vary.`,
  };
}

/** Fewer than two rows hold numbers in both columns; the message gives examples of why. */
export function tooFewUsableRows(pair: PairSummary, usableCount: number): PairProblem {
  const rows =
    usableCount === 0 ? 'No row has' : `Only ${counted(usableCount, 'row')} ${usableCount === 1 ? 'has' : 'have'}`;
  const reasons = pair.leftOut.length > 0 ? ` For example, ${listCells(pair)}.` : '';
  return {
    code: 'too-few-usable-rows',
    message: `${rows} a number in both ${mentionColumn(pair.feature)} and ${mentionColumn(pair.response)}, and a line needs at least two points.${reasons} Choose other columns, or fill in the missing values in the file.`,
  };
}

/**
 * A sentence saying how many rows are left out and why, naming the first few; any Infinity,
 * NaN or out-of-range value in either column is named as well, even past the first few.
 * Null when no row is left out.
 */
export function describeLeftOut(pair: PairSummary): string | null {
  if (pair.leftOutCount === 0) return null;
  const unlistedRowCount = pair.leftOutCount - new Set(pair.leftOut.map((cell) => cell.row)).size;
  const more = unlistedRowCount > 0 ? `; and ${counted(unlistedRowCount, 'more row')}` : '';
  const listedRows = new Set(pair.leftOut.map((cell) => `${cell.column}\n${cell.row}`));
  const unlisted = [pair.feature, pair.response].flatMap((column) =>
    column.missing
      .filter((cell) => cell.reason === 'not-finite' && !listedRows.has(`${column.label}\n${cell.row}`))
      .map((cell) => describeUnusableCell(cell, mentionColumn(column))),
  );
  const also = unlisted.length > 0 ? ` Also, ${unlisted.join('; ')}.` : '';
  return `${counted(pair.leftOutCount, 'row')} of ${pair.rowCount.toLocaleString('en')} ${pair.leftOutCount === 1 ? 'is' : 'are'} left out of the fit because ${mentionColumn(pair.feature)} or ${mentionColumn(pair.response)} has no usable number there: ${listCells(pair)}${more}.${also}`;
}

function listCells(pair: PairSummary): string {
  const mentions = new Map([pair.feature, pair.response].map((column) => [column.label, mentionColumn(column)]));
  return pair.leftOut.map((cell) => describeUnusableCell(cell, mentions.get(cell.column)!)).join('; ');
}

/**
 * Largest magnitude a value may have: its square is then at most 1e300, so sums of a hundred
 * million squares still fit below the largest double (about 1.8e308).
 */
export const LARGEST_FITTABLE_MAGNITUDE = 1e150;
/** Smallest spread a column may have: below it, squared deviations fall under 1e-300 and vanish. */
export const SMALLEST_FITTABLE_SPREAD = 1e-150;

/**
 * Why a column's numbers cannot be fitted as they are, when they are too large (squares and
 * sums overflow) or vary too little (squares underflow to zero); null when they are fine.
 */
export function outOfScale(column: ImportedColumn, largest: number, spread: number): PairProblem | null {
  const name = mentionColumn(column);
  if (largest > LARGEST_FITTABLE_MAGNITUDE) {
    return {
      code: 'out-of-scale',
      message: `The data in ${name} is too large to fit: it holds values as large as ${largest.toPrecision(3)}, and fitting a line squares and adds them, which passes the largest number a computer's doubles can hold (about 1.8e308). Divide the column by a power of ten (say 1e300) and load it again.`,
    };
  }
  if (spread > 0 && spread < SMALLEST_FITTABLE_SPREAD) {
    return {
      code: 'out-of-scale',
      message: `The data in ${name} is too close to zero to fit: its values differ by only ${spread.toPrecision(3)}, and the squares of such differences are too small for a computer's doubles, which round them to 0. Multiply the column by a power of ten (say 1e300) and load it again.`,
    };
  }
  return null;
}
