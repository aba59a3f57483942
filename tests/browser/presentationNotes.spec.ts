import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

// Speaker notes in the projector view: the prose of the lesson being read, beside the lab (below
// it on narrow screens), in large type; the next and previous lessons a button away.

test.describe.configure({ timeout: 150_000 });

/** Visible text inside `selector` (outside plots and equations) set smaller than `minimum` px. */
async function smallText(page: Page, selector: string, minimum: number): Promise<string[]> {
  return page.evaluate(
    ([scope, least]) => {
      const small: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(`${scope} *`)) {
        if (element.closest('svg, .js-plotly-plot, .katex')) continue;
        const hasText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
        );
        if (!hasText || element.getClientRects().length === 0) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < Number(least))
          small.push(`${element.tagName.toLowerCase()} “${element.textContent!.trim().slice(0, 30)}” ${size}px`);
      }
      return small;
    },
    [selector, String(minimum)] as const,
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.js-plotly-plot')
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Scrolls the notebook so that a lesson's heading sits near the top of the window, as while reading it. */
async function readLesson(page: Page, id: string): Promise<void> {
  // lessons below the fold render after the first fit; read once they all have their heights
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  await page.locator(`#${id}-title`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
}

for (const [name, width, height] of [
  ['projector', 1920, 1080],
  ['laptop', 1366, 768],
] as const) {
  test(`notes beside the lab at ${width}×${height} (${name}): the lesson being read, large type, no axe violations`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openNotebook(page);
    await readLesson(page, 'learning-rate');
    await page.keyboard.press('p');
    await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('speaker-notes')).toHaveCount(0);
    await page.getByTestId('notes-toggle').click();
    await expect(page.getByTestId('notes-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'learning-rate');
    await expect(page.locator('#learning-rate-title')).toBeVisible();
    await expect(page.locator('#learning-rate > p').first()).toBeVisible();
    // only the prose: the lesson's own widgets and every other lesson stay hidden
    await expect(page.getByTestId('learning-rate-sweep')).toBeHidden();
    await expect(page.locator('#scaling-title')).toBeHidden();
    await expect(page.locator('.intro')).toBeHidden();
    const notes = (await page.locator('.lessons').boundingBox())!;
    const lab = (await page.locator('.lab').boundingBox())!;
    expect(notes.x + notes.width).toBeLessThanOrEqual(lab.x + 1);
    expect(notes.width).toBeGreaterThan(width / 4);
    expect(await smallText(page, '.lessons', 24)).toEqual([]);
    expect(await smallText(page, '.lab', 24)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/presentation-notes-${width}x${height}.png` });

    await page.getByTestId('notes-next').click();
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'scaling');
    await expect(page.locator('#scaling-title')).toBeVisible();
    await expect(page.locator('#learning-rate-title')).toBeHidden();
    await page.getByTestId('notes-previous').click();
    await page.getByTestId('notes-previous').click();
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'landscape');
    // N hides the notes again, and P leaves the projector view where the notes were
    await page.keyboard.press('n');
    await expect(page.getByTestId('speaker-notes')).toHaveCount(0);
    await expect(page.locator('.lessons')).toBeHidden();
    await page.keyboard.press('n');
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'landscape');
    await page.keyboard.press('p');
    await expect(page.locator('#landscape-title')).toBeInViewport();
  });
}

test('notes follow the lab on a 1024×768 projector and on a phone, still in large type', async ({ page }) => {
  for (const [width, height] of [
    [1024, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openNotebook(page);
    await readLesson(page, 'loss');
    await page.keyboard.press('n');
    await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'loss');
    const notes = (await page.locator('.lessons').boundingBox())!;
    const plots = (await page.locator('.lab .plots').boundingBox())!;
    expect(notes.y).toBeGreaterThanOrEqual(plots.y + plots.height);
    expect(await smallText(page, '.lessons', 24)).toEqual([]);
    await page.screenshot({ path: `test-results/presentation-notes-${width}x${height}.png`, fullPage: true });
    await page.getByTestId('notes-previous').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notes-lesson')).toHaveAttribute('data-value', 'regression');
    await expect(page.getByTestId('notes-previous')).toBeDisabled();
    await page.keyboard.press('p');
  }
});

test('a link that hides the prose offers no notes', async ({ page }) => {
  await openNotebook(page, '/#v=1&prose=0');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('notes-toggle')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.getByTestId('speaker-notes')).toHaveCount(0);
  await expect(page.locator('.lessons')).toBeHidden();
});
