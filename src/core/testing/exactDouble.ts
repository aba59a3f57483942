// Test helper: the exact value of a double as a BigInt numerator over the fixed denominator
// 2^EXACT_SHIFT (every finite double not above ~1e300 is an integer multiple of 2^−1074), so
// sums and products of doubles can be checked without any rounding.
export const EXACT_SHIFT = 1100n;

export function exactDouble(value: number): bigint {
  if (value === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = BigInt((exponent === 0 ? 1 : exponent) - 1075) + EXACT_SHIFT;
  const magnitude = power >= 0n ? mantissa << power : mantissa >> -power;
  return value < 0 ? -magnitude : magnitude;
}
