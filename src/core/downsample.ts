/** A series thinned for drawing: the epochs kept, in increasing order, and the value at each. */
export interface ThinnedSeries {
  readonly epochs: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/**
 * Thins a long series for drawing while keeping its shape: the epochs are cut into `buckets`
 * equal runs and each run contributes its first point and its lowest and highest values, so
 * spikes and oscillations survive; the last epoch is always kept. A series of at most
 * 3·buckets values is drawn whole: its epochs are 0 … n − 1 and its values are `values`
 * itself, not a copy. Otherwise the result is two typed arrays of at most 3·buckets + 1
 * entries. O(n) time, no allocation per value. Throws nothing.
 */
export function thinSeries(values: ArrayLike<number>, buckets = 1500): ThinnedSeries {
  const count = values.length;
  if (count <= 3 * buckets) {
    const epochs = new Float64Array(count);
    for (let i = 0; i < count; i++) epochs[i] = i;
    return { epochs, values };
  }
  const epochs = new Float64Array(3 * buckets + 1);
  const kept = new Float64Array(3 * buckets + 1);
  let length = 0;
  const keep = (index: number) => {
    epochs[length] = index;
    kept[length] = values[index]!;
    length++;
  };
  const size = count / buckets;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = Math.floor(bucket * size);
    const end = Math.min(count, Math.floor((bucket + 1) * size));
    let low = start;
    let high = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i]! < values[low]!) low = i;
      if (values[i]! > values[high]!) high = i;
    }
    // the bucket's first epoch, then its lowest and highest in epoch order, each once
    const earlier = Math.min(low, high);
    const later = Math.max(low, high);
    keep(start);
    if (earlier !== start) keep(earlier);
    if (later !== earlier) keep(later);
  }
  if (epochs[length - 1] !== count - 1) keep(count - 1);
  return { epochs: epochs.subarray(0, length), values: kept.subarray(0, length) };
}

/**
 * {@link thinSeries} as plain arrays (copied), for what is stored or serialised: kept runs,
 * coefficient histories. Complexity O(n).
 */
export function downsampleSeries(values: ArrayLike<number>, buckets = 1500): { epochs: number[]; values: number[] } {
  const thinned = thinSeries(values, buckets);
  return { epochs: Array.from(thinned.epochs), values: Array.from(thinned.values) };
}
