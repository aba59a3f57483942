/** How many rates a sweep plots by default: enough for a smooth curve. */
export const DEFAULT_RATE_COUNT = 60;

/**
 * `count` learning rates spaced evenly on a log scale from `lowest` to `highest`, both
 * included: `rateᵢ = lowest · (highest/lowest)^(i/(count−1))`, like numpy's `geomspace`
 * (the ends are set exactly, not recomputed). Complexity O(count).
 * Throws a RangeError unless 0 < lowest < highest are finite and count is a whole number ≥ 2.
 *
 * @example logSpacedRates(0.001, 1, 4) // [0.001, 0.01, 0.1, 1], each to within rounding
 */
export function logSpacedRates(lowest: number, highest: number, count = DEFAULT_RATE_COUNT): Float64Array {
  if (!(lowest > 0) || !(highest > lowest) || !Number.isFinite(highest)) {
    throw new RangeError('The rates need 0 < lowest < highest, both finite.');
  }
  if (!Number.isInteger(count) || count < 2)
    throw new RangeError('A sweep needs a whole number of rates, two or more.');
  const logLowest = Math.log(lowest);
  const logStep = (Math.log(highest) - logLowest) / (count - 1);
  const rates = new Float64Array(count);
  for (let i = 0; i < count; i++) rates[i] = Math.exp(logLowest + i * logStep);
  rates[0] = lowest;
  rates[count - 1] = highest;
  return rates;
}
