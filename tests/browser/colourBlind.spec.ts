import type { Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

// Colour-blind safety: in every plot, marks that differ by colour also differ by shape or dash.
// Each legend entry names its mark and dash (data-mark), and the plots draw what the legend says.
// Screenshots under simulated achromatopsia (no colour at all) and deuteranopia are saved in
// test-results/ for people to look at.

test.describe.configure({ timeout: 180_000 });

const PLOTS = ['scatter-plot', 'loss-plot', 'loss-landscape', 'learning-rate-sweep', 'prediction-plot'] as const;

/** The marks of one plot's legend entries, in order. */
function legendMarks(page: Page, plot: string): Promise<string[]> {
  return page
    .getByTestId(plot)
    .locator('.plot-legend li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-mark') ?? ''));
}

/** Screenshots of every plot with the browser simulating a colour-vision deficiency. */
async function simulated(page: Page, deficiency: 'achromatopsia' | 'deuteranopia'): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setEmulatedVisionDeficiency', { type: deficiency });
  for (const plot of PLOTS) {
    await page.getByTestId(plot).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.getByTestId(plot).screenshot({ path: `test-results/colour-blind-${deficiency}-${plot}.png` });
  }
  await session.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
  await session.detach();
}

test('every pair of marks that differ by colour also differ by shape or dash, in every plot', async ({ page }) => {
  await openNotebook(page);
  // kept runs on the loss plot, the hand-drawn line, and data with a held-out test set
  await page.getByTestId('keep-run').click();
  await page.getByTestId('learning-rate-input').fill('0.5');
  await page.getByTestId('learning-rate-input').press('Enter');
  await page.getByTestId('keep-run').click();
  await page.getByTestId('learning-rate-input').fill('0.02');
  await page.getByTestId('learning-rate-input').press('Enter');
  await page.getByTestId('hand-fit-start').click();
  await expect(page.getByTestId('hand-line')).toHaveCount(1);

  const expected: Record<(typeof PLOTS)[number], number> = {
    'scatter-plot': 4,
    'loss-plot': 4,
    'loss-landscape': 3,
    'learning-rate-sweep': 5,
    'prediction-plot': 2,
  };
  for (const plot of PLOTS) {
    await page.getByTestId(plot).scrollIntoViewIfNeeded();
    const marks = await legendMarks(page, plot);
    expect(marks, plot).toHaveLength(expected[plot]);
    expect(new Set(marks).size, `${plot}: ${marks.join(' | ')}`).toBe(marks.length);
  }
  // what is drawn matches: the hand line is dash-dot, kept runs have their own dashes, the
  // sweep's two vertical lines are dash-dot and dotted, and descent and its curve are solid
  await expect(page.getByTestId('descent-line')).not.toHaveAttribute('stroke-dasharray', /./);
  await expect(page.getByTestId('hand-line-layer').locator('line[stroke-width="3"]')).toHaveAttribute(
    'stroke-dasharray',
    '12 4 3 4',
  );
  const keptDashes = await page
    .getByTestId('kept-run-curve')
    .evaluateAll((curves) => curves.map((curve) => curve.getAttribute('stroke-dasharray')));
  expect(new Set(keptDashes).size).toBe(2);
  await expect(page.getByTestId('loss-curve')).not.toHaveAttribute('stroke-dasharray', /./);
  const sweepLines = await page
    .getByTestId('learning-rate-sweep')
    .locator('.plot-overlay line')
    .evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke-dasharray')));
  expect(sweepLines).toEqual(['8 3 2 3', '2 3']);
  await simulated(page, 'achromatopsia');

  // predictions with a held-out test set: training circles, test triangles
  await page.getByTestId('second-lesson').click();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /Classic exercise/);
  await page.getByTestId('prediction-plot').scrollIntoViewIfNeeded();
  // the legend gains the test points' entry once the new data's run is drawn
  await expect
    .poll(() => legendMarks(page, 'prediction-plot'), { timeout: 20_000 })
    .toEqual(['dot', 'triangle', 'line:5 3']);
  await expect(page.getByTestId('prediction-plot').getByTestId('test-point')).toHaveCount(50);
  await simulated(page, 'deuteranopia');
});
