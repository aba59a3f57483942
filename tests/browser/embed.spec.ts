import AxeBuilder from '@axe-core/playwright';
import { expect, openNotebook, test } from './fixtures';

// An embed shows the lab or one lesson inside a sandboxed iframe, never reading or writing the
// visitor's own saved session.

test.describe.configure({ timeout: 150_000 });

test('the lab embedded in a sandboxed iframe shows the link, and the visitor’s session is untouched', async ({
  page,
  context,
  baseURL,
}) => {
  await openNotebook(page);
  await page.getByTestId('learning-rate-input').fill('0.3');
  await page.getByTestId('learning-rate-input').press('Enter');
  await page.waitForTimeout(800); // saved 300 ms after a change

  const host = await context.newPage();
  await host.setContent(
    `<!doctype html><html lang="en"><title>A course page</title><body><h1>Week 3</h1>
     <iframe src="${baseURL}/#v=1&embed=lab&lr=0.02&epochs=50" title="Downhill lab" width="1000" height="800"
       sandbox="allow-scripts allow-same-origin allow-downloads"></iframe></body></html>`,
  );
  const frame = host.frameLocator('iframe');
  await expect(frame.getByTestId('learning-rate-input')).toHaveValue('0.02');
  await expect(frame.getByTestId('epoch')).toHaveAttribute('data-value', '50');
  await expect(frame.locator('.lessons')).toHaveCount(0);
  await expect(frame.getByTestId('link-notice')).toHaveCount(0);
  await frame.getByTestId('learning-rate-input').fill('0.05');
  await frame.getByTestId('learning-rate-input').press('Enter');
  await host.waitForTimeout(800);

  await page.reload();
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.3');
});

test('one lesson embedded alone, with its widget, passes axe', async ({ page }) => {
  await page.goto('/#v=1&embed=learning-rate');
  await expect(page.locator('#learning-rate-title')).toBeVisible();
  await expect(page.locator('.lab')).toHaveCount(0);
  await expect(page.locator('#regression-title')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.js-plotly-plot')
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the embedded lab passes axe and works by keyboard', async ({ page }) => {
  await openNotebook(page, '/#v=1&embed=lab');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.js-plotly-plot')
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.getByTestId('reset').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('reset')).toHaveCSS('outline-style', 'solid');
});

test('a sandbox with allow-scripts alone: the frame explains what the sandbox must allow instead of staying blank', async ({
  context,
  baseURL,
}) => {
  // Without allow-same-origin the frame's origin is opaque: the browser refuses the app's module
  // scripts (CORS), so the page's static text is all there is. (The refusals are logged in the host
  // page's console, which this test does not watch.)
  const host = await context.newPage();
  await host.setContent(
    `<!doctype html><html lang="en"><title>A course page</title><body><h1>Week 3</h1>
     <iframe src="${baseURL}/#v=1&embed=lab" title="Downhill lab" width="900" height="600"
       sandbox="allow-scripts"></iframe></body></html>`,
  );
  const frame = host.frameLocator('iframe');
  await expect(frame.getByTestId('boot-fallback')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByTestId('boot-fallback')).toContainText('sandbox="allow-scripts allow-same-origin"');
  await expect(frame.getByTestId('learning-rate-input')).toHaveCount(0);
  await host.close();
});

test('the share panel’s embed snippet keeps allow-same-origin and says why', async ({ page }) => {
  await openNotebook(page);
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-embed')).toHaveValue(
    /sandbox="allow-scripts allow-same-origin allow-downloads"/,
  );
  await expect(page.getByTestId('share-embed-note')).toContainText('without it the frame stays blank');
  // the page itself never shows the start-up explanation once the notebook runs
  await expect(page.getByTestId('boot-fallback')).toHaveCount(0);
});
