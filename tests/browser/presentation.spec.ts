import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

// The projector view: large type, thick lines, full contrast, and usable by keyboard alone.

test.describe.configure({ timeout: 150_000 });

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.js-plotly-plot')
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Visible text in the lab (outside the plotly charts and equations) set smaller than `minimum` px. */
async function smallText(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((least) => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.lab *')) {
      if (element.closest('svg, .js-plotly-plot, .katex')) continue;
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (!hasText || element.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < least)
        small.push(
          `${element.tagName.toLowerCase()}.${element.className} “${element.textContent!.trim().slice(0, 30)}” ${size}px`,
        );
    }
    return small;
  }, minimum);
}

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  test(`presentation at ${width}×${height}: text at least 24 px, no axe violations, screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openNotebook(page);
    await page.keyboard.press('p');
    await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.lessons')).toBeHidden();
    expect(await smallText(page, 24)).toEqual([]);
    await expect(page.locator('[data-testid="loss-plot"] .xtick text').first()).toHaveCSS('font-size', '24px');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/presentation-${width}x${height}.png` });
    await page.getByTestId('presentation-toggle').click();
    await expect(page.locator('.lessons')).toBeVisible();
  });
}

test('presentation works by keyboard alone, with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openNotebook(page);
  await page.getByTestId('presentation-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('share-url')).toBeVisible();
});
