/**
 * A number for people: `significantDigits` significant digits, scientific notation only for
 * very large or very small magnitudes, a true minus sign, and never "NaN" (non-finite values
 * read as "—").
 */
export function formatNumber(value: number, significantDigits = 6): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text = magnitude >= 1e6 || magnitude < 1e-4
    ? value.toExponential(significantDigits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e')
    : stripTrailingZeros(value.toPrecision(significantDigits));
  return text.replace(/-/g, '−');
}

function stripTrailingZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
