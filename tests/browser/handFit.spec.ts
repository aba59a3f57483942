import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, scrollOnScreen, test } from './fixtures';

// Fit it yourself: the student's own line on the scatter plot.

async function number(page: Page, testId: string): Promise<number> {
  return Number(await dataValueOf(page, testId));
}

/** Drags from one point of the page to another in small steps, like a hand. */
async function dragBy(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The element's centre on screen, after scrolling it into view as a person would before dragging it. */
async function centreOf(page: Page, testId: string) {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('fit it yourself', () => {
  test('drag the line and its handles, use the keys, nearly beat least squares, start descent from it', async ({
    page,
  }) => {
    test.setTimeout(180_000); // many drags and runs on a shared machine
    await openNotebook(page);
    await page.getByTestId('hand-fit-start').click();
    await expect(page.getByTestId('hand-line')).toHaveCount(1);
    const flatMse = await number(page, 'hand-mse');
    expect(flatMse).toBeGreaterThan(await number(page, 'hand-ols-mse'));

    // drag the body down: the intercept falls, the slope stays
    const before = { intercept: await number(page, 'hand-intercept'), slope: await number(page, 'hand-slope') };
    const body = await centreOf(page, 'hand-line');
    await dragBy(page, body, { x: body.x + 30, y: body.y + 40 });
    expect(await number(page, 'hand-intercept')).toBeLessThan(before.intercept);
    expect(await number(page, 'hand-slope')).toBe(before.slope);

    // keys: ↑ shifts up, → turns steeper
    await page.getByTestId('hand-up').focus();
    const shifted = await number(page, 'hand-intercept');
    await page.keyboard.press('ArrowUp');
    expect(await number(page, 'hand-intercept')).toBeGreaterThan(shifted);
    await page.keyboard.press('ArrowRight');
    expect(await number(page, 'hand-slope')).toBeGreaterThan(before.slope);
    // the arrow keys moved the line, not the epoch
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');

    // put each handle where the least-squares line passes: within a pixel or so of the minimum
    const olsIntercept = await number(page, 'ols-intercept');
    const olsSlope = await number(page, 'ols-slope');
    for (const handle of ['hand-handle-1', 'hand-handle-2']) {
      const perUnit = Number(await page.getByTestId('hand-residuals').getAttribute('data-pixels-per-unit'));
      const handX = Number(await page.getByTestId(handle).getAttribute('data-x'));
      const line = { intercept: await number(page, 'hand-intercept'), slope: await number(page, 'hand-slope') };
      const from = await centreOf(page, handle);
      const gap = olsIntercept + olsSlope * handX - (line.intercept + line.slope * handX);
      await dragBy(page, from, { x: from.x, y: from.y - gap * perUnit });
    }
    const handMse = await number(page, 'hand-mse');
    expect((handMse - (await number(page, 'ols-mse'))) / (await number(page, 'ols-mse'))).toBeLessThan(0.01);
    await expect(page.getByTestId('hand-verdict')).toContainText(/Within (a billionth|[\d.]+%) of the minimum/);

    // squares instead of segments
    await page.getByTestId('hand-squares').check();
    await expect(page.getByTestId('hand-residuals')).toHaveAttribute('data-squares', 'true');
    await expect(page.getByTestId('hand-residuals').locator('rect')).toHaveCount(200);

    // the landscape marks the hand-made line (its chart is drawn once scrolled near); descent can start from it
    await scrollOnScreen(page.getByTestId('loss-landscape'));
    await expect(page.getByTestId('hand-point')).toHaveCount(1);
    await page.getByTestId('start-from-hand-line').click();
    await expect(page.getByTestId('start-from-hand-line')).toBeDisabled();
    expect(await page.getByTestId('start-intercept').inputValue()).not.toBe('0');
  });
});
