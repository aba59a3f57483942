import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

// The libraries lesson's live table: every method run on the data on screen, every number
// finite, and QR's coefficients the same as the regression summary's (both in original units
// once scaling is off).

async function runEveryMethod(page: Page, rows: number): Promise<void> {
  const button = page.getByTestId('run-methods');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.getByTestId('methods-table').locator('tbody tr')).toHaveCount(rows, { timeout: 60_000 });
  await expect(page.getByTestId('methods-cost-table').locator('tbody tr')).toHaveCount(rows);
}

async function expectEveryNumberFinite(page: Page): Promise<void> {
  const values = await page
    .locator('[data-testid="methods-table"] [data-value], [data-testid="methods-cost-table"] [data-value]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value') ?? ''));
  expect(values.length).toBeGreaterThan(20);
  for (const value of values) expect(Number.isFinite(Number(value)), value).toBe(true);
}

async function expectQrMatchesSummary(page: Page, terms: string[]): Promise<void> {
  await page.getByTestId('regression-summary').scrollIntoViewIfNeeded();
  // the summary catches up with the data once it is on screen
  await expect(page.getByTestId(`summary-${terms.at(-1)}-coef`)).toBeVisible();
  for (const term of terms) {
    const summary = Number(await dataValueOf(page, `summary-${term}-coef`));
    const qr = Number(await dataValueOf(page, `method-qr-${term}`));
    expect(Math.abs(qr / summary - 1), `${term}: QR ${qr}, summary ${summary}`).toBeLessThan(1e-12);
  }
}

test('on Advertising every method gives finite numbers, QR matches the summary, and the published rows stay labelled', async ({
  page,
}) => {
  await openNotebook(page);
  await page.getByTestId('scaling').click();
  await runEveryMethod(page, 8);
  await expectEveryNumberFinite(page);
  await expect(page.getByTestId('method-normal-equations-digits')).toBeVisible();
  // on a laptop both tables fit the lesson's column: nothing to scroll sideways with one feature
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect
    .poll(() =>
      page
        .locator('.methods-compared .results-wrap')
        .evaluateAll((wraps) => wraps.map((wrap) => wrap.scrollWidth - wrap.clientWidth)),
    )
    .toEqual([0, 0]);
  await expect(page.getByText('Published results for scaled Advertising, TV → Sales')).toBeVisible();
  await expectQrMatchesSummary(page, ['intercept', 'TV']);
  await expectNoBrokenValues(page);
});

test('on an uploaded two-feature CSV every method runs and QR matches the summary', async ({ page }) => {
  await openNotebook(page);
  const rows = ['size,age,price'];
  for (let i = 0; i < 60; i++) {
    const size = 40 + ((i * 37) % 90);
    const age = (i * 13) % 30;
    rows.push(`${size},${age},${(2.5 * size - 1.2 * age + 30 + ((i * 7) % 11) - 5).toFixed(2)}`);
  }
  await page.getByTestId('csv-input').setInputFiles({
    name: 'houses.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /houses/);
  await page.getByTestId('feature-column').selectOption('size');
  await page.getByTestId('response-column').selectOption('price');
  await page.getByRole('group', { name: 'Features' }).getByRole('checkbox', { name: 'age', exact: true }).check();
  await page.getByTestId('scaling').click();
  // unscaled, the lab's rate would diverge; a rate this data can take keeps every row numeric
  await page.getByTestId('learning-rate-input').fill('0.00001');
  await page.getByTestId('learning-rate-input').press('Enter');
  await runEveryMethod(page, 7);
  await expectEveryNumberFinite(page);
  await expectQrMatchesSummary(page, ['intercept', 'size', 'age']);
  await expectNoBrokenValues(page);
});
