import type { UnusableReason } from './types';

// A number written the usual way: optional sign, digits with at most one decimal point, and an
// optional exponent. Hex, binary, "1_000", thousands separators and units are deliberately not
// numbers here, although JavaScript's Number() accepts some of them.
const pointNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// The same with a comma as the decimal mark (1,5 for one and a half).
const commaNumber = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const nonFiniteWord = /^[+-]?(?:inf|infinity|nan)$/i;
// Marks that spreadsheets, R and pandas write for "no value here".
const missingMarks = new Set(['', 'na', 'n/a', '#n/a', 'null', 'none', 'nil', '?', '-', '--', '.']);

/**
 * The cell's text as a student would read it: surrounding spaces dropped, and a pair of
 * double quotes around the whole value removed (papaparse keeps them when a space comes
 * before the opening quote, as in `1, "2"`).
 */
export function cleanCellText(cell: string): string {
  const text = cell.trim();
  const quoted = text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34;
  return quoted ? text.slice(1, -1).trim() : text;
}

/**
 * The finite number a cell holds, or NaN when it holds none (blank, text, Infinity, NaN, or a
 * value beyond the double range such as 1e400). With `decimalComma` a comma is the decimal mark
 * and a point is not accepted (it may be a thousands separator). Runs once per cell, so it
 * allocates nothing on the common path.
 *
 * @example cellToNumber(' 2.5E-4 ', false) // 0.00025
 * @example cellToNumber('1,5', true) // 1.5
 */
export function cellToNumber(cell: string, decimalComma: boolean): number {
  const text = cleanCellText(cell);
  let value: number;
  if (decimalComma) {
    if (!commaNumber.test(text)) return NaN;
    value = Number(text.replace(',', '.'));
  } else {
    if (!pointNumber.test(text)) return NaN;
    value = Number(text);
  }
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Why a cell for which {@link cellToNumber} gave NaN holds no usable number.
 *
 * @example classifyUnusableCell('NA', false) // 'missing'
 * @example classifyUnusableCell('1e400', false) // 'not-finite'
 */
export function classifyUnusableCell(cell: string, decimalComma: boolean): UnusableReason {
  const text = cleanCellText(cell);
  if (missingMarks.has(text.toLowerCase())) return 'missing';
  if (nonFiniteWord.test(text)) return 'not-finite';
  // Written like a number, yet not finite: it overflowed the double range.
  if ((decimalComma ? commaNumber : pointNumber).test(text)) return 'not-finite';
  return 'text';
}

/** True when the text is written like a number too large for a double (not the word Infinity). */
export function isBeyondDoubleRange(text: string): boolean {
  return !nonFiniteWord.test(text) && (pointNumber.test(text) || commaNumber.test(text));
}

/** True when every cell holds a finite number; used to spot a file whose first line is data. */
export function allCellsNumeric(cells: readonly string[], decimalComma: boolean): boolean {
  return cells.length > 0 && cells.every((cell) => !Number.isNaN(cellToNumber(cell, decimalComma)));
}
