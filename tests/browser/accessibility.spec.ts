import AxeBuilder from '@axe-core/playwright';
import { expect, openNotebook, test } from './fixtures';

// axe scans the whole notebook (every lesson, every plot's text alternative): on a shared,
// loaded machine that takes well over a minute.
test.describe.configure({ timeout: 180_000 });

// axe-core checks the page against WCAG 2.1 A and AA rules. The plotly charts' inner SVG is
// excluded: it is drawn by the library, and each chart carries its own label and a text
// equivalent (the results table) on the page.
async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.js-plotly-plot')
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

test('the notebook has no WCAG A/AA violations as it opens', async ({ page }) => {
  await openNotebook(page);
  expect(await violations(page)).toEqual([]);
});

test('the notebook has no WCAG A/AA violations while showing a divergence and an input error', async ({ page }) => {
  await openNotebook(page);
  await page.getByTestId('learning-rate-input').fill('5');
  await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'diverged');
  await page.getByTestId('epochs-input').fill('abc');
  expect(await violations(page)).toEqual([]);
});
