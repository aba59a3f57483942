import { DataError } from './dataError';

/** A numeric column of a data set. Typed arrays keep a million rows in 8 MB, not 40. */
export type NumericColumn = Float64Array;

/** Copies any array-like of numbers into a {@link NumericColumn}. */
export function toColumn(values: ArrayLike<number>): NumericColumn {
  return Float64Array.from(values);
}

/**
 * Checks that a feature and a response column can be fitted: equal length, at least two
 * points, every value finite. Throws a {@link DataError} naming the first problem.
 * Complexity O(n).
 */
export function assertFittable(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  names = { feature: 'the feature', response: 'the response' },
): void {
  if (feature.length !== response.length) {
    throw new DataError(
      `${names.feature} has ${feature.length} values but ${names.response} has ${response.length}; they must pair up row by row.`,
    );
  }
  if (feature.length < 2) {
    throw new DataError(
      `A line needs at least two points; there ${feature.length === 1 ? 'is only one' : 'are none'}.`,
    );
  }
  for (const [column, label] of [
    [feature, names.feature],
    [response, names.response],
  ] as const) {
    for (let i = 0; i < column.length; i++) {
      if (!Number.isFinite(column[i]!)) {
        throw new DataError(`Row ${i + 1} of ${label} is ${String(column[i])}; every value must be a finite number.`);
      }
    }
  }
}

/** Smallest and largest value of a non-empty column. Complexity O(n). */
export function columnRange(values: ArrayLike<number>): { min: number; max: number } {
  if (values.length === 0) throw new DataError('The column is empty.');
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}
