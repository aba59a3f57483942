import { flushSync } from 'react-dom';

// Plotly redraws a chart synchronously, 10–100 ms each. New data changes every chart on the
// page at once, and drawn in one go they would hold the page's thread for the sum of them all.
// So each chart's redraw waits in this queue and runs in a task of its own, one after another:
// the page paints and answers input between two charts.
//
// Each redraw also waits for the browser's next rendering step. Plotly measures its tick labels
// as it draws, which forces the layout of everything changed since the last frame: the page a
// new data set has just re-rendered, or the chart drawn in the task before. After a frame that
// layout is already done, in the browser's own task, and the drawing's task holds only plotly.

interface Job {
  readonly draw: () => void;
  cancelled: boolean;
}

const queue: Job[] = [];
let scheduled = false;

/** The longest a redraw waits for an animation frame (none come while the page is hidden). */
const FRAME_WAIT_MS = 100;

/**
 * Queues `draw` (a state update that redraws one chart) to run, rendered and committed, in a
 * task of its own after the next rendering step and after the redraws queued before it.
 * Returns a function that cancels it.
 */
export function queueRedraw(draw: () => void): () => void {
  const job: Job = { draw, cancelled: false };
  queue.push(job);
  scheduleNext();
  return () => {
    job.cancelled = true;
  };
}

function scheduleNext(): void {
  if (scheduled) return;
  scheduled = true;
  afterNextFrame(runNext);
}

/** Runs `callback` in a task of its own after the browser's next rendering step (or after {@link FRAME_WAIT_MS} without one). */
export function afterNextFrame(callback: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    // a task after the frame: the animation-frame callback itself runs before the frame's layout
    setTimeout(callback, 0);
  };
  const fallback = setTimeout(start, FRAME_WAIT_MS);
  const visible = typeof document === 'undefined' || !document.hidden;
  if (typeof requestAnimationFrame === 'function' && visible) requestAnimationFrame(start);
}

function runNext(): void {
  scheduled = false;
  let job = queue.shift();
  while (job?.cancelled) job = queue.shift();
  // Rendered and committed now, so the chart's redraw happens in this task and not batched with the next.
  if (job) {
    flushSync(job.draw);
    drawn += 1;
  }
  if (queue.length > 0) scheduleNext();
  else {
    for (const resolve of waiting.splice(0)) resolve();
    if (drawn > 0) resolveIfSettled(drawn);
  }
}

/** Charts drawn through the queue since the page started. */
let drawn = 0;

/** The first charts are settled when no chart asked to be drawn for two frames after the queue emptied. */
function resolveIfSettled(drawnThen: number): void {
  afterNextFrame(() =>
    afterNextFrame(() => {
      if (drawn === drawnThen && queue.length === 0 && !scheduled) firstChartsDone();
    }),
  );
}

let firstChartsDone: () => void = () => {};

/** The longest {@link afterFirstCharts} waits for the first charts by default, in ms. */
export const FIRST_CHARTS_DEADLINE_MS = 2500;
const firstCharts = new Promise<void>((resolve) => {
  firstChartsDone = resolve;
});

/**
 * Resolves once the page's first charts are drawn (the queue emptied after its first redraws,
 * and no chart asked to be drawn for two frames after), or after `deadline` ms however far they are (a page without charts, a hidden tab). Work that
 * would compete with them for the processor waits for it: restoring saved large data, whose
 * reading from the browser's storage on two cores stretched the first charts' drawing past 50 ms.
 */
export function afterFirstCharts(deadline = FIRST_CHARTS_DEADLINE_MS): Promise<void> {
  return Promise.race([firstCharts, new Promise<void>((resolve) => setTimeout(resolve, deadline))]);
}

const waiting: (() => void)[] = [];

/**
 * Resolves once every queued redraw has run (at once when none is waiting). Heavy work started
 * after new data (a summary computed in a worker) waits for it: on two cores a worker busy
 * beside the charts' drawing stretched those tasks two to three times.
 */
export function afterQueuedRedraws(): Promise<void> {
  if (queue.length === 0 && !scheduled) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
