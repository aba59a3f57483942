import { describe, expect, it } from 'vitest';
import { INPUT_QUIET_MS, waitBeforeDeferredWork } from './inputQuiet';

describe('waitBeforeDeferredWork', () => {
  it('lets deferred work run at once when there has been no input', () => {
    expect(waitBeforeDeferredWork({ now: () => 1234, lastInputAt: Number.NEGATIVE_INFINITY })).toBe(0);
  });

  it('holds deferred work off for the rest of the quiet time after an input', () => {
    expect(waitBeforeDeferredWork({ now: () => 1100, lastInputAt: 1000 })).toBe(INPUT_QUIET_MS - 100);
    expect(waitBeforeDeferredWork({ now: () => 1000, lastInputAt: 1000 }, 250)).toBe(250);
  });

  it('lets deferred work run once the user has paused for the quiet time', () => {
    expect(waitBeforeDeferredWork({ now: () => 1000 + INPUT_QUIET_MS, lastInputAt: 1000 })).toBe(0);
    expect(waitBeforeDeferredWork({ now: () => 5000, lastInputAt: 1000 })).toBe(0);
  });
});
