// Work that can wait (rendering a lesson far below, say) should not land in the middle of a
// drag: one lesson's commit can take longer than a frame, and a slider that stutters feels
// broken. This module remembers when the user last changed something by pointer or key, so
// that such work can hold off until the user has paused.

/** How long after the last input (slider step, click, key) deferrable work holds off. */
export const INPUT_QUIET_MS = 400;

/** A clock and the time of the last input, so the rule can be tested without a browser. */
export interface InputClock {
  readonly now: () => number;
  lastInputAt: number;
}

/** Milliseconds to wait before deferrable work may run: 0 once the user has paused long enough. */
export function waitBeforeDeferredWork(clock: InputClock, quietMs: number = INPUT_QUIET_MS): number {
  return Math.max(0, clock.lastInputAt + quietMs - clock.now());
}

const pageClock: InputClock = {
  now: () => performance.now(),
  lastInputAt: Number.NEGATIVE_INFINITY,
};

/** Keys that scroll the page when pressed outside a form control: reading, not changing anything. */
const SCROLLING_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown']);

function noteInput(event: Event): void {
  // a pointer moving with no button down is not a drag
  if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
  // scrolling by keyboard should bring the lessons below in as fast as scrolling by wheel does
  if (event.type === 'keydown' && SCROLLING_KEYS.has((event as KeyboardEvent).key)) {
    const target = event.target as Element | null;
    if (!target?.closest?.('input, select, textarea, button, [contenteditable]')) return;
  }
  pageClock.lastInputAt = pageClock.now();
}

if (typeof window !== 'undefined') {
  for (const type of ['input', 'pointerdown', 'pointermove', 'keydown'])
    window.addEventListener(type, noteInput, { capture: true, passive: true });
}

/** Milliseconds until the page's user has paused for {@link INPUT_QUIET_MS} (0 if they have). */
function waitForInputPause(): number {
  return waitBeforeDeferredWork(pageClock);
}

/**
 * Calls `callback` once the user has paused (at once if they already have), checking again after
 * each wait in case they went on dragging or typing.
 */
export function afterInputPause(callback: () => void): void {
  const wait = waitForInputPause();
  if (wait === 0) callback();
  else setTimeout(() => afterInputPause(callback), wait);
}
