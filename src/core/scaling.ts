import { isFarFromZero } from './centring';
import { columnRange, type NumericColumn } from './columns';
import type { Line } from './line';

/**
 * An affine map `scaled = value · scale + offset` that sends a column's minimum to 0 and its
 * maximum to 1.
 */
export interface MinMaxScaler {
  readonly min: number;
  readonly max: number;
  readonly scale: number;
  readonly offset: number;
}

/**
 * Fits a min–max scaler exactly as scikit-learn's MinMaxScaler does: `scale = 1/(max−min)`,
 * `offset = −min·scale`. (The textbook `(v−min)/(max−min)` rounds differently on about half
 * the values, which shifts fitted coefficients by ~1e−16 and breaks bit-for-bit agreement with
 * the published results.) A constant column gets `scale = 1`, as in scikit-learn.
 * Complexity O(n). Throws a DataError on an empty column.
 *
 * @example fitMinMaxScaler([2, 4, 6]) // { min: 2, max: 6, scale: 0.25, offset: -0.5 }
 */
export function fitMinMaxScaler(values: ArrayLike<number>): MinMaxScaler {
  const { min, max } = columnRange(values);
  const range = max - min;
  const scale = range === 0 ? 1 : 1 / range;
  return { min, max, scale, offset: -min * scale };
}

/** Applies a scaler to every value, returning a new column. Complexity O(n). */
export function applyScaler(scaler: MinMaxScaler, values: ArrayLike<number>): NumericColumn {
  return applyScalerInto(scaler, values, 0, values.length, new Float64Array(values.length));
}

/**
 * Writes the scaled values of `values[from..to)` into `out[0..to−from)` and returns `out`: the
 * same arithmetic as {@link applyScaler}, bit for bit, a slice at a time (so a million rows can be
 * counted or summed in their scaled units without a scaled copy of the whole column). O(to − from).
 */
export function applyScalerInto(
  scaler: MinMaxScaler,
  values: ArrayLike<number>,
  from: number,
  to: number,
  out: Float64Array,
): Float64Array {
  if (isFarFromZero(scaler.min, scaler.max)) {
    // Near 1e15, value·scale and offset are huge and nearly cancel; (value − min) is exact
    // (Sterbenz's lemma), so this form keeps every digit. Mathematically the same map.
    for (let i = from; i < to; i++) out[i - from] = (values[i]! - scaler.min) * scaler.scale;
    return out;
  }
  for (let i = from; i < to; i++) out[i - from] = values[i]! * scaler.scale + scaler.offset;
  return out;
}

/** The identity map, for when scaling is switched off. */
export const IDENTITY_SCALER: MinMaxScaler = Object.freeze({ min: 0, max: 1, scale: 1, offset: 0 });

/**
 * Re-expresses a line fitted on scaled data in the original units.
 * With `x' = x·sx + ox` and `y' = y·sy + oy`, the line `y' = a + b·x'` is
 * `y = (a + b·ox − oy)/sy + (b·sx/sy)·x`.
 */
export function lineInOriginalUnits(line: Line, featureScaler: MinMaxScaler, responseScaler: MinMaxScaler): Line {
  return {
    intercept: (line.intercept + line.slope * featureScaler.offset - responseScaler.offset) / responseScaler.scale,
    slope: (line.slope * featureScaler.scale) / responseScaler.scale,
  };
}

/**
 * A scaler that only divides by the column's largest magnitude (`scaled = value / max|value|`,
 * offset 0), so that zero stays zero: the scaling a model fitted through the origin needs,
 * since a shift would add an intercept. An all-zero column gets `scale = 1`. Complexity O(n).
 *
 * @example fitMagnitudeScaler([-2, 4]) // { min: 0, max: 4, scale: 0.25, offset: 0 }
 */
export function fitMagnitudeScaler(values: ArrayLike<number>): MinMaxScaler {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]!));
  return { min: 0, max: largest, scale: largest === 0 ? 1 : 1 / largest, offset: 0 };
}
