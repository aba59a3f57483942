import { shiftedMean } from '../core/centring';
import { pairwiseSumOf } from '../core/summation';
import { formatNumber } from '../format/formatNumber';

/** Below this many digits of a column's variation surviving storage as doubles, the fit warns. */
export const STORED_DIGITS_TO_WARN = 10;
/** Past this many standard deviations between the data and x = 0, the intercept is flagged. */
export const INTERCEPT_DISTANCE_TO_WARN = 1e6;

/** Half the gap between a double near |value| and the next: the most storage can be off by. */
export function storageError(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 0;
  return 2 ** (Math.floor(Math.log2(magnitude)) - 53);
}

/** The mean, the standard deviation and the largest magnitude of a column. O(n). */
function spreadOf(values: Float64Array) {
  const { shift, shiftedMean: small, mean } = shiftedMean(values);
  const variance = pairwiseSumOf(values.length, (i) => (values[i]! - shift - small) ** 2) / values.length;
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]!));
  return { mean, deviation: Math.sqrt(variance), largest };
}

/**
 * When the data's own conditioning limits what any exact fit can mean, a plain sentence that
 * says so; null otherwise. Two causes:
 * - a column sits so far from zero for how little it varies that a double stores each value
 *   only to a few digits of its difference from the others (x near 1e15 varying by 1: doubles
 *   there are 0.125 apart). The digits estimate is log10(standard deviation / storage error).
 * - the feature's values are more than a million standard deviations from zero, so the
 *   intercept (the line's height at x = 0) is a long extrapolation of the slope.
 * The fit itself is computed about the data's own centre, so it is right for the numbers as
 * stored; the warning is about the numbers as written.
 */
export function describeFitConditioning(
  names: { feature: string; response: string },
  rawFeature: Float64Array,
  rawResponse: Float64Array,
): string | null {
  const sentences: string[] = [];
  const feature = spreadOf(rawFeature);
  for (const [name, column] of [
    [names.feature, feature],
    [names.response, spreadOf(rawResponse)],
  ] as const) {
    const error = storageError(column.largest);
    if (column.deviation === 0 || error === 0) continue;
    const digits = Math.log10(column.deviation / error);
    if (digits >= STORED_DIGITS_TO_WARN) continue;
    const kept = Math.max(0, Math.floor(digits));
    sentences.push(
      `The values of ${name} are as large as ${formatNumber(column.largest, 3)} but vary by only about ${formatNumber(column.deviation, 2)}; doubles that large are ${formatNumber(2 * error, 3)} apart, so each value keeps only about ${kept} significant digit${kept === 1 ? '' : 's'} of how it differs from the others. The line is exact for the numbers as stored, but trust only about ${kept} digit${kept === 1 ? '' : 's'} of it against the numbers as written.`,
    );
  }
  const distance = Math.abs(feature.mean) / feature.deviation;
  if (feature.deviation > 0 && distance > INTERCEPT_DISTANCE_TO_WARN) {
    sentences.push(
      `The intercept is the line's height at ${names.feature} = 0, about ${distance.toExponential(1).replace('e+', 'e')} standard deviations away from the data: it extrapolates the slope that far, so read it as a property of the formula rather than of the data.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
