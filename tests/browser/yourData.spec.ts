import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, test, waitForFirstSave } from './fixtures';

const FIXTURES = 'tests/fixtures/csv';
const ADVERTISING_SLOPE = '0.5534088415765329';

async function upload(page: Page, fixture: string) {
  await page.getByTestId('csv-input').setInputFiles(`${FIXTURES}/${fixture}`);
}

test.describe('bringing your own data', () => {
  test('uploads through the file input: delimiters, decimal commas, BOM, index columns', async ({ page }) => {
    await openNotebook(page);
    await upload(page, 'semicolon-decimal-comma.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'semicolon-decimal-comma.csv');
    await expect(page.getByTestId('ols-slope')).not.toHaveAttribute('data-value', ADVERTISING_SLOPE);
    await expect(page.locator('.data-preview')).toContainText('semicolons, with decimal commas');
    await upload(page, 'bom.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'bom.csv');
    await upload(page, 'index-empty-header.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'index-empty-header.csv');
    // the row-number column is never the default feature
    await expect(page.getByTestId('feature-column')).not.toHaveValue('');
    await expect(page.getByTestId('data-error')).toHaveCount(0);
  });

  test('rows with missing values are left out and listed', async ({ page }) => {
    await openNotebook(page);
    await upload(page, 'missing-values.csv');
    const leftOut = page.getByTestId('left-out-rows');
    await expect(leftOut).toBeVisible();
    await expect(leftOut).toContainText(/left out/i);
    await leftOut.locator('summary').click();
    await expect(leftOut.locator('td', { hasText: 'NA' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b/);
  });

  for (const [fixture, pattern] of [
    ['empty.csv', /empty/i],
    ['header-only.csv', /no data rows|only a header|header/i],
    ['not-a-csv.png', /binary|image|spreadsheet/i],
    ['spreadsheet.xlsx', /binary|spreadsheet|export/i],
    ['no-numeric.csv', /numeric|numbers/i],
    ['one-row.csv', /two/i],
    ['zero-variance-feature.csv', /same|vary|slope/i],
    ['unterminated-quote.csv', /quote/i],
    ['ragged-rows.csv', /row|field|value/i],
    ['duplicate-headers.csv', /twice|duplicate|same name/i],
    ['infinity-nan.csv', /row 2 of “y” holds Infinity/],
    ['beyond-double.csv', /row 7 of “x” holds 1e400/],
  ] as const) {
    test(`${fixture} is refused with a specific message and the previous data stays fitted`, async ({ page }) => {
      await openNotebook(page);
      await upload(page, fixture);
      const alert = page.getByTestId('data-error');
      await expect(alert).toBeVisible();
      await expect(alert).toHaveAttribute('role', 'alert');
      await expect(alert).toContainText(pattern);
      await expect(alert).toContainText('Advertising is still loaded');
      expect(await dataValueOf(page, 'ols-slope')).toBe(ADVERTISING_SLOPE);
      await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    });
  }

  test('a dropped file loads', async ({ page }) => {
    await openNotebook(page);
    const text = readFileSync(`${FIXTURES}/simple.csv`, 'utf8');
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, text);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'dropped.csv');
  });

  test('pasted text loads', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('paste-input').fill('hours,score\n2,55\n4,71\n6,80\n8,88\n');
    await page.getByTestId('paste-load').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Pasted data');
    await expect(page.getByTestId('feature-column')).toHaveValue('hours');
    await expect(page.getByTestId('response-column')).toHaveValue('score');
    // pasted data start with a fifth held out; put every row back in the fit
    await expect(page.getByTestId('test-fraction')).toHaveValue('0.2');
    await page.getByTestId('test-fraction').fill('0');
    await page.getByTestId('test-fraction').press('Enter');
    // least squares on (2,55) (4,71) (6,80) (8,88): slope 5.4, intercept 46.5
    await expect.poll(async () => Number(await dataValueOf(page, 'ols-slope-original'))).toBeCloseTo(5.4, 10);
  });

  test('the data and settings survive a reload', async ({ page }) => {
    await openNotebook(page);
    await upload(page, 'simple.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
    await page.getByTestId('learning-rate-input').fill('0.05');
    await page.getByTestId('learning-rate-input').blur();
    const slope = await dataValueOf(page, 'ols-slope');
    await page.waitForTimeout(800); // the session is saved 300 ms after the last change
    await page.reload();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.05');
    expect(await dataValueOf(page, 'ols-slope')).toBe(slope);
  });

  test('a damaged saved session is discarded with a notice, and reset to defaults works', async ({ page }) => {
    await openNotebook(page);
    await waitForFirstSave(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('downhill');
          request.onupgradeneeded = () => request.result.createObjectStore('notebook');
          request.onsuccess = () => {
            const transaction = request.result.transaction('notebook', 'readwrite');
            transaction
              .objectStore('notebook')
              .put({ version: 1, origin: { kind: 'file' }, settings: 'garbage' }, 'session');
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByTestId('session-notice')).toContainText('Your saved data could not be used');
    expect(await dataValueOf(page, 'ols-slope')).toBe(ADVERTISING_SLOPE);
    await page.getByTestId('load-penguins').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Palmer penguins');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('reset-defaults').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    expect(await dataValueOf(page, 'ols-slope')).toBe(ADVERTISING_SLOPE);
  });

  test('a hostile header is shown as text everywhere and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openNotebook(page);
    await upload(page, 'hostile-header.csv');
    const hostile = '<img src=x onerror=alert(1)>';
    await expect(page.getByTestId('feature-column').locator('option', { hasText: hostile })).toHaveCount(1);
    await expect(page.getByTestId('data-preview').locator('th', { hasText: hostile })).toBeVisible();
    await expect(page.locator('[data-testid="scatter-plot"] .xtitle')).toHaveText(`${hostile} (scaled to 0–1)`);
    // hover a data point: the label names the column literally
    const point = page.locator('[data-testid="scatter-plot"] .scatterlayer .point').first();
    await point.hover({ force: true });
    await expect(page.locator('[data-testid="scatter-plot"] .hoverlayer')).toContainText(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('synthetic data: the same seed gives the same data, and the lesson-2 preset gives the published result', async ({
    page,
  }) => {
    await openNotebook(page);
    await page.getByTestId('synthetic-seed').fill('7');
    await page.getByTestId('synthetic-generate').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Synthetic line');
    const first = await dataValueOf(page, 'ols-slope');
    await page.getByTestId('synthetic-seed').fill('8');
    await page.getByTestId('synthetic-generate').click();
    await expect(page.getByTestId('ols-slope')).not.toHaveAttribute('data-value', first);
    await page.getByTestId('synthetic-seed').fill('7');
    await page.getByTestId('synthetic-generate').click();
    await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', first);
    await expect(page.getByTestId('rmse-test-exact')).not.toHaveAttribute('data-value', '');

    await page.getByTestId('second-lesson').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '200000');
    await expect(page.getByTestId('scaling')).not.toBeChecked();
    const slope = Number(await dataValueOf(page, 'gd-slope'));
    const intercept = Number(await dataValueOf(page, 'gd-intercept'));
    expect(Math.abs(slope / 0.5008287639956263 - 1)).toBeLessThan(2e-15);
    expect(Math.abs(intercept / 1.8339723159878247 - 1)).toBeLessThan(2e-15);
    // once the settings rest, the per-point loop recomputes the run in a worker: the published doubles exactly
    await expect(page.getByTestId('results-table')).toHaveAttribute('data-method', 'per-point', { timeout: 20_000 });
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5008287639956263');
    expect(await dataValueOf(page, 'gd-intercept')).toBe('1.8339723159878247');
  });

  test('built-in data sets load with their source named', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('data-set').selectOption('auto-mpg');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /Cars/);
    // ISL: mpg = 39.9359 − 0.157845 · horsepower on the 392 cars with both figures
    await expect.poll(async () => Number(await dataValueOf(page, 'ols-intercept-original'))).toBeCloseTo(39.9359, 3);
    await expect(page.getByTestId('left-out-rows')).toBeVisible();
    await expect(page.locator('#your-data')).toContainText('StatLib');
  });

  test('a large file shows progress and can be cancelled, leaving the data as it was', async ({ page }) => {
    await openNotebook(page);
    const rows = ['x,y'];
    for (let i = 0; i < 1_500_000; i++) rows.push(`${((i * 0.37) % 1000).toFixed(2)},${((i * 0.91) % 500).toFixed(2)}`);
    await page
      .getByTestId('csv-input')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect(page.getByTestId('import-progress')).toBeVisible();
    await page.getByTestId('cancel-import').click();
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    await expect(page.getByTestId('data-error')).toHaveCount(0);
    expect(await dataValueOf(page, 'ols-slope')).toBe(ADVERTISING_SLOPE);
  });
});
