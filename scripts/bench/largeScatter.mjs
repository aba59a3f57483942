import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRepaint } from './repaint.mjs';
import { benchScrubber } from './scrubber.mjs';

const POINTS = 100_000;

/** A reproducible CSV of 100 000 points around y = 3 + 0.8x. */
function writeCsv() {
  const path = join(mkdtempSync(join(tmpdir(), 'downhill-bench-')), 'hundred-thousand.csv');
  const rows = ['x,y'];
  let state = 2024;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = 0; i < POINTS; i++) {
    const x = next() * 100;
    rows.push(`${x.toFixed(3)},${(3 + 0.8 * x + 10 * (next() - 0.5)).toFixed(3)}`);
  }
  writeFileSync(path, rows.join('\n'));
  return path;
}

/**
 * Loads 100 000 points through the file input, waits until the fit and the scatter are on
 * screen, then times the learning-rate drag and the epoch scrubber there.
 */
export async function benchLargeScatter(page) {
  const before = await page.getByTestId('ols-slope').getAttribute('data-value');
  await page.getByTestId('csv-input').setInputFiles(writeCsv());
  await page.waitForFunction(
    (old) => {
      const slope = document.querySelector('[data-testid="ols-slope"]')?.getAttribute('data-value');
      return (
        slope &&
        slope !== old &&
        document.querySelector('[data-testid="scatter-plot"] .main-svg') &&
        document.querySelector('[data-testid="descent-line"]')
      );
    },
    before,
    { timeout: 120_000, polling: 200 },
  );
  // give the (deferred) redraw of the markers its task before timing
  await page.waitForTimeout(500);
  // the density layer, when there is one, is counted and drawn before timing starts
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="scatter-plot"]')?.getAttribute('aria-label')?.includes('density') ||
      document.querySelector('[data-testid="scatter-plot"] .hm image'),
    null,
    { timeout: 60_000, polling: 200 },
  );
  const legend = await page
    .locator('[data-testid="scatter-plot"] .plot-legend li')
    .evaluateAll((items) =>
      items.map((item) => item.textContent?.trim() ?? '').filter((text) => /^(Data|Density)/.test(text)),
    );
  const label = `${POINTS.toLocaleString('en')} points; ${legend.join('; ')}; 1000 epochs`;
  await benchRepaint(page, { changes: 40, label, target: 'p95 ≤ 33 ms' });
  console.log();
  await benchScrubber(page, { moves: 40, label, target: 'p95 ≤ 33 ms' });
}
