import { dataValueOf, expect, openNotebook, scrollOnScreen, test } from './fixtures';

test.describe('the optimisation lab', () => {
  test('the epoch scrubber travels to epoch 0 and back, and every number follows', async ({ page }) => {
    await openNotebook(page);
    const scrubber = page.getByTestId('epoch-scrubber');
    await scrubber.fill('0');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
    expect(await dataValueOf(page, 'gd-intercept')).toBe('0');
    expect(await dataValueOf(page, 'gd-slope')).toBe('0');
    // lesson widgets follow once they are on screen, as they are for a reader
    await page.getByTestId('epoch-log').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('epoch-log-row-0')).toHaveClass(/current/);
    await scrubber.fill('1000');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5534083104180343');
    await scrubber.fill('250');
    await page.getByTestId('loss-landscape').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '251');
  });

  test('the landscape path has one point per epoch up to the epoch on screen', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('loss-landscape').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '1001');
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '1');
    for (let i = 0; i < 3; i++) await page.getByTestId('step').click();
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '4');
  });

  test('the written-out step agrees with the next row of the epoch log', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('reset').click();
    await page.getByTestId('step-explanation').scrollIntoViewIfNeeded();
    await page.getByTestId('step').click();
    await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch-log-row-2')).toHaveClass(/current/);
    // from epoch 2 the step leads to the line the run holds at epoch 3
    const nextIntercept = await dataValueOf(page, 'step-next-intercept');
    const nextSlope = await dataValueOf(page, 'step-next-slope');
    await page.getByTestId('step').click();
    expect(await dataValueOf(page, 'gd-intercept')).toBe(nextIntercept);
    expect(await dataValueOf(page, 'gd-slope')).toBe(nextSlope);
    const row = page.getByTestId('epoch-log-row-3');
    await expect(row.locator('[role=cell]').nth(2)).toHaveAttribute('title', nextIntercept);
    await expect(row.locator('[role=cell]').nth(3)).toHaveAttribute('title', nextSlope);
  });

  test('the epoch log scrolls through 100 000 epochs and downloads as CSV', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('epochs-input').fill('100000');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '100000');
    await page.getByTestId('epoch-log').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('epoch-log-row-100000')).toBeVisible();
    expect(await page.locator('[data-testid^="epoch-log-row-"]').count()).toBeLessThan(60);
    const download = page.waitForEvent('download');
    await page.getByTestId('download-log').click();
    const file = await download;
    const text = await (await file.createReadStream())
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('epoch,loss,intercept,slope');
    expect(lines).toHaveLength(100_002);
  });

  test('the stable learning rate is shown with its full value and marked on the slider', async ({ page }) => {
    await openNotebook(page);
    const stable = Number(await dataValueOf(page, 'stable-learning-rate'));
    // 2/λmax for scaled TV, checked against power iteration in the unit tests
    expect(stable).toBeCloseTo(0.792167, 5);
    await expect(page.locator('.stable-marker')).toContainText('0.792');
    // A lesson's chart is drawn once it comes near the screen, and lessons above it first take
    // their real height when they are laid out, which can move the page after a jump: scroll
    // until the chart has been drawn in view.
    await expect(async () => {
      await scrollOnScreen(page.getByTestId('learning-rate-sweep'));
      await expect(page.getByTestId('sweep-curve')).toHaveAttribute('data-rates', '121', { timeout: 3000 });
    }).toPass({ timeout: 40_000 });
  });

  test('runs can be kept on the loss plot, compared, and cleared', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('keep-run').click();
    await page.getByTestId('flavour').selectOption('stochastic');
    await page.getByTestId('keep-run').click();
    await page.getByTestId('optimiser').selectOption('adam');
    await expect(page.getByTestId('kept-run-curve')).toHaveCount(2);
    await expect(page.locator('[data-testid="loss-plot"] .plot-legend')).toContainText('rate 0.1 · stochastic · plain');
    await page.getByTestId('clear-runs').click();
    await expect(page.getByTestId('kept-run-curve')).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN/);
  });

  test('clicking the landscape moves the start, and typed values do too', async ({ page }) => {
    await openNotebook(page);
    const plot = page.locator('[data-testid="loss-landscape"] .overlaid-plot');
    // the page may still move while lessons above first take their real height: click again
    // (at a fresh position) until the click has landed on the landscape
    await expect(async () => {
      await scrollOnScreen(plot);
      const box = (await plot.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
      await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0', { timeout: 2000 });
      expect(Number(await page.getByTestId('start-intercept').inputValue())).not.toBe(0);
    }).toPass({ timeout: 40_000 });
    const intercept = Number(await page.getByTestId('start-intercept').inputValue());
    expect(Number(await dataValueOf(page, 'gd-intercept'))).toBeCloseTo(intercept, 4);
    await page.getByTestId('start-slope').fill('-1.5');
    await page.getByTestId('start-slope').press('Enter');
    await expect(page.getByTestId('gd-slope')).toHaveAttribute('data-value', '-1.5');
  });

  test('stochastic descent with a seed is repeatable, and a tolerance stops the run early', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('flavour').selectOption('stochastic');
    const first = await dataValueOf(page, 'gd-slope');
    await page.getByTestId('shuffle-seed').fill('7');
    const other = await dataValueOf(page, 'gd-slope');
    expect(other).not.toBe(first);
    await page.getByTestId('shuffle-seed').fill('20260');
    await expect(page.getByTestId('gd-slope')).toHaveAttribute('data-value', first);
    await page.getByTestId('flavour').selectOption('batch');
    await page.getByTestId('stop-on-tolerance').check();
    const stoppedAt = Number(await dataValueOf(page, 'epoch'));
    expect(stoppedAt).toBeGreaterThan(10);
    expect(stoppedAt).toBeLessThan(1000);
    await expect(page.getByTestId('status-message')).toContainText('changed by less than');
  });
});
