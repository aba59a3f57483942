import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyScaler, fitMinMaxScaler } from '../core/scaling';
import { quietMoment, SLICE_VALUES, sliceColumn } from './slicedColumns';

describe('quietMoment', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Idle callbacks that report, in turn, these milliseconds to spare; the clock moves 100 ms per callback. */
  function stubIdlePeriods(spare: number[]) {
    let now = 0;
    const asked: number[] = [];
    vi.stubGlobal('performance', { now: () => now });
    vi.stubGlobal('requestIdleCallback', (callback: (idle: IdleDeadline) => void, options?: { timeout?: number }) => {
      asked.push(options?.timeout ?? Number.NaN);
      const left = spare.shift() ?? 0;
      queueMicrotask(() => {
        now += 100;
        callback({ didTimeout: false, timeRemaining: () => left });
      });
      return asked.length;
    });
    return asked;
  }

  it('waits for an idle period with the time asked for to spare', async () => {
    const asked = stubIdlePeriods([3, 12, 45]);
    await quietMoment(40, 2500);
    expect(asked).toHaveLength(3);
    // each later callback is asked to come within what is left of the deadline
    expect(asked).toEqual([2500, 2400, 2300]);
  });

  it('gives up at its deadline when the page is never quiet', async () => {
    const asked = stubIdlePeriods(Array(100).fill(5));
    await quietMoment(40, 350);
    expect(asked).toHaveLength(4);
  });
});

describe('sliceColumn', () => {
  it('scales each slice as it copies it, to exactly the scaled column, and hands over every buffer', async () => {
    const rows = 2 * SLICE_VALUES + 123;
    const values = Float64Array.from({ length: rows }, (_, i) => 1e15 + ((i * 7919) % 10_007) / 8);
    const scaler = fitMinMaxScaler(values);
    const buffers: ArrayBuffer[] = [];
    const slices = await sliceColumn(values, buffers, async () => {}, scaler);
    expect(slices.map((slice) => slice.length)).toEqual([SLICE_VALUES, SLICE_VALUES, 123]);
    expect(buffers).toEqual(slices.map((slice) => slice.buffer));
    const joined = new Float64Array(rows);
    for (const [k, slice] of slices.entries()) joined.set(slice, k * SLICE_VALUES);
    const expected = applyScaler(scaler, values);
    expect(Buffer.from(joined.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
  });
});
