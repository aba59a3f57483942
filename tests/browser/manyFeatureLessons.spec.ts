import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, test } from './fixtures';

/** Ticks Radio and Newspaper beside TV: Sales on three features, the weights table on screen. */
async function tickRadioAndNewspaper(page: Page): Promise<void> {
  await openNotebook(page);
  await page.getByRole('checkbox', { name: 'Radio', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Newspaper', exact: true }).check();
  await expect(page.getByTestId('gd-weight-Newspaper')).toBeVisible();
}

async function numberOf(page: Page, testId: string): Promise<number> {
  return Number(await dataValueOf(page, testId));
}

const TERMS = ['TV', 'Radio', 'Newspaper'];

test.describe('the lessons with several features (Sales on TV, Radio and Newspaper)', () => {
  // Each test opens the page and refits twice or more; on a shared two-core machine that alone can take a minute.
  test.describe.configure({ timeout: 180_000 });

  test('the written-out step starts from the weights table and lands on the next epoch', async ({ page }) => {
    await tickRadioAndNewspaper(page);
    await page.getByTestId('epoch-scrubber').fill('7');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '7');
    const explanation = page.getByTestId('step-explanation');
    await explanation.scrollIntoViewIfNeeded();
    await expect(explanation).toHaveAttribute('data-form', 'vector');
    // the update of w and of b, then for three terms and the intercept one gradient and one update line each
    await expect(explanation.locator('.equation.display')).toHaveCount(2 + 2 * 4);
    const rate = Number(await page.getByTestId('learning-rate-input').inputValue());
    const next: Record<string, string> = {};
    for (const key of ['intercept', ...TERMS.map((name) => `weight-${name}`)]) {
      const start = await numberOf(page, `step-start-${key}`);
      expect(start).toBe(await numberOf(page, `gd-${key}`));
      const gradient = await numberOf(page, `step-gradient-${key}`);
      expect(Number.isFinite(gradient) && gradient !== 0).toBe(true);
      next[key] = await dataValueOf(page, `step-next-${key}`);
      expect(Number(next[key])).toBe(start - rate * gradient);
    }
    expect(await numberOf(page, 'step-loss-before')).toBe(await numberOf(page, 'gd-mse'));
    const lossAfter = await dataValueOf(page, 'step-loss-after');
    await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '8');
    for (const key of Object.keys(next)) expect(await dataValueOf(page, `gd-${key}`)).toBe(next[key]);
    expect(await dataValueOf(page, 'gd-mse')).toBe(lossAfter);
  });

  test('beyond three terms the step is summarised, and its table still matches the weights table', async ({ page }) => {
    await tickRadioAndNewspaper(page);
    await page.getByTestId('polynomial-degree').fill('2');
    await expect(page.getByTestId('gd-weight-TV^2')).toBeVisible();
    await page.getByTestId('epoch-scrubber').fill('3');
    const explanation = page.getByTestId('step-explanation');
    await explanation.scrollIntoViewIfNeeded();
    await expect(explanation.getByText('too many to write out one by one')).toBeVisible();
    const norm = await numberOf(page, 'step-gradient-norm');
    const largest = page.getByTestId('step-largest-component');
    const term = (await largest.getAttribute('data-term'))!;
    const key = term === 'intercept' ? 'intercept' : `weight-${term}`;
    expect(await numberOf(page, 'step-largest-component')).toBe(await numberOf(page, `step-gradient-${key}`));
    let squares = 0;
    for (const name of ['intercept', 'TV', 'TV^2', 'Radio', 'Newspaper']) {
      const gradient = await numberOf(page, `step-gradient-${name === 'intercept' ? name : `weight-${name}`}`);
      squares += gradient * gradient;
    }
    expect(Math.abs(Math.sqrt(squares) - norm) / norm).toBeLessThan(1e-14);
    await explanation.getByText('Every component of the step').click();
    const nextSquare = await dataValueOf(page, 'step-next-weight-TV^2');
    await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '4');
    expect(await dataValueOf(page, 'gd-weight-TV^2')).toBe(nextSquare);
  });

  test('the landscape is a slice over two chosen parameters, the others held at the epoch on screen', async ({
    page,
  }) => {
    await tickRadioAndNewspaper(page);
    await page.getByTestId('epoch-scrubber').fill('40');
    const landscape = page.getByTestId('loss-landscape');
    await landscape.scrollIntoViewIfNeeded();
    const across = page.getByLabel('Across', { exact: true });
    const up = page.getByLabel('Up', { exact: true });
    await expect(across).toHaveValue('TV');
    await expect(up).toHaveValue('Radio');
    await expect(landscape.locator('.contour').first()).toBeAttached();
    // the run's point on the slice has the run's own loss, computed from the slice's quadratic
    const mse = await numberOf(page, 'gd-mse');
    expect(Math.abs((await numberOf(page, 'slice-current-loss')) - mse) / mse).toBeLessThan(1e-10);
    expect(await numberOf(page, 'slice-lowest-loss')).toBeLessThanOrEqual(mse);
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '41');
    const point = page.getByTestId('slice-current-point');
    await expect(point).toHaveAttribute('data-across', await dataValueOf(page, 'gd-weight-TV'));
    await expect(point).toHaveAttribute('data-up', await dataValueOf(page, 'gd-weight-Radio'));

    await up.selectOption('intercept');
    await expect(landscape).toHaveAttribute('data-up', 'intercept');
    await expect(point).toHaveAttribute('data-up', await dataValueOf(page, 'gd-intercept'));
    await expect(page.getByTestId('slice-least-squares')).toHaveAttribute(
      'data-up',
      await dataValueOf(page, 'ols-intercept'),
    );
    // choosing the other axis's parameter swaps the two
    await across.selectOption('intercept');
    await expect(up).toHaveValue('TV');
    await expect(landscape).toHaveAttribute('data-across', 'intercept');

    await across.selectOption('Newspaper');
    await page.getByTestId('epoch-scrubber').fill('1000');
    await expect(point).toHaveAttribute('data-across', await dataValueOf(page, 'gd-weight-Newspaper'));
    await expect(page.getByTestId('slice-least-squares')).toHaveAttribute(
      'data-across',
      await dataValueOf(page, 'ols-weight-Newspaper'),
    );
    const lastMse = await numberOf(page, 'gd-mse');
    expect(Math.abs((await numberOf(page, 'slice-current-loss')) - lastMse) / lastMse).toBeLessThan(1e-10);
  });

  test('the epoch log has a column per weight, and its CSV the same columns and numbers', async ({ page }) => {
    await tickRadioAndNewspaper(page);
    await page.getByTestId('epoch-scrubber').fill('12');
    const log = page.getByTestId('epoch-log');
    await log.scrollIntoViewIfNeeded();
    await expect(log.getByRole('columnheader')).toHaveText(['epoch', 'loss', 'intercept', ...TERMS]);
    const row = page.getByTestId('epoch-log-row-12');
    await expect(row).toHaveClass(/current/);
    const cells = row.locator('[role=cell]');
    await expect(cells.nth(1)).toHaveAttribute('title', await dataValueOf(page, 'gd-mse'));
    await expect(cells.nth(2)).toHaveAttribute('title', await dataValueOf(page, 'gd-intercept'));
    for (const [j, name] of TERMS.entries())
      await expect(cells.nth(3 + j)).toHaveAttribute('title', await dataValueOf(page, `gd-weight-${name}`));

    const download = page.waitForEvent('download');
    await page.getByTestId('download-log').click();
    const file = await download;
    const text = await (await file.createReadStream())
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('epoch,loss,intercept,TV,Radio,Newspaper');
    expect(lines).toHaveLength(1002);
    const values = await Promise.all(
      ['gd-mse', 'gd-intercept', ...TERMS.map((name) => `gd-weight-${name}`)].map((id) => dataValueOf(page, id)),
    );
    expect(lines[13]).toBe(['12', ...values].join(','));
  });

  test('with one feature again, the three lessons are the line’s', async ({ page }) => {
    await tickRadioAndNewspaper(page);
    await page.getByRole('checkbox', { name: 'Radio', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Newspaper', exact: true }).uncheck();
    await expect(page.getByTestId('gd-slope')).toBeVisible();
    await page.getByTestId('loss-landscape').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('loss-landscape')).toHaveAttribute('aria-label', /over intercept and slope/);
    await expect(page.getByLabel('Across', { exact: true })).toHaveCount(0);
    await page.getByTestId('epoch-log').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('epoch-log').getByRole('columnheader')).toHaveText([
      'epoch',
      'loss',
      'intercept',
      'slope',
    ]);
    await expect(page.getByTestId('step-next-slope')).toBeAttached();
  });
});
