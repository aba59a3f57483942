import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, test } from './fixtures';

// Predict, then see: questions before the run, answers kept with the session.

async function number(page: Page, testId: string): Promise<number> {
  return Number(await dataValueOf(page, testId));
}

test.describe('predict, then see', () => {
  test('five questions (learning rate twice, scaling, flavours, momentum): answer by name, see the run, the summary survives a reload', async ({
    page,
  }) => {
    test.setTimeout(180_000); // many drags and runs on a shared machine
    await openNotebook(page);
    const questions = page.getByTestId('prediction-question');
    await expect(questions).toHaveCount(6); // and the drawn loss estimate (lossEstimate.spec.ts)
    const answer = async (id: string, choice: RegExp) => {
      const question = page.locator(`[data-testid="prediction-question"][data-question="${id}"]`);
      await question.getByRole('radio', { name: choice }).check();
      await question.getByTestId('prediction-reveal').click();
      return question.getByTestId('prediction-feedback');
    };
    const zigzag = await answer('rate-below-limit', /zig-zags/);
    await expect(zigzag).toHaveAttribute('data-correct', 'true');
    await expect(zigzag).toContainText('2/λmax');
    expect(Number(await page.getByTestId('learning-rate-input').inputValue())).toBeCloseTo(
      0.75 * (await number(page, 'stable-learning-rate')),
      2,
    );
    const blowUp = await answer('rate-above-limit', /smoothly/);
    await expect(blowUp).toHaveAttribute('data-correct', 'false');
    await expect(blowUp).toContainText(/overshoots further every step/);
    await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'diverged');
    await page.getByTestId('learning-rate-input').fill('0.1');
    await page.getByTestId('learning-rate-input').press('Enter');
    const scaling = await answer('scaling-switch', /blows up/);
    await expect(scaling).toHaveAttribute('data-correct', 'true');
    await expect(scaling).toContainText('condition number');
    await page.getByRole('button', { name: 'Switch scaling back on' }).click();
    await answer('flavour-race', /Stochastic descent/);
    await answer('momentum-race', /fewer epochs/);
    await expect(page.getByTestId('prediction-feedback')).toHaveCount(5);
    const summary = page.getByTestId('prediction-summary');
    await expect(summary).toContainText(/\d of 5 predicted right/);
    const text = await summary.textContent();
    await page.waitForTimeout(500); // the answers are saved shortly after each change
    await page.reload();
    await expect(page.getByTestId('prediction-summary')).toHaveText(text!);
    await expect(page.getByTestId('prediction-feedback')).toHaveCount(5);
  });
});
