import { MEASURE_SETTLED, SET_SLIDER } from './repaint.mjs';
import { line, ms, summarise } from './stats.mjs';

const FRAME_MS = 1000 / 60;

/** Epoch scrubber moved (as while dragging it) → every plot, table and number repainted. */
export async function benchScrubber(page, moves = 60) {
  await page.evaluate(`${MEASURE_SETTLED}${SET_SLIDER}`);
  const samples = await page.evaluate(async (count) => {
    const timings = [];
    for (let i = 0; i < count + 5; i++) {
      const epoch = Math.round(500 + 480 * Math.sin(i * 0.9));
      const elapsed = await window.__downhillMeasure(() => window.__downhillSlide('epoch-scrubber', epoch));
      if (i >= 5) timings.push(elapsed);
    }
    return timings;
  }, moves);
  const summary = summarise(samples);
  console.log(
    `Browser: epoch scrubber moved → all plots and numbers repainted (Advertising, 1000 epochs, ${summary.count} moves)`,
  );
  line('median / p95', `${ms(summary.median)} / ${ms(summary.p95)} (min ${ms(summary.min)}, max ${ms(summary.max)})`);
  line(
    'target: within one frame (16.7 ms)',
    `median is ${(summary.median / FRAME_MS).toFixed(2)} frames → ${summary.median <= FRAME_MS ? 'met' : 'NOT met'}`,
  );
  return summary;
}
