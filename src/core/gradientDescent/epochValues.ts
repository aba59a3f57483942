/**
 * One number per epoch of a run, entry k for epoch k (k = 0 … length − 1), read with `at(k)`.
 * A Float64Array is one; so is a closed-form run's line (`closedFormLine.ts`), which holds no
 * array of lines and computes the one asked for in O(1). Readers that need a few epochs (the
 * one on screen, a thinned path, the rows of the log in view) ask for those only.
 */
export interface EpochValues {
  readonly length: number;
  /**
   * The value at `epoch`, as `TypedArray.prototype.at` reads an index: the integer part of
   * `epoch` (NaN reads as 0), a negative one counting back from the end; undefined outside
   * 0 … length − 1.
   */
  at(epoch: number): number | undefined;
}

/**
 * The values as a Float64Array of `values.length` entries: `values` itself when it is one
 * (O(1), no copy), otherwise every entry read once (O(length)), for a caller that needs all
 * of them at once (a transfer, a hash). Throws nothing.
 */
export function epochValuesArray(values: EpochValues): Float64Array {
  if (values instanceof Float64Array) return values;
  const array = new Float64Array(values.length);
  for (let epoch = 0; epoch < array.length; epoch++) array[epoch] = values.at(epoch)!;
  return array;
}
