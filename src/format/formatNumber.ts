const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A number for people: `significantDigits` significant digits; thousands grouped from 10 000
 * up to 10¹⁵;
 * very small or huge magnitudes as "3.6×10⁻⁶"; a true minus sign; and never "NaN" (non-finite
 * values read as "—").
 *
 * @example formatNumber(51795436, 8) // "51,795,436"
 * @example formatNumber(0.0000036, 2) // "3.6×10⁻⁶"
 */
export function formatNumber(value: number, significantDigits = 6): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  let text: string;
  if (magnitude >= 1e15 || magnitude < 1e-4) {
    return formatPowerOfTen(value, significantDigits);
  } else if (magnitude >= 1e4) {
    text = value.toLocaleString('en', { maximumSignificantDigits: significantDigits });
  } else {
    text = stripTrailingZeros(value.toPrecision(significantDigits));
  }
  return text.replace(/-/g, '−');
}

/**
 * A number as mantissa × a power of ten whatever its size, for columns whose values span many
 * orders (condition numbers); "—" for non-finite values.
 *
 * @example formatPowerOfTen(488_000_000_000_000, 3) // "4.88×10¹⁴"
 */
export function formatPowerOfTen(value: number, significantDigits = 6): string {
  if (!Number.isFinite(value)) return '—';
  const [mantissa, exponent] = value.toExponential(significantDigits - 1).split('e');
  const trimmed = mantissa!.includes('.') ? mantissa!.replace(/\.?0+$/, '') : mantissa!;
  const power = [...String(Number(exponent))].map((character) => SUPERSCRIPT[character]).join('');
  return `${trimmed}×10${power}`.replace(/-/g, '−');
}

/** "+ 2.5" or "− 2.5": a number that follows another in a sum, with its sign as the operator. */
export function signedTerm(value: number, significantDigits = 6): string {
  return `${value < 0 ? '−' : '+'} ${formatNumber(Math.abs(value), significantDigits)}`;
}

function stripTrailingZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
