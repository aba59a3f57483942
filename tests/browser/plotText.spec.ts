import { expect, openNotebook, test } from './fixtures';

// Every plot says what it shows in numbers, politely, and can show its data as a table.

test.describe.configure({ timeout: 120_000 });

test('each plot has a text alternative in numbers, kept current, and a table on request', async ({ page }) => {
  await openNotebook(page);
  const loss = page.getByTestId('loss-summary');
  await expect(loss).toHaveAttribute('aria-live', 'polite');
  await expect(loss).toHaveText(
    'Loss falls from 0.281 at epoch 0 to 0.0163 at epoch 1,000; the least-squares minimum is 0.0163.',
  );
  await expect(page.getByTestId('scatter-summary')).toContainText('Least-squares line: Sales = 0.215 + 0.553 × TV');
  await page.keyboard.press('Home');
  await expect(loss).toHaveText('Loss is 0.281 at epoch 0, before any step; the least-squares minimum is 0.0163.');
  await page.getByTestId('loss-table').locator('summary').click();
  await expect(page.getByTestId('loss-table').locator('tbody tr').first()).toContainText('0 (on screen)');
  await page.getByTestId('scatter-table').locator('summary').click();
  await expect(page.getByTestId('scatter-table').locator('caption')).toHaveText(
    'Data on the scatter plot: the first 50 of 200 points',
  );
});

test('while a run plays the summaries are announced calmly, and the moment it stops they give the epoch on screen', async ({
  page,
}) => {
  await openNotebook(page);
  const loss = page.getByTestId('loss-summary');
  await page.keyboard.press('Home');
  await expect(loss).toHaveText('Loss is 0.281 at epoch 0, before any step; the least-squares minimum is 0.0163.');
  const scrubber = page.getByTestId('epoch-scrubber');
  await page.keyboard.press(' ');
  await expect.poll(async () => Number(await scrubber.inputValue())).toBeGreaterThan(20);
  await page.keyboard.press(' ');
  const epoch = Number(await scrubber.inputValue());
  await expect(loss).toContainText(`at epoch ${epoch.toLocaleString('en')}`);
  await expect(loss).toContainText('the least-squares minimum is 0.0163');
});
