import { flushSync } from 'react-dom';

// Plotly redraws a chart synchronously, 10–100 ms each. New data changes every chart on the
// page at once, and drawn in one go they would hold the page's thread for the sum of them all.
// So each chart's redraw waits in this queue and runs in a task of its own, one after another:
// the page paints and answers input between two charts.

interface Job {
  readonly draw: () => void;
  cancelled: boolean;
}

const queue: Job[] = [];
let scheduled = false;

/**
 * Queues `draw` (a state update that redraws one chart) to run, rendered and committed, in a
 * task of its own after the redraws queued before it. Returns a function that cancels it.
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
  setTimeout(runNext, 0);
}

function runNext(): void {
  scheduled = false;
  let job = queue.shift();
  while (job?.cancelled) job = queue.shift();
  // Rendered and committed now, so the chart's redraw happens in this task and not batched with the next.
  if (job) flushSync(job.draw);
  if (queue.length > 0) scheduleNext();
}
