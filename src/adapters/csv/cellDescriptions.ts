import { isBeyondDoubleRange } from './cellNumber';
import { quoted, shortened } from './messageText';
import type { UnusableCell } from './types';

/**
 * What is wrong with an unusable cell, as the end of a sentence that starts with the cell's
 * place ("row 7 of “x” …"): "is empty", "holds “n/a”", or, for values that are not finite,
 * exactly why not, e.g. "holds 1e400, which is beyond the range of double-precision numbers".
 */
export function describeUnusableValue(cell: UnusableCell): string {
  if (cell.reason === 'missing')
    return cell.value === '' ? 'is empty' : `holds ${quoted(cell.value)}, a mark for a missing value`;
  if (cell.reason === 'text') return `holds ${quoted(cell.value)}, which is not a number`;
  if (isBeyondDoubleRange(cell.value)) {
    return `holds ${shortened(cell.value)}, which is beyond the range of double-precision numbers (the largest is about 1.8e308)`;
  }
  if (/nan/i.test(cell.value)) return `holds ${quoted(cell.value)} (“not a number”), which cannot be fitted`;
  return `holds ${quoted(cell.value)}, which is not a finite number`;
}

/** "row 7 of “x” holds 1e400, …": a cell's place and its problem in one clause. */
export function describeUnusableCell(cell: UnusableCell, columnMention: string): string {
  return `row ${cell.row} of ${columnMention} ${describeUnusableValue(cell)}`;
}
