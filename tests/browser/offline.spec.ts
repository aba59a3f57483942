import { expect, openNotebook, test } from './fixtures';

// After one visit the notebook works with no network: the service worker has precached the
// app, every built-in data set and the fonts. (Other specs block service workers.)

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

const BUILT_IN = [
  ['auto-mpg', /Cars/],
  ['penguins', /Palmer penguins/],
  ['anscombe', /Anscombe/],
  ['advertising', /Advertising/],
] as const;

test('offline after one visit: reload, open every built-in data set, run, upload a file', async ({ page, context }) => {
  await openNotebook(page);
  // The worker becomes active only once everything is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-testid="scatter-plot"] .main-svg').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  for (const [id, title] of BUILT_IN) {
    await page.getByTestId('data-set').selectOption(id);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', title);
    await expect(page.getByTestId('data-error')).toHaveCount(0);
  }
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
  await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'converged');
  await page.getByTestId('csv-input').setInputFiles('tests/fixtures/csv/simple.csv');
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  await expect(page.getByTestId('data-error')).toHaveCount(0);
  await context.setOffline(false);
});
