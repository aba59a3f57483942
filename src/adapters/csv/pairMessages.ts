import { describeUnusableCell } from './cellDescriptions';
import { counted, mentionColumn } from './messageText';
import type { ImportedColumn, UnusableCell } from './types';

/** Why a chosen feature/response pair cannot be fitted. */
export interface PairProblem {
  readonly code: 'same-column' | 'too-few-usable-rows' | 'constant-feature';
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
