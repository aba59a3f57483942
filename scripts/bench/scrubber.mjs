import { MEASURE_SETTLED, SET_SLIDER, waitForQuietPage } from './repaint.mjs';
import { row, summarise } from './stats.mjs';

/** Epoch scrubber moved (as while dragging it) → every plot, table and number repainted. */
export async function benchScrubber(
  page,
  { moves = 60, label = 'Advertising, 1000 epochs', target = 'p95 ≤ 16.7 ms' } = {},
) {
  await waitForQuietPage(page);
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
  console.log(`Browser: epoch scrubber → every plot painted (${label}, ${summary.count} moves)`);
  row('scrubber move → painted', target, summary);
  return summary;
}
