/** A number written for a TeX equation: significant digits, and ×10ⁿ instead of "e" for very large or small values. */
export function texNumber(value: number, significantDigits = 4): string {
  if (!Number.isFinite(value)) return '\\text{—}';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-3) {
    const [mantissa, exponent] = value.toExponential(significantDigits - 1).split('e');
    return `${Number(mantissa)}\\times10^{${Number(exponent)}}`;
  }
  return String(Number(value.toPrecision(significantDigits)));
}
