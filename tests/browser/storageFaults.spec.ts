import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, test, waitForFirstSave } from './fixtures';

// Every fault of the browser's storage, injected before the page's own scripts run, must end
// in a visible notice; nothing the student had may disappear without one.

const FIXTURES = 'tests/fixtures/csv';
const notice = (page: Page) => page.getByTestId('session-notice');

async function upload(page: Page, fixture: string): Promise<void> {
  await page.getByTestId('csv-input').setInputFiles(`${FIXTURES}/${fixture}`);
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', fixture);
}

/** Writes a record straight into the notebook's IndexedDB store, as a damaged save would leave it. */
async function storeRecord(page: Page, build: string): Promise<void> {
  // Let the page's own first save land first, so that it cannot overwrite the planted record.
  await waitForFirstSave(page);
  await page.evaluate(async (source) => {
    const record = new Function(`return (${source})`)();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('downhill');
      open.onupgradeneeded = () => open.result.createObjectStore('notebook');
      open.onsuccess = () => {
        const transaction = open.result.transaction('notebook', 'readwrite');
        transaction.objectStore('notebook').put(record, 'session');
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, build);
}

test.describe('saved work under storage faults', () => {
  test('a full storage (a put that throws QuotaExceededError) is announced, and a reload says the upload was not kept', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        // Room for the settings, none for a whole data set (its own record, or inline as older sessions kept it).
        const record = value as { dataSet?: unknown; columns?: unknown } | null;
        if (record?.dataSet || record?.columns) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.call(this, value, key);
      };
    });
    await openNotebook(page);
    await upload(page, 'simple.csv');
    await expect(notice(page)).toContainText('storage for this page is full');
    await expect(notice(page)).toContainText('will not come back after a reload');
    await page.getByTestId('learning-rate-input').fill('0.2');
    await page.getByTestId('learning-rate-input').blur();
    await page.waitForTimeout(800);
    await page.reload();
    await expect(notice(page)).toContainText('Your file simple.csv was too large for the browser');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.2');
  });

  test('a transaction that aborts is announced', async ({ page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const request = put.call(this, value, key);
        this.transaction.abort();
        return request;
      };
    });
    await openNotebook(page);
    await upload(page, 'simple.csv');
    await expect(notice(page)).toContainText('Your latest changes could not be saved');
    await expect(notice(page)).toContainText('refused to write it');
  });

  test('an IndexedDB that never answers is announced, and the unread session is not overwritten', async ({ page }) => {
    await page.addInitScript(() => {
      // A request whose events never fire, as when another connection blocks the database.
      indexedDB.open = () => ({}) as IDBOpenDBRequest;
    });
    await page.goto('/');
    await expect(notice(page)).toContainText('has not answered for 5 seconds', { timeout: 30_000 });
    await expect(notice(page)).toContainText('Nothing will be saved over your session');
    await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', '0.5534088415765329');
  });

  test('a browser without IndexedDB says once that work will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await openNotebook(page);
    await expect(notice(page)).toContainText('gives the notebook no storage');
    await expect(notice(page)).not.toContainText('could not be restored');
    await page.getByTestId('learning-rate-input').fill('0.2');
    await page.getByTestId('learning-rate-input').blur();
    await page.getByTestId('session-notice').getByRole('button', { name: 'Dismiss' }).click();
    await page.waitForTimeout(800);
    await expect(notice(page)).toHaveCount(0);
    await page.reload();
    await expect(notice(page)).toContainText('gives the notebook no storage');
  });

  test('a corrupted record keeps its valid settings and says what was wrong, in plain words', async ({ page }) => {
    await openNotebook(page);
    await storeRecord(
      page,
      `{ version: 1, origin: { kind: 'pasted' },
         dataSet: { title: 'Pasted data', source: 's', origin: { kind: 'pasted' }, rowCount: 3, columns: [
           { name: 'x', label: 'x', values: new Float64Array([1, 2, 3]), numericCount: 3, missing: [], missingCount: 0, kind: 'numeric', isIndex: false },
           { name: 'y', label: 'y', values: new Float64Array([1, Infinity, 3]), numericCount: 3, missing: [], missingCount: 0, kind: 'numeric', isIndex: false } ] },
         settings: { featureName: 'TV', responseName: 'Sales', learningRate: 0.05, epochBudget: 1e12, scaling: true,
           start: { intercept: 0, slope: 0 }, currentEpoch: -4, flavourKind: 'batch', batchSize: 16, optimiserKind: 'plain',
           shuffleSeed: 1, stopOnTolerance: false, tolerance: 1e-9 } }`,
    );
    await page.reload();
    const text = notice(page);
    await expect(text).toContainText('row 2 of the column “y” holds Infinity');
    await expect(text).toContainText('the epoch budget 1000000000000 must be a whole number');
    await expect(text).toContainText('the epoch on screen -4 must be a whole number from 0');
    await expect(text).not.toContainText(/undefined|Cannot read|TypeError/);
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.05');
    await expect(page.getByTestId('epochs-input')).toHaveValue('1000');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
  });

  test('saved data whose columns are all constant is named as the reason, and the lab stays usable', async ({
    page,
  }) => {
    await openNotebook(page);
    await storeRecord(
      page,
      `{ version: 1, origin: { kind: 'file', fileName: 'flat.csv' },
         dataSet: { title: 'flat.csv', source: 's', origin: { kind: 'file', fileName: 'flat.csv' }, rowCount: 3, columns: [
           { name: 'x', label: 'x', values: new Float64Array([5, 5, 5]), numericCount: 3, missing: [], missingCount: 0, kind: 'numeric', isIndex: false },
           { name: 'y', label: 'y', values: new Float64Array([1, 2, 3]), numericCount: 3, missing: [], missingCount: 0, kind: 'numeric', isIndex: false } ] },
         settings: { featureName: 'x', responseName: 'y', learningRate: 0.1, epochBudget: 1000, scaling: true,
           start: { intercept: 0, slope: 0 }, currentEpoch: 1000, flavourKind: 'batch', batchSize: 16, optimiserKind: 'plain',
           shuffleSeed: 1, stopOnTolerance: false, tolerance: 1e-9 } }`,
    );
    await page.reload();
    await expect(notice(page)).toContainText('Your saved data could not be fitted');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    await expect(page.getByTestId('data-error')).toHaveCount(0);
    expect(await dataValueOf(page, 'ols-slope')).toBe('0.5534088415765329');
  });

  test('two tabs do not destroy each other’s work: an upload in one survives a change in the other', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000); // two notebooks open at once
    await openNotebook(page);
    const other = await context.newPage();
    await openNotebook(other);
    await upload(page, 'simple.csv');
    await expect(other.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
    await expect(other.getByTestId('session-notice')).toContainText('Another tab of the notebook loaded simple.csv');
    await other.getByTestId('learning-rate-input').fill('0.2');
    await other.getByTestId('learning-rate-input').blur();
    await other.waitForTimeout(800);
    await page.reload();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
    await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.2');
    await other.close();
  });
});
