import { LEARNING_RATE_SCALE, positionOf, valueAt } from '../../src/format/logScale';
import { dataValueOf, dragSlider, expect, openNotebook, test } from './fixtures';

test.describe('the notebook on Advertising, TV → Sales', () => {
  test('opens with the published least-squares numbers and no console errors', async ({ page }) => {
    await openNotebook(page);
    expect(await dataValueOf(page, 'ols-intercept')).toBe('0.21519170068625232');
    expect(await dataValueOf(page, 'ols-slope')).toBe('0.5534088415765329');
    expect(await dataValueOf(page, 'ols-mse')).toBe('0.016294644608557188');
    await expect(page.getByTestId('feature-column')).toHaveValue('TV');
    await expect(page.getByTestId('response-column')).toHaveValue('Sales');
    await expect(page.getByTestId('scaling')).toBeChecked();
    // the unnamed row-number column is not offered as a feature
    await expect(page.getByTestId('feature-column').locator('option')).toHaveText([
      'TV',
      'Radio',
      'Newspaper',
      'Sales',
    ]);
    await expect(page.locator('.katex').first()).toBeVisible();
    // ISL Table 3.2: R² of Sales on TV is 0.612 (scaling does not change it)
    expect(Number(await dataValueOf(page, 'r-squared'))).toBeCloseTo(0.612, 3);
  });

  test('typing learning rate 0.1 and 1000 epochs and running gives the published gradient-descent numbers', async ({
    page,
  }) => {
    await openNotebook(page);
    await page.getByTestId('learning-rate-input').fill('0.05');
    await page.getByTestId('epochs-input').fill('500');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '500');
    await page.getByTestId('learning-rate-input').fill('0.1');
    await page.getByTestId('epochs-input').fill('1000');
    await page.getByTestId('reset').click();
    await page.getByTestId('run').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
    expect(await dataValueOf(page, 'gd-intercept')).toBe('0.21519198226718594');
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5534083104180343');
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'converged');
  });

  test('Step three times after Reset shows epoch 3, with the keyboard too', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
    for (let i = 0; i < 3; i++) await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '3');
    await expect(page.getByTestId('gd-slope')).not.toHaveAttribute('data-value', '0');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '5');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '4');
    await page.keyboard.press('End');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
  });

  test('] and [ move the learning rate one tenth of a decade up and down the slider, and the run follows', async ({
    page,
  }) => {
    await openNotebook(page);
    const faster = valueAt(LEARNING_RATE_SCALE, positionOf(LEARNING_RATE_SCALE, 0.1) + 10);
    const slower = valueAt(LEARNING_RATE_SCALE, positionOf(LEARNING_RATE_SCALE, faster) - 20);
    expect(faster).toBeCloseTo(0.126, 3);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(']');
    await expect(page.getByTestId('learning-rate-input')).toHaveValue(String(faster));
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    await expect(page.getByTestId('learning-rate-input')).toHaveValue(String(slower));
    expect(slower).toBeCloseTo(0.0794, 4);
    // the run was recomputed for the new rate: 1000 epochs at 0.0794 stop short of the minimum
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', /stopped|converged/);
    expect(await dataValueOf(page, 'gd-slope')).not.toBe('0.5534083104180343');
  });

  test('a run that ends at its epoch budget short of the minimum says Stopped, not Paused', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('learning-rate-input').fill('0.01');
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'stopped');
    await expect(page.getByTestId('status')).toHaveText('Stopped');
    await expect(page.getByTestId('status-message')).toContainText('Stopped at the epoch budget (1000)');
  });

  test('Play advances epoch by epoch and Pause holds it', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('speed').selectOption('50');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'running');
    await expect.poll(async () => Number(await dataValueOf(page, 'epoch'))).toBeGreaterThan(5);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('status')).not.toHaveAttribute('data-value', 'running');
    const paused = await dataValueOf(page, 'epoch');
    await page.waitForTimeout(400);
    expect(await dataValueOf(page, 'epoch')).toBe(paused);
    expect(Number(paused)).toBeLessThan(1000);
  });

  test('dragging the learning rate into divergence explains it, and dragging back recovers', async ({ page }) => {
    await openNotebook(page);
    // 0.95 of the track is about 10^(−5 + 0.95·6) ≈ 5, far past the stable limit 0.79
    await dragSlider(page, 'learning-rate', 0.95);
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'diverged');
    const message = page.getByTestId('status-message');
    await expect(message).toContainText(/Diverged at epoch \d+/);
    await expect(message).toContainText('too large');
    await expect(message).toContainText('below 0.792');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/NaN|Infinity/);
    for (const id of ['gd-intercept', 'gd-slope', 'gd-mse'])
      expect(Number.isFinite(Number(await dataValueOf(page, id)))).toBe(true);
    // back to 0.1: position 400 of 600
    await dragSlider(page, 'learning-rate', 400 / 600);
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.1');
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'converged');
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5534083104180343');
  });

  test('switching the feature to Radio refits least squares', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('feature-column').selectOption({ label: 'Radio' });
    await expect(page.getByTestId('ols-slope')).not.toHaveAttribute('data-value', '0.5534088415765329');
    // ISL: Sales = 9.312 + 0.2025 · Radio
    await expect.poll(async () => Number(await dataValueOf(page, 'ols-slope-original'))).toBeCloseTo(0.2025, 4);
    await expect(page.locator('[data-testid="scatter-plot"] .xtitle')).toHaveText('Radio (scaled to 0–1)');
  });

  test('a mistyped learning rate is explained and changes nothing', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('learning-rate-input').fill('fast');
    await expect(page.getByRole('alert').filter({ hasText: '“fast” is not a number' })).toBeVisible();
    await page.getByTestId('learning-rate-input').fill('-2');
    await expect(page.getByRole('alert').filter({ hasText: 'greater than 0' })).toBeVisible();
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5534083104180343');
    await page.getByTestId('learning-rate-input').blur();
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.1');
  });

  test('unscaled TV shows why scaling matters: the lesson rate diverges', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('scaling').uncheck();
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'diverged');
    await expect(page.getByTestId('ols-intercept')).toHaveAttribute('data-value', /^7\.032/);
    await page.getByTestId('learning-rate-input').fill('0.00002');
    await expect(page.getByTestId('status')).not.toHaveAttribute('data-value', 'diverged');
  });
});
