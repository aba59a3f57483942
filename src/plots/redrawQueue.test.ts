import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, afterQueuedRedraws, queueRedraw } from './redrawQueue';

describe('queueRedraw', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const frame = () => {
    const due = frames.splice(0);
    for (const callback of due) callback();
  };

  it('draws each chart in a task of its own after a frame, in the order queued, skipping cancelled ones', () => {
    const drawn: string[] = [];
    queueRedraw(() => drawn.push('scatter'));
    const cancel = queueRedraw(() => drawn.push('loss'));
    queueRedraw(() => drawn.push('landscape'));
    cancel();
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual([]); // waits for the frame
    frame();
    expect(drawn).toEqual([]); // not in the frame's own callback
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['scatter']);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['scatter']); // the next one waits for the next frame
    frame();
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['scatter', 'landscape']);
  });

  it('tells when every queued redraw has run', async () => {
    const drawn: string[] = [];
    let settled = false;
    queueRedraw(() => drawn.push('scatter'));
    queueRedraw(() => drawn.push('loss'));
    void afterQueuedRedraws().then(() => {
      settled = true;
    });
    for (const expected of [['scatter'], ['scatter', 'loss']]) {
      await Promise.resolve();
      expect(settled).toBe(false);
      frame();
      vi.advanceTimersByTime(0);
      expect(drawn).toEqual(expected);
    }
    await Promise.resolve();
    expect(settled).toBe(true);
    let atOnce = false;
    await afterQueuedRedraws().then(() => {
      atOnce = true;
    });
    expect(atOnce).toBe(true);
  });

  it('draws anyway when no frame comes (a hidden page)', () => {
    const drawn: string[] = [];
    queueRedraw(() => drawn.push('scatter'));
    vi.advanceTimersByTime(99);
    expect(drawn).toEqual([]);
    // the fallback, then the task it queues (a timer started inside a timer runs a tick later here)
    vi.advanceTimersByTime(2);
    expect(drawn).toEqual(['scatter']);
  });
});

describe('afterNextFrame', () => {
  afterEach(() => vi.useRealTimers());
  it('runs its callback once, even when both the frame and the fallback come', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const callback = vi.fn();
    afterNextFrame(callback);
    frames[0]!();
    vi.advanceTimersByTime(200);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
