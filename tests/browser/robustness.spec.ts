import { dataValueOf, expect, openNotebook, test } from './fixtures';

// Regressions found by using the notebook as students and instructors do.
test.describe('robustness', () => {
  test('choosing the same column for both roles swaps them, and the page survives a reload', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('response-column').selectOption('TV');
    await expect(page.getByTestId('feature-column')).toHaveValue('Sales');
    await expect(page.getByTestId('response-column')).toHaveValue('TV');
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', /converged|stopped|paused|ready/);
    await page.waitForTimeout(700);
    await page.reload();
    await expect(page.getByTestId('feature-column')).toHaveValue('Sales');
    expect(Number(await dataValueOf(page, 'ols-slope'))).toBeGreaterThan(0);
  });

  test('an absurd typed start is refused with a reason, and nothing breaks', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('start-slope').scrollIntoViewIfNeeded();
    await page.getByTestId('start-slope').fill('1e155');
    await page.getByTestId('start-slope').press('Tab');
    await expect(page.getByRole('alert').filter({ hasText: 'Start within' })).toBeVisible();
    expect(await dataValueOf(page, 'gd-slope')).toBe('0.5534083104180343');
    await page.reload();
    await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', '0.5534088415765329');
  });

  test('tabbing through the start boxes without typing leaves the run alone', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('start-intercept').scrollIntoViewIfNeeded();
    await page.getByTestId('start-intercept').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
  });

  test('after clicking a control with the mouse, the lecture keys still drive the run', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('reset').click();
    await page.getByTestId('step').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '2');
    await page.getByTestId('scaling').click();
    await page.getByTestId('scaling').click();
    await page.keyboard.press('End');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
    await expect(page.getByTestId('scaling')).toBeChecked();
  });

  test('shuffled descent on large budgets is capped and says so, instead of freezing', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('flavour').selectOption('stochastic');
    await page.getByTestId('epochs-input').fill('1000000');
    await page.getByTestId('epochs-input').blur();
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '10000');
    await expect(page.getByTestId('status-message')).toContainText('capped');
  });

  test('a run that diverges at its first step disables stepping, and shows no NaN', async ({ page }) => {
    await openNotebook(page);
    await page.getByTestId('scaling').uncheck();
    await page.getByTestId('learning-rate-input').fill('5');
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'diverged');
    await expect(page.getByTestId('step')).toBeDisabled();
    await expect(page.getByTestId('play')).toBeDisabled();
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  });
});
