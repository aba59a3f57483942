import type { Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

// Lessons below the fold render after the first fit (their sections and headings are there
// from the start). A jump to a lesson must land on its heading and stay there while the
// lessons above it take their real heights.

/** Distance in pixels from the top of the screen to the lesson's heading. */
function headingTop(page: Page, lesson: string): Promise<number> {
  return page.evaluate(
    (id) => document.getElementById(`${id}-title`)?.getBoundingClientRect().top ?? Number.NaN,
    lesson,
  );
}

/** Waits until every lesson has its body and the charts near the heading are drawn. */
async function waitForEveryLesson(page: Page): Promise<void> {
  await expect(page.locator('.lesson-shell')).toHaveCount(0, { timeout: 30_000 });
}

test('every lesson heading is on the page from the start, in order, before the lessons below the fold render', async ({
  page,
}) => {
  await page.goto('/');
  const titles = page.locator('main.lessons h2');
  await expect(titles).toHaveCount(16);
  await expect(titles.nth(13)).toContainText('14');
  await openNotebook(page);
  await waitForEveryLesson(page);
  await expect(titles).toHaveCount(16);
});

test('opening the page at #evaluation lands on the evaluation heading and it stays at the top as the lessons above settle', async ({
  page,
}) => {
  await page.goto('/#evaluation');
  await expect(page.getByTestId('gd-slope')).toHaveAttribute('data-value', /\d/);
  await waitForEveryLesson(page);
  await expect(page.locator('[data-testid="loss-plot"] .main-svg').first()).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    const top = await headingTop(page, 'evaluation');
    expect(Math.abs(top)).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
  // the body of the lesson is there under its heading
  await expect(page.locator('#evaluation')).not.toHaveAttribute('aria-busy', 'true');
});

test('a shared link that opens on the Python export lesson puts its heading at the top with keyboard focus', async ({
  page,
}) => {
  // the Python lesson is the last one and shorter than the screen: take a short window so that
  // the page can scroll its heading to the very top
  await page.setViewportSize({ width: 1440, height: 500 });
  await page.goto('/#v=1&lesson=python');
  await waitForEveryLesson(page);
  await expect(async () => {
    expect(Math.abs(await headingTop(page, 'python'))).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('#python-title')).toBeFocused();
});

test('the link to the your-data lesson in the lab scrolls that lesson to the top', async ({ page }) => {
  await openNotebook(page);
  await page.getByRole('link', { name: 'load your own' }).click();
  await expect(async () => {
    expect(Math.abs(await headingTop(page, 'your-data'))).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
  await waitForEveryLesson(page);
  await expect(async () => {
    expect(Math.abs(await headingTop(page, 'your-data'))).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
});

test('printing renders every lesson before the page is laid out for paper', async ({ page }) => {
  // Lessons below the fold render one per idle moment; on a fast machine they could all be there
  // before the print event. No idle moment comes here, so some are still waiting when it does.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto('/');
  await page.waitForSelector('.lesson-shell', { state: 'attached' });
  // the print event renders the lessons synchronously, before the browser lays the page out
  const [shellsBefore, shellsAfter] = await page.evaluate(() => {
    const before = document.querySelectorAll('.lesson-shell').length;
    window.dispatchEvent(new Event('beforeprint'));
    return [before, document.querySelectorAll('.lesson-shell').length];
  });
  expect(shellsBefore).toBeGreaterThan(0);
  expect(shellsAfter).toBe(0);
  await expect(page.getByTestId('export-python')).toHaveCount(1);
});
