import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';

// Predict, then see: the loss after 100 epochs, drawn on the loss plot before the run.

const question = (page: Page) => page.locator('[data-testid="prediction-question"][data-question="loss-at-100"]');

/** Whether this browser's storage holds a saved answer to the loss estimate yet. */
function estimateSaved(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('downhill');
        open.onsuccess = () => {
          const database = open.result;
          const finish = (saved: boolean) => {
            database.close();
            resolve(saved);
          };
          if (!database.objectStoreNames.contains('notebook')) return finish(false);
          const request = database.transaction('notebook').objectStore('notebook').get('predictions');
          request.onsuccess = () => finish(Boolean(request.result?.['loss-at-100']));
          request.onerror = () => finish(false);
        };
        open.onerror = () => resolve(false);
      }),
  );
}

async function guessOnPlot(page: Page): Promise<number> {
  return Number(await page.getByTestId('loss-guess').getAttribute('data-value'));
}

test.describe('where will the loss be after 100 epochs?', () => {
  test('drag the guess on the loss plot, nudge it with keys, type it, run it: the guess stays beside the real loss', async ({
    page,
  }) => {
    test.setTimeout(300_000); // many steps on a shared, busy machine
    await openNotebook(page);
    const asked = question(page);
    await expect(asked.locator('legend')).toContainText('With steps ten times shorter, 0.01');
    await expect(asked).toContainText('within a factor of 2');
    await expect(asked.getByTestId('prediction-reveal')).toBeDisabled();
    await asked.getByTestId('loss-guess-start').click();

    // the diamond sits on the loss plot at epoch 100; dragging along its rail moves the guess
    const rail = page.getByTestId('loss-guess-rail');
    await expect(rail).toHaveCount(1);
    const box = (await rail.boundingBox())!;
    const first = await guessOnPlot(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.85, { steps: 6 });
    await page.mouse.up();
    const dragged = await guessOnPlot(page);
    expect(dragged).toBeLessThan(first);
    expect(dragged).toBeGreaterThan(0);
    const input = asked.getByRole('textbox', { name: 'Your guess: the loss after 100 epochs' });
    expect(Number(await input.inputValue())).toBeCloseTo(dragged, 3);

    // keyboard: ↓ divides by 1.1, Shift+↑ doubles
    await input.focus();
    await page.keyboard.press('ArrowDown');
    expect((await guessOnPlot(page)) * 1.1).toBeCloseTo(dragged, 12);
    await page.keyboard.press('Shift+ArrowUp');
    expect(await guessOnPlot(page)).toBeCloseTo((dragged / 1.1) * 2, 12);
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000'); // the keys moved the guess only

    // bad input is named and nothing is lost; a good one moves the diamond
    await input.fill('abc');
    await expect(asked.getByRole('alert')).toContainText('“abc” is not a number');
    await expect(asked.getByTestId('prediction-reveal')).toBeDisabled();
    await input.fill('-1');
    await expect(asked.getByRole('alert')).toContainText('positive loss');
    await input.fill('0.03');
    await expect(asked.getByRole('alert')).toHaveCount(0);
    expect(await guessOnPlot(page)).toBe(0.03);

    await asked.getByTestId('prediction-reveal').click();
    const feedback = asked.getByTestId('prediction-feedback');
    await expect(feedback).toHaveAttribute('data-correct', 'true');
    await expect(feedback).toContainText(
      /^Right: the real loss 0\.0255 is 1\.18 times|^Right: your guess 0\.03 is 1\.18 times/,
    );
    await expect(feedback).toContainText('After 100 epochs at 0.01 the loss is 0.0255');
    await expect(feedback).toContainText(/The run at 0\.1 \(kept on the plot\) was that low by epoch 10\b/);
    const actual = Number(await feedback.getAttribute('data-actual'));
    expect(Number(await page.getByTestId('learning-rate-input').inputValue())).toBe(0.01);
    await expect(page.getByTestId('kept-run-curve')).toHaveCount(1);
    const result = page.getByTestId('loss-guess-result');
    await expect(result).toHaveAttribute('data-guess', '0.03');
    await expect(result).toHaveAttribute('data-actual', String(actual));
    await expect(page.getByTestId('loss-guess')).toHaveCount(0);

    // the real curve at epoch 100 is the loss the feedback names
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '100');
    const shown = Number(await dataValueOf(page, 'gd-mse'));
    expect(Math.abs(shown - actual) / actual).toBeLessThan(1e-12);

    // it counts in the summary, and it survives a reload with the guess still drawn
    await expect(page.getByTestId('prediction-summary')).toContainText('1 of 1 predicted right (5 still to answer)');
    await expect.poll(() => estimateSaved(page), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(600); // the session (the rate, the budget) is saved shortly after each change
    await page.reload();
    await expect(question(page).getByTestId('prediction-feedback')).toHaveAttribute('data-actual', String(actual), {
      timeout: 30_000,
    });
    await expect(page.getByTestId('prediction-summary')).toContainText('1 of 1 predicted right');
    await expect(page.getByTestId('loss-guess-result')).toHaveAttribute('data-guess', '0.03');
    await expectNoBrokenValues(page);

    // asked again: the guess can be drawn anew
    await question(page).getByRole('button', { name: 'Ask me again' }).click();
    await expect(question(page).getByTestId('loss-guess-start')).toBeVisible();
    await expect(page.getByTestId('prediction-summary')).toContainText('No predictions yet: 6 questions');
  });

  test('a guess far off is counted wrong and says by how much', async ({ page }) => {
    await openNotebook(page);
    const asked = question(page);
    await asked.getByTestId('loss-guess-start').click();
    await asked.getByRole('textbox', { name: 'Your guess: the loss after 100 epochs' }).fill('0.2');
    await asked.getByTestId('prediction-reveal').click();
    const feedback = asked.getByTestId('prediction-feedback');
    await expect(feedback).toHaveAttribute('data-correct', 'false');
    await expect(feedback).toContainText(
      /^Not this time: your guess 0\.2 is 7\.8\d times the real loss 0\.0255 \(too high\)/,
    );
    await expect(page.getByTestId('prediction-summary')).toContainText('0 of 1 predicted right');
  });
});
