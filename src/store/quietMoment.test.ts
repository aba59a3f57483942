import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietMoment } from './slicedColumns';

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
