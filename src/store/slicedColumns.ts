import { applyScalerInto, type MinMaxScaler } from '../core/scaling';
import type { SlicedColumn } from '../workers/prepareSummaryProtocol';

/**
 * Values copied per task: 512 kB. The copy lands in fresh memory, and on a loaded machine first
 * touching fresh pages costs far more than the copy itself (2 MB took 50–100 ms there), so the
 * slices stay small enough for the page to answer between them.
 */
export const SLICE_VALUES = 65_536;

/** Waits for the next task (a zero-delay timeout), so the page can paint and answer input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits for an idle moment of the page (at most `timeout` ms), or the next task where idle
 * callbacks do not exist. After large buffers arrive, the garbage collector they start finishes
 * in such a moment instead of inside the render that follows.
 */
export function idleMoment(timeout = 200): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout }));
}

/**
 * `values` cut into slices of {@link SLICE_VALUES} in buffers of their own, one slice copied
 * per task (after `pause`), each buffer pushed onto `buffers` to be transferred; `values` itself
 * is left as it is. No copy of the whole column is allocated: a 5,000,000-row column's 40 MB in
 * one allocation cost the page a long task and a full garbage collection. With `scaler`, each
 * slice is scaled as it is copied (applyScalerInto: the same values as the scaled column).
 */
export async function sliceColumn(
  values: Float64Array,
  buffers: ArrayBuffer[],
  pause: () => Promise<void> = nextTask,
  scaler?: MinMaxScaler,
): Promise<SlicedColumn> {
  const slices: Float64Array[] = [];
  for (let start = 0; start < values.length; start += SLICE_VALUES) {
    await pause();
    const stop = Math.min(values.length, start + SLICE_VALUES);
    const slice = scaler
      ? applyScalerInto(scaler, values, start, stop, new Float64Array(stop - start))
      : values.slice(start, stop);
    slices.push(slice);
    buffers.push(slice.buffer as ArrayBuffer);
  }
  return slices;
}

/**
 * Waits until the page is quiet: an idle period with at least `idleMs` ms to spare (nothing
 * queued, no frame due), or `deadline` ms at most. Where idle callbacks do not exist, the next task.
 */
export function quietMoment(idleMs: number, deadline: number): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  const giveUpAt = performance.now() + deadline;
  return new Promise((resolve) => {
    const check = (idle: IdleDeadline) => {
      const left = giveUpAt - performance.now();
      if (idle.timeRemaining() >= idleMs || left <= 0) resolve();
      else requestIdleCallback(check, { timeout: left });
    };
    requestIdleCallback(check, { timeout: deadline });
  });
}
