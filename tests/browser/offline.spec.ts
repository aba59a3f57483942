import { dataValueOf, expect, openNotebook, savedSettingsOf, test } from './fixtures';

// After one visit the notebook works with no network: the service worker has precached the
// app, every built-in data set and the fonts. (Other specs block service workers.)

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

const BUILT_IN = [
  ['auto-mpg', /Cars/],
  ['penguins', /Palmer penguins/],
  ['anscombe', /Anscombe/],
  ['advertising', /Advertising/],
] as const;

test('offline after one visit: reload, open every built-in data set, run, upload a file', async ({ page, context }) => {
  await openNotebook(page);
  // The worker becomes active only once everything is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // ... and takes control of this very page, so what it fetches later (the lessons below the
  // fold render after the first fit, with their fonts) comes from the cache too
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-testid="scatter-plot"] .main-svg').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  for (const [id, title] of BUILT_IN) {
    await page.getByTestId('data-set').selectOption(id);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', title);
    await expect(page.getByTestId('data-error')).toHaveCount(0);
  }
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '0');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000');
  await expect(page.getByTestId('status')).toHaveAttribute('data-value', 'converged');
  await page.getByTestId('csv-input').setInputFiles('tests/fixtures/csv/simple.csv');
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  await expect(page.getByTestId('data-error')).toHaveCount(0);
  await context.setOffline(false);
});

test('offline in the same visit, before the lessons below the fold have rendered: they render from the cache', async ({
  page,
  context,
}) => {
  await openNotebook(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  // every lesson's body arrives (fonts and chunks included) with no request failing
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('.katex').first()).toBeVisible();
  await context.setOffline(false);
});

test('a new version waiting in the background is announced, and “Reload now” switches to it keeping saved work', async ({
  page,
}) => {
  await openNotebook(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  // it sits beside the lab, never over it (the lab is the right-hand column at this size)
  const offlineBox = await page.getByTestId('offline-ready').boundingBox();
  const labBox = await page.locator('#lab').boundingBox();
  expect(offlineBox && labBox && offlineBox.x + offlineBox.width <= labBox.x).toBe(true);
  // the notice is news, not a question: it leaves by itself
  await expect(page.getByTestId('offline-ready')).toBeHidden({ timeout: 40_000 });
  // a page opened once the worker is installed is controlled by it
  await page.getByTestId('learning-rate-input').fill('0.3');
  await page.getByTestId('learning-rate-input').press('Enter');
  // an earlier session is already saved: wait for the one with the new rate
  await expect.poll(async () => (await savedSettingsOf(page))?.learningRate, { timeout: 20_000 }).toBe(0.3);
  await page.reload();
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.3');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  // A new deployment: the browser finds a different worker script and installs it beside the
  // running one, where it waits (the plugin is set to ask first). A new script URL stands in for
  // new bytes at the same URL, which a static test server cannot produce.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?version=2', { scope: '/' });
  });
  const notice = page.getByTestId('update-notice');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(
    'A new version of Downhill is ready. Reloading switches to it; your saved work stays.',
  );
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.scriptURL),
  ).toMatch(/version=2$/);
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
  });
  await notice.getByRole('button', { name: 'Reload now' }).click();
  await expect
    // the page reloads meanwhile: a read that the navigation interrupts counts as not yet
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '').catch(() => ''), {
      timeout: 30_000,
    })
    .toMatch(/version=2$/);
  // the reloaded page starts while its worker registration installs again beside it: allow time
  await expect(page.locator('[data-testid="loss-plot"] .main-svg').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.3');
  expect(await dataValueOf(page, 'epoch')).toBe('1000');
  // the page was reloaded (a fresh window object), not merely patched
  expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
  // (This page then offers /sw.js again, which the test made look like a different version: that
  // second notice is an artefact of the test, as a real deployment keeps one script URL.)
});

test.describe('with no service worker (a browser that never cached the notebook)', () => {
  test.use({ serviceWorkers: 'block' });

  test('a built-in data set chosen offline gives a clear message, and the data on screen stays', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await openNotebook(page);
    const before = await dataValueOf(page, 'ols-slope');
    await context.setOffline(true);
    await page.getByTestId('data-set').selectOption('penguins');
    const alert = page.getByTestId('data-error');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(
      'Palmer penguins could not be loaded: its file did not arrive. The notebook may be offline and this data set not yet saved for offline use; connect once and choose it again.',
    );
    await expect(alert).toContainText('Nothing was lost: Advertising is still loaded and fitted.');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    expect(await dataValueOf(page, 'ols-slope')).toBe(before);
    // Back online, the same choice works.
    await context.setOffline(false);
    await page.getByTestId('data-set').selectOption('penguins');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Palmer penguins');
    await expect(page.getByTestId('data-error')).toHaveCount(0);
    // Chromium itself logs the refused request for the chunk; that line, and only that one, is expected.
    const refused = consoleErrors.filter((error) => /ERR_INTERNET_DISCONNECTED/.test(error));
    expect(refused.length).toBeGreaterThan(0);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refused.includes(error)));
  });
});
