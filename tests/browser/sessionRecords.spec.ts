import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, savedSettingsOf, test, waitForFirstSave } from './fixtures';

// Uploaded data is saved in a record of its own, beside the small session record of settings:
// a change of settings must not copy the data into the browser's storage again, and sessions
// saved by earlier versions (the data inline in the session record) must still come back.

/** Counts, from now on, the page's IndexedDB puts by key (installed before the page's scripts). */
async function countPuts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { __puts: Record<string, number> }).__puts = counts;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      counts[String(key)] = (counts[String(key)] ?? 0) + 1;
      return put.call(this, value, key);
    };
  });
}

const putsOf = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { __puts: Record<string, number> }).__puts }));
const clearPuts = (page: Page) =>
  page.evaluate(() => {
    const counts = (window as unknown as { __puts: Record<string, number> }).__puts;
    for (const key of Object.keys(counts)) delete counts[key];
  });

test('a change of settings after an upload rewrites only the session record, and a reload brings back both', async ({
  page,
}) => {
  await countPuts(page);
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles('tests/fixtures/csv/simple.csv');
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  // the upload is saved once: its data record and the session that names it
  await expect.poll(() => putsOf(page).then((puts) => puts.data ?? 0), { timeout: 20_000 }).toBe(1);
  await clearPuts(page);
  await page.getByTestId('learning-rate-input').fill('0.2');
  await page.getByTestId('learning-rate-input').blur();
  await expect.poll(async () => (await savedSettingsOf(page))?.learningRate, { timeout: 20_000 }).toBe(0.2);
  await page.getByTestId('epochs-input').fill('500');
  await page.getByTestId('epochs-input').blur();
  await expect.poll(async () => (await savedSettingsOf(page))?.epochBudget, { timeout: 20_000 }).toBe(500);
  const puts = await putsOf(page);
  expect(puts.data ?? 0).toBe(0);
  expect(puts.session).toBeGreaterThanOrEqual(2);
  const slope = await dataValueOf(page, 'ols-slope');
  await page.reload();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.2');
  expect(await dataValueOf(page, 'ols-slope')).toBe(slope);
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
});

test('a session saved with its data inline (the format before) is restored, then saved in the new form', async ({
  page,
}) => {
  await countPuts(page);
  await openNotebook(page);
  await waitForFirstSave(page);
  await page.evaluate(async () => {
    const column = (name: string, values: number[]) => ({
      name,
      label: name,
      values: Float64Array.from(values),
      numericCount: values.length,
      missing: [],
      missingCount: 0,
      kind: 'numeric',
      isIndex: false,
    });
    const open = indexedDB.open('downhill');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const session = await new Promise<{ settings: Record<string, unknown> }>((resolve) => {
      const request = database.transaction('notebook').objectStore('notebook').get('session');
      request.onsuccess = () => resolve(request.result);
    });
    const origin = { kind: 'file', fileName: 'inline.csv' };
    const writing = database.transaction('notebook', 'readwrite');
    writing.objectStore('notebook').put(
      {
        version: 1,
        origin,
        dataSet: {
          title: 'inline.csv',
          source: 'Your file inline.csv',
          origin,
          rowCount: 4,
          columns: [column('x', [1, 2, 3, 4]), column('y', [3, 5, 7, 10])],
        },
        settings: { ...session.settings, featureName: 'x', responseName: 'y', learningRate: 0.05, scaling: false },
      },
      'session',
    );
    await new Promise((resolve) => {
      writing.oncomplete = resolve;
    });
    database.close();
  });
  await page.reload();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'inline.csv');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.05');
  // least squares on (1,3) (2,5) (3,7) (4,10) in the data's own units: slope 11.5 / 5 = 2.3
  expect(Number(await dataValueOf(page, 'ols-slope'))).toBeCloseTo(2.3, 12);
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
  // the next save moves the data to its own record
  await page.getByTestId('learning-rate-input').fill('0.1');
  await page.getByTestId('learning-rate-input').blur();
  await expect.poll(async () => (await savedSettingsOf(page))?.learningRate, { timeout: 20_000 }).toBe(0.1);
  expect((await putsOf(page)).data).toBe(1);
});
