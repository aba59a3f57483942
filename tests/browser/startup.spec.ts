import { expect, openNotebook, savedSettingsOf, test } from './fixtures';

// The first render is a transition (main.tsx): React builds the page in slices of a few
// milliseconds. The slices must never show: the notebook arrives in one commit, with the first
// fit's numbers, its status and the data's title, and the first lesson beside the lab.

type FirstCommit = { status: string | null; slope: string | null; title: string | null; intro: boolean };

test('the notebook appears in one piece: its first commit holds the fit, its status, the data and the introduction', async ({
  page,
}) => {
  // Watches #root from before the page's scripts run; records what the first change to it holds.
  await page.addInitScript(() => {
    const record = () => {
      const root = document.getElementById('root');
      if (!root) return false;
      new MutationObserver((_, observer) => {
        if (root.querySelector('.boot-fallback')) return;
        observer.disconnect();
        const value = (testId: string) =>
          root.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-value') ?? null;
        (window as unknown as { __firstCommit: FirstCommit }).__firstCommit = {
          status: value('status'),
          slope: value('gd-slope'),
          title: value('data-set-title'),
          intro: root.querySelector('header.intro h1') !== null,
        };
      }).observe(root, { childList: true, subtree: true });
      return true;
    };
    if (!record()) document.addEventListener('DOMContentLoaded', record, { once: true });
  });
  await openNotebook(page);
  const first = await page.evaluate(() => (window as unknown as { __firstCommit?: FirstCommit }).__firstCommit);
  expect(first).toBeDefined();
  expect(first?.title).toBe('Advertising');
  expect(first?.status).toBeTruthy();
  expect(Number.isFinite(Number(first?.slope))).toBe(true);
  expect(first?.intro).toBe(true);
});

test('a session saved with other settings comes back at start-up, with the fit those settings give', async ({
  page,
}) => {
  await openNotebook(page);
  await page.getByTestId('learning-rate-input').fill('0.05');
  await page.getByTestId('learning-rate-input').blur();
  const slope = await page.getByTestId('gd-slope').getAttribute('data-value');
  await expect.poll(async () => (await savedSettingsOf(page))?.learningRate, { timeout: 20_000 }).toBe(0.05);
  await page.reload();
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.05');
  await expect(page.getByTestId('gd-slope')).toHaveAttribute('data-value', slope ?? '');
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
});

test('a change made just before a reload is saved as the page is left, not lost with the save delay', async ({
  page,
}) => {
  await openNotebook(page);
  // The first save of the opening state is done: only the change below is pending.
  await expect.poll(async () => (await savedSettingsOf(page))?.learningRate, { timeout: 20_000 }).toBe(0.1);
  await page.getByTestId('learning-rate-input').fill('0.07');
  await page.getByTestId('learning-rate-input').blur();
  await page.reload();
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.07');
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
});

test('a change made just before a reload after an upload keeps both the upload and the change', async ({ page }) => {
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles('tests/fixtures/csv/simple.csv');
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  await expect.poll(async () => (await savedSettingsOf(page))?.featureName, { timeout: 20_000 }).toBe('x');
  // the records written from here until the page is gone, kept in the tab's sessionStorage
  await page.evaluate(() => {
    const { put } = IDBObjectStore.prototype;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const written = JSON.parse(sessionStorage.getItem('written') ?? '[]') as string[];
      sessionStorage.setItem('written', JSON.stringify([...written, String(key)]));
      return put.call(this, value, key);
    };
  });
  await page.getByTestId('learning-rate-input').fill('0.07');
  await page.getByTestId('learning-rate-input').blur();
  await page.reload();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.07');
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
  // the page, leaving, wrote the session record alone: the data it had stored itself was not copied again
  expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('written') ?? '[]'))).toEqual(['session']);
});
