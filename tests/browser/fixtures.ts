import { test as base, expect, type Page } from '@playwright/test';

/** Messages that are about the headless GPU, not our code. */
const IGNORED = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/];

/**
 * Every browser test fails on any console error or uncaught exception: a notebook that logs
 * errors is broken for students even when the assertions pass.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (
          (message.type() === 'error' || (message.type() === 'warning' && /error/i.test(message.text()))) &&
          !IGNORED.some((pattern) => pattern.test(message.text()))
        ) {
          errors.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the notebook and waits until both plots have drawn. */
export async function openNotebook(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-testid="scatter-plot"] .main-svg').first()).toBeVisible();
  await expect(page.locator('[data-testid="loss-plot"] .main-svg').first()).toBeVisible();
}

/** The full-precision number a hook carries in data-value. */
export async function dataValueOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).getAttribute('data-value')) ?? '';
}

/** Drags a range slider's thumb to a fraction of its track, the way a student's mouse would. */
export async function dragSlider(page: Page, testId: string, toFraction: number, steps = 12): Promise<void> {
  const slider = page.getByTestId(testId);
  const box = (await slider.boundingBox())!;
  const current = Number(await slider.inputValue()) / Number(await slider.getAttribute('max'));
  const y = box.y + box.height / 2;
  const thumb = 8;
  const xAt = (fraction: number) => box.x + thumb + fraction * (box.width - 2 * thumb);
  await page.mouse.move(xAt(current), y);
  await page.mouse.down();
  await page.mouse.move(xAt(toFraction), y, { steps });
  await page.mouse.up();
}
