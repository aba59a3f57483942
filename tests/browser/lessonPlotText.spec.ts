import { dataValueOf, expect, openNotebook, test } from './fixtures';

// The lessons' plots (the loss landscape, the learning-rate sweep, the predictions plot) say
// what they show in numbers, as the lab's plots do: the numbers come from the page's own
// state, follow the run, are announced politely, and each plot shows its data as a table.

test.describe.configure({ timeout: 120_000 });

/** A number as the summaries print it: three significant digits, a true minus sign. */
const threeDigits = (value: string) => Number(Number(value).toPrecision(3)).toString().replace('-', '−');

test('the loss landscape says where the minimum is and where the path stands, and follows the epoch', async ({
  page,
}) => {
  await openNotebook(page);
  const summary = page.getByTestId('landscape-summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  // REFERENCE.md A: least squares at 0.21519170068625232, 0.5534088415765329 (MSE 0.0162946…); descent at
  // rate 0.1 after 1000 epochs at 0.21519198…, 0.55340831…; the zero line's MSE on scaled Advertising is 0.281.
  await expect(summary).toContainText(
    'The least-squares minimum (×) is at intercept 0.215, slope 0.553 (loss 0.0163). The descent path starts at intercept 0, slope 0 (loss 0.281) and at epoch 1,000 stands at intercept 0.215, slope 0.553 (loss 0.0163).',
  );
  await expect(summary).toContainText(
    /^Map of the loss for intercepts from −?[\d.]+ to [\d.]+ and slopes from −?[\d.]+ to [\d.]+\./,
  );
  await page.keyboard.press('Home');
  await expect(summary).toContainText('no step is taken yet (epoch 0).');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1');
  const intercept = threeDigits((await page.getByTestId('gd-intercept').getAttribute('data-value')) ?? '');
  await expect(summary).toContainText(`at epoch 1 stands at intercept ${intercept},`);
  await page.getByTestId('landscape-table').locator('summary').click();
  const rows = page.getByTestId('landscape-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('1 (on screen)');
});

test('the learning-rate sweep names the best rate, the stable limit and the current rate, with a table', async ({
  page,
}) => {
  await openNotebook(page);
  const summary = page.getByTestId('sweep-summary');
  await summary.scrollIntoViewIfNeeded();
  const stable = threeDigits(await dataValueOf(page, 'stable-learning-rate'));
  await expect(summary).toContainText(
    /^Loss after 1,000 epochs of batch descent for 121 learning rates from 1×10⁻⁵ to 10: the lowest, 0\.0163, at rate [\d.]+; rates from [\d.]+ up diverge/,
  );
  await expect(summary).toContainText(
    `the largest stable rate 2/λmax is ${stable}). At the current rate, 0.1, the loss is 0.0163; the least-squares minimum is 0.0163.`,
  );
  await page.getByTestId('learning-rate-input').fill('5');
  await page.getByTestId('learning-rate-input').press('Enter');
  // a lesson widget off screen holds still (useVisibleNotebook); back in view it catches up
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('At the current rate, 5, the run diverges;');
  await page.getByTestId('sweep-table').locator('summary').click();
  const rows = page.getByTestId('sweep-table').locator('tbody tr');
  await expect(rows).toHaveCount(121);
  await expect(rows.first()).toContainText('1×10⁻⁵');
  await expect(rows.last()).toContainText('diverges');
});

test('the predictions plot gives the RMSE of training and test points, matching the evaluation table', async ({
  page,
}) => {
  await openNotebook(page);
  await page.getByTestId('second-lesson').click();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /Classic exercise/);
  const summary = page.getByTestId('predictions-summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('rmse-test-descent')).toHaveAttribute('data-value', /\d/);
  const training = threeDigits(await dataValueOf(page, 'rmse-train-descent'));
  const testing = threeDigits(await dataValueOf(page, 'rmse-test-descent'));
  await expect(summary).toContainText(
    `300 points used for training (circles, RMSE ${training}) and 50 points held out for testing (triangles, RMSE ${testing}).`,
  );
  await page.getByTestId('predictions-table').locator('summary').click();
  const table = page.getByTestId('predictions-table');
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('training 1');
  await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText('test 50');
});
