import { row, summarise } from './stats.mjs';

/**
 * In the page: applies `change(i)` (a user input) and returns the milliseconds until the frame
 * that shows its final result has been painted. "Final" means: a whole frame then passes with
 * no DOM change anywhere in the lab, so deferred plotly redraws are counted too.
 */
export const MEASURE_SETTLED = `
  window.__downhillMeasure = (apply) => new Promise((resolve) => {
    // Chromium delivers drag input at the start of a frame, just before animation callbacks;
    // so apply the change inside one and time until that frame (or a later one, if work spills
    // over or plotly redraws asynchronously) has been painted. The whole page is watched, so
    // every plot counts: the lab's and the lessons'.
    const lab = document.body;
    let mutated = false;
    const observer = new MutationObserver(() => { mutated = true; });
    requestAnimationFrame(() => {
      observer.observe(lab, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      apply();
      let settledAt = null;
      const afterPaint = () => {
        const now = performance.now();
        if (mutated || settledAt === null) {
          settledAt = now;
          mutated = false;
          requestAnimationFrame(() => setTimeout(afterPaint, 0));
          return;
        }
        observer.disconnect();
        resolve(settledAt - start);
      };
      setTimeout(afterPaint, 0); // runs once this frame has been painted
    });
  });`;

/**
 * Waits until the page has finished its start-up work: no DOM change anywhere for `quietMs`
 * (lessons below the fold, charts drawn when idle and chunks loaded on demand all change the
 * DOM), or `timeoutMs` at most. An interaction bench measures the interaction, not the start-up
 * work it would otherwise share frames with; a student cannot drag a slider in the first
 * moments after the page appears either. Resolves to the milliseconds waited.
 */
export async function waitForQuietPage(page, { quietMs = 1000, timeoutMs = 15000 } = {}) {
  return page.evaluate(
    ([quiet, timeout]) =>
      new Promise((resolve) => {
        const start = performance.now();
        let lastChange = start;
        const observer = new MutationObserver(() => {
          lastChange = performance.now();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const check = () => {
          const now = performance.now();
          if (now - lastChange >= quiet || now - start >= timeout) {
            observer.disconnect();
            resolve(Math.round(now - start));
            return;
          }
          setTimeout(check, 50);
        };
        check();
      }),
    [quietMs, timeoutMs],
  );
}

/** Sets a range slider the way a drag does: a new value and an input event. */
export const SET_SLIDER = `
  window.__downhillSlide = (testId, position) => {
    const slider = document.querySelector('[data-testid="' + testId + '"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(slider, String(position));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  };`;

/** Learning-rate change (as while dragging the slider) → every plot repainted. */
export async function benchRepaint(
  page,
  { changes = 60, label = 'Advertising, 1000 epochs', target = 'p95 ≤ 16.7 ms' } = {},
) {
  await waitForQuietPage(page);
  await page.evaluate(`${MEASURE_SETTLED}${SET_SLIDER}`);
  const samples = await page.evaluate(async (count) => {
    const timings = [];
    for (let i = 0; i < count + 5; i++) {
      // wander between positions 260 and 420 of 600: learning rates ≈ 0.0004 … 0.16
      const position = 340 + Math.round(80 * Math.sin(i * 0.7));
      const elapsed = await window.__downhillMeasure(() => window.__downhillSlide('learning-rate', position));
      if (i >= 5) timings.push(elapsed);
    }
    return timings;
  }, changes);
  const summary = summarise(samples);
  console.log(`Browser: learning-rate drag → every plot painted (${label}, ${summary.count} changes)`);
  row('learning-rate change → painted', target, summary);
  return summary;
}
