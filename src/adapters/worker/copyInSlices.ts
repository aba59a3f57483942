/** Values copied per task: 2 MB, a millisecond or two, so the page answers between slices. */
export const COPY_SLICE = 262_144;

/** Waits for the next task (a zero-delay timeout), so the page can paint and answer input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A copy of `values` in a buffer of its own, made {@link COPY_SLICE} values per task: the copy
 * can then be transferred to a worker instead of being cloned, which for a million-row column
 * held the page for tens of milliseconds in one piece. O(N), in ⌈N / COPY_SLICE⌉ tasks.
 */
export async function copyInSlices(values: Float64Array): Promise<Float64Array> {
  const copy = new Float64Array(values.length);
  for (let start = 0; start < values.length; start += COPY_SLICE) {
    if (start > 0) await nextTask();
    copy.set(values.subarray(start, start + COPY_SLICE), start);
  }
  return copy;
}
