import { cellToNumber, classifyUnusableCell, cleanCellText } from './cellNumber';
import type { ColumnKind, ImportedColumn, UnusableCell, UnusableReason } from './types';

/** How many unusable cells of each reason a column remembers (with their text) for messages. */
export const EXAMPLES_PER_REASON = 5;

/** Collects one column's cells, row by row, into a growing Float64Array. */
export interface ColumnBuilder {
  /** Adds the next data row's cell. */
  add(cell: string): void;
  /** The finished column; its values are an exact-length copy with a buffer of their own. */
  finish(): ImportedColumn;
}

/** The name to show for a header cell: the name, or "(unnamed column N)" when it is blank. */
export function columnLabel(name: string, position: number): string {
  return name === '' ? `(unnamed column ${position + 1})` : name;
}

/**
 * Starts a column. `position` is its 0-based place in the header (for the label of an unnamed
 * column). Adding a cell costs O(1) amortised: the array doubles when full.
 */
export function createColumnBuilder(name: string, position: number, decimalComma: boolean): ColumnBuilder {
  let values = new Float64Array(1024);
  let rowCount = 0;
  let numericCount = 0;
  const unusable: Record<UnusableReason, number> = { missing: 0, text: 0, 'not-finite': 0 };
  const examples: UnusableCell[] = [];

  function add(cell: string): void {
    if (rowCount === values.length) {
      const larger = new Float64Array(values.length * 2);
      larger.set(values);
      values = larger;
    }
    const value = cellToNumber(cell, decimalComma);
    values[rowCount++] = value;
    if (!Number.isNaN(value)) {
      numericCount++;
      return;
    }
    const reason = classifyUnusableCell(cell, decimalComma);
    if (unusable[reason]++ < EXAMPLES_PER_REASON) examples.push({ row: rowCount, value: cleanCellText(cell), reason });
  }

  function finish(): ImportedColumn {
    const finalValues = values.slice(0, rowCount);
    const kind = kindOf(numericCount, unusable);
    return {
      name,
      label: columnLabel(name, position),
      values: finalValues,
      numericCount,
      missing: examples,
      missingCount: rowCount - numericCount,
      kind,
      isIndex: (name === '' && numericCount > 0) || (kind === 'numeric' && isRowNumbering(finalValues)),
    };
  }

  return { add, finish };
}

/**
 * Numeric when every cell is a finite number; mostly numeric when finite numbers are at least
 * as many as cells of text; empty when nothing but blanks and missing-value marks.
 */
function kindOf(numericCount: number, unusable: Record<UnusableReason, number>): ColumnKind {
  const unusableCount = unusable.missing + unusable.text + unusable['not-finite'];
  if (unusableCount === 0) return numericCount > 0 ? 'numeric' : 'empty';
  if (numericCount === 0) return unusable.text + unusable['not-finite'] === 0 ? 'empty' : 'text';
  return numericCount >= unusable.text ? 'mostly-numeric' : 'text';
}

/** True when the values are exactly 1, 2, …, N or 0, 1, …, N−1: row numbers, not data. */
export function isRowNumbering(values: Float64Array): boolean {
  if (values.length < 2) return false;
  const start = values[0];
  if (start !== 0 && start !== 1) return false;
  for (let i = 1; i < values.length; i++) if (values[i] !== start + i) return false;
  return true;
}
