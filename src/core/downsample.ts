/**
 * Thins a long series for drawing while keeping its shape: the epochs are cut into `buckets`
 * equal runs and each run contributes its first point and its lowest and highest values, so
 * spikes and oscillations survive. Series shorter than 3·buckets are returned whole.
 * Complexity O(n). Returns plain arrays of epochs and values.
 */
export function downsampleSeries(values: ArrayLike<number>, buckets = 1500): { epochs: number[]; values: number[] } {
  const count = values.length;
  const epochs: number[] = [];
  const kept: number[] = [];
  if (count <= 3 * buckets) {
    for (let i = 0; i < count; i++) {
      epochs.push(i);
      kept.push(values[i]!);
    }
    return { epochs, values: kept };
  }
  const size = count / buckets;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = Math.floor(bucket * size);
    const end = Math.min(count, Math.floor((bucket + 1) * size));
    let low = start,
      high = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i]! < values[low]!) low = i;
      if (values[i]! > values[high]!) high = i;
    }
    for (const index of [...new Set([start, low, high])].sort((a, b) => a - b)) {
      epochs.push(index);
      kept.push(values[index]!);
    }
  }
  if (epochs[epochs.length - 1] !== count - 1) {
    epochs.push(count - 1);
    kept.push(values[count - 1]!);
  }
  return { epochs, values: kept };
}
