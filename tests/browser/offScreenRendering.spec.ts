import { expect, openNotebook, scrollOnScreen, test } from './fixtures';

// New data change every lesson on the page at once. What the reader cannot see waits: a chart
// far below is drawn only when it comes near the screen, and the evaluation lesson's residuals
// (a scan over every row) follow the data once scrolled to. How long the page's thread is held
// meanwhile is measured in `npm run bench`, not asserted here.

const residualChart = '[data-testid="residual-plot"] .overlaid-plot';

test('a chart far below the screen is not drawn until it is scrolled near, then it is drawn', async ({ page }) => {
  await openNotebook(page);
  const chart = page.locator(residualChart);
  await expect(chart).toHaveCount(1);
  // the lab's charts are drawn (openNotebook waited for them); the residual chart, far below, is not
  await expect(page.locator('[data-testid="scatter-plot"] .overlaid-plot')).toHaveAttribute('data-drawn', 'current');
  await page.waitForTimeout(500); // time enough for every queued redraw (one a frame) to have run
  await expect(chart).toHaveAttribute('data-drawn', 'none');
  await expect(chart.locator('.main-svg')).toHaveCount(0);
  await scrollOnScreen(chart);
  await expect(chart).toHaveAttribute('data-drawn', 'current', { timeout: 30_000 });
  await expect(chart.locator('.main-svg').first()).toBeVisible();
});

test('new data leave the residuals of the evaluation lesson as they were while off screen, and update them once scrolled to', async ({
  page,
}) => {
  await openNotebook(page);
  const summary = page.getByTestId('residual-summary');
  await scrollOnScreen(summary);
  await expect(summary).toContainText('200 training rows');
  await expect(page.locator(residualChart)).toHaveAttribute('data-drawn', 'current', { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(summary).not.toBeInViewport();
  await page.getByTestId('paste-input').fill('x,y\n1,2\n2,4\n3,5\n4,4\n5,6\n6,7\n');
  await page.getByTestId('paste-load').click();
  await expect(page.getByTestId('data-set-title')).not.toHaveAttribute('data-value', /Advertising/);
  await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', /\d/);
  await page.waitForTimeout(500);
  // off screen: still the residuals of the data it last showed
  await expect(summary).toContainText('200 training rows');
  await scrollOnScreen(summary);
  // pasted data hold out a fifth of their rows by default: 4 train the fit, 2 are held out
  await expect(summary).toContainText('4 training rows and 2 held-out rows');
  await expect(page.locator(residualChart)).toHaveAttribute('data-drawn', 'current', { timeout: 30_000 });
});
