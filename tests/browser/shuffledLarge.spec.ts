import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';
import { largeFourColumnCsv } from './largeCsv';

test.describe.configure({ timeout: 240_000 });

// On more than 200 000 points a mini-batch or stochastic run is computed in a worker
// (backgroundRun.ts); the status says so meanwhile. How long the main thread is held is measured
// by `npm run bench`, not asserted here.

/** Records every text the status message shows from now on. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="status-message"]')!;
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

const statusSeen = (page: Page) => page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);

test('on 250 000 rows a shuffled run is computed in the background, said so meanwhile, and then shown', async ({
  page,
}) => {
  await openNotebook(page);
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'shuffled-large.csv', mimeType: 'text/csv', buffer: largeFourColumnCsv() });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'shuffled-large.csv', {
    timeout: 90_000,
  });
  await expect(page.getByTestId('status-message')).not.toContainText('new data', { timeout: 60_000 });
  const batchSlope = await dataValueOf(page, 'gd-slope');
  await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');

  await recordStatus(page);
  await page.getByTestId('flavour').selectOption('mini-batch');
  const message = page.getByTestId('status-message');
  await expect(message).toContainText('Stopped at epoch', { timeout: 60_000 });
  expect(await statusSeen(page)).toContain(
    'Running mini-batch descent on 250,000 points in the background (a shuffled run has no shortcut, so it is computed off the page)…',
  );
  // 2,000,000 point updates at most: 8 epochs of 250,000 points
  await expect(message).toContainText('Stopped at epoch 8 of the 1,000');
  expect(Number(await dataValueOf(page, 'gd-slope'))).not.toBe(Number(batchSlope));
  await expectNoBrokenValues(page);

  // a shuffled run asked for and replaced at once by batch descent: batch's run is the one shown
  await page.getByTestId('flavour').selectOption('stochastic');
  await page.getByTestId('flavour').selectOption('batch');
  await expect(message).not.toContainText('in the background', { timeout: 60_000 });
  await page.waitForTimeout(1500);
  await expect(message).not.toContainText('Stopped at epoch');
  expect(await dataValueOf(page, 'gd-slope')).toBe(batchSlope);
  await expectNoBrokenValues(page);
});
