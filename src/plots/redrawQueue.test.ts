import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, afterQueuedRedraws, queueRedraw } from './redrawQueue';

/**
 * Fake timers and animation frames for each test of the block (a fresh copy of the queue's
 * module too, when `freshModules`); returns the function that runs the frames now due.
 */
function withFakeFrames({ freshModules = false } = {}): () => void {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    if (freshModules) vi.resetModules();
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return () => {
    for (const callback of frames.splice(0)) callback();
  };
}

describe('queueRedraw', () => {
  const frame = withFakeFrames();

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

describe('afterFirstCharts', () => {
  const frame = withFakeFrames({ freshModules: true });
  /** A frame, then the task after it. */
  const frameAndTask = () => {
    frame();
    vi.advanceTimersByTime(0);
  };
  /** Lets the promises settled so far run their callbacks (the race takes a few turns). */
  const microtasks = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  const flag = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => {
      state.done = true;
    });
    return state;
  };

  it('resolves once the first charts are drawn and none asks to be drawn for two frames after', async () => {
    const queue = await import('./redrawQueue');
    const first = flag(queue.afterFirstCharts());
    queue.queueRedraw(() => {});
    frameAndTask(); // the scatter plot drawn, the queue empty
    await microtasks();
    expect(first.done).toBe(false);
    queue.queueRedraw(() => {}); // the loss plot asks within those two frames
    frameAndTask();
    frameAndTask();
    await microtasks();
    expect(first.done).toBe(false);
    frameAndTask();
    frameAndTask();
    await microtasks();
    expect(first.done).toBe(true);
    // and from then on at once, without a frame
    const later = flag(queue.afterFirstCharts());
    await microtasks();
    expect(later.done).toBe(true);
  });

  it('gives up waiting after its deadline (a page without charts)', async () => {
    const queue = await import('./redrawQueue');
    const first = flag(queue.afterFirstCharts(500));
    vi.advanceTimersByTime(499);
    await microtasks();
    expect(first.done).toBe(false);
    vi.advanceTimersByTime(1);
    await microtasks();
    expect(first.done).toBe(true);
  });
});
