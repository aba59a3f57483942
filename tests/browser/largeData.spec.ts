import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { dataValueOf, expect, openNotebook, savedOriginKindOf, test, waitForFirstSave } from './fixtures';

// Large and wide data must never hold the page's thread: the rows are read, typed, checked and
// prepared in workers, saved and restored by a worker, and the page only shows the result.
// These tests check that the work happens where it should; the long main-thread tasks they see
// are attached to the report as figures (timings on a shared machine are not pass/fail).

declare global {
  interface Window {
    __longTasks: number[];
    __mainThreadStorage: { reads: string[]; writesWithColumns: number; sessionWrites: unknown[] };
  }
}

/** Records every main-thread task over 50 ms, and what the page's own thread reads from and writes to IndexedDB. */
async function watchMainThread(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    const seen = { reads: [] as string[], writesWithColumns: 0, sessionWrites: [] as unknown[] };
    window.__mainThreadStorage = seen;
    const { get, put } = IDBObjectStore.prototype;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      seen.reads.push(String(key));
      return get.call(this, key);
    };
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const record = value as { dataSet?: { columns?: unknown[] } | null; dataApart?: boolean };
      if (record?.dataSet?.columns) seen.writesWithColumns++;
      if (key === 'session') seen.sessionWrites.push({ dataApart: record?.dataApart === true });
      return put.call(this, value, key);
    };
  });
}

async function reportLongTasks(page: Page, testInfo: TestInfo, what: string): Promise<void> {
  const durations = await page.evaluate(() => window.__longTasks);
  testInfo.annotations.push({
    type: 'figure',
    description: `${what}: ${durations.length} main-thread tasks over 50 ms, longest ${Math.round(Math.max(0, ...durations))} ms`,
  });
}

/** A numeric CSV of `rows` rows: x, a noisy line in x, and a third column. */
function numericCsv(rows: number): Buffer {
  const lines = ['x,z,y'];
  for (let i = 0; i < rows; i++) {
    const x = (i * 0.37) % 1000;
    lines.push(`${x.toFixed(2)},${((i * 0.91) % 50).toFixed(1)},${(3 + 0.5 * x + ((i * 7) % 11) / 10).toFixed(3)}`);
  }
  return Buffer.from(lines.join('\n'));
}

test.describe('large and wide data', () => {
  test.setTimeout(180_000);

  test('a million-row file is read, prepared and saved by workers; the page only receives the columns', async ({
    page,
  }, testInfo) => {
    await watchMainThread(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openNotebook(page);
    await waitForFirstSave(page);
    // From a file on disk: handing Playwright 20 MB as a buffer makes the page build the File itself.
    const path = testInfo.outputPath('million.csv');
    writeFileSync(path, numericCsv(1_000_000));
    await page.getByTestId('csv-input').setInputFiles(path);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'million.csv', { timeout: 120_000 });
    await expect(page.locator('.data-preview')).toContainText('1,000,000 rows, 3 columns');
    // x → y, the default pair (first and last numeric columns), fitted on every row
    expect(await page.getByTestId('feature-column').inputValue()).toBe('x');
    expect(Number(await dataValueOf(page, 'ols-slope'))).toBeGreaterThan(0);
    expect(workers.some((url) => /dataImport\.worker/.test(url))).toBe(true);
    expect(workers.some((url) => /dataApart\.worker/.test(url))).toBe(true);
    // The session record written on the page's thread names the data apart and carries no columns.
    await expect
      .poll(() => page.evaluate(() => window.__mainThreadStorage.sessionWrites.at(-1)), { timeout: 60_000 })
      .toEqual({ dataApart: true });
    expect(await page.evaluate(() => window.__mainThreadStorage.writesWithColumns)).toBe(0);
    await reportLongTasks(page, testInfo, 'a 1,000,000-row import');

    // After a reload the data comes back through the storage worker, not the page's thread.
    const restoredWorkers = workers.length;
    await page.reload();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'million.csv', { timeout: 60_000 });
    await expect(page.locator('.data-preview')).toContainText('1,000,000 rows');
    expect(workers.slice(restoredWorkers).some((url) => /dataApart\.worker/.test(url))).toBe(true);
    expect(await page.evaluate(() => window.__mainThreadStorage.reads)).not.toContain('data');
  });

  test('five million saved rows are restored by a worker, the page never reads them itself and answers controls meanwhile', async ({
    page,
  }, testInfo) => {
    await watchMainThread(page);
    await openNotebook(page);
    await waitForFirstSave(page);
    // Plant a saved session whose data (5,000,000 rows × 2 columns, 80 MB) is kept apart.
    await page.evaluate(async () => {
      const rows = 5_000_000;
      const x = new Float64Array(rows);
      const y = new Float64Array(rows);
      for (let i = 0; i < rows; i++) {
        x[i] = (i % 1000) / 10;
        y[i] = 2 + 0.5 * x[i]! + ((i * 7919) % 13) / 10;
      }
      const column = (name: string, values: Float64Array) => ({
        name,
        label: name,
        values,
        numericCount: rows,
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
      const objects = database.transaction('notebook').objectStore('notebook');
      const session = await new Promise<Record<string, unknown>>((resolve) => {
        const request = objects.get('session');
        request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      });
      const origin = { kind: 'file', fileName: 'five-million.csv' };
      const settings = { ...(session.settings as object), featureName: 'x', responseName: 'y' };
      const writing = database.transaction('notebook', 'readwrite');
      writing.objectStore('notebook').put({ ...session, origin, dataSet: null, dataApart: true, settings }, 'session');
      writing.objectStore('notebook').put(
        {
          title: 'five-million.csv',
          source: 'Your file five-million.csv',
          origin,
          rowCount: rows,
          columns: [column('x', x), column('y', y)],
          format: { delimiter: ',', decimalComma: false, hasHeaderRow: true },
        },
        'data',
      );
      await new Promise<void>((resolve, reject) => {
        writing.oncomplete = () => resolve();
        writing.onerror = () => reject(writing.error);
      });
      database.close();
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    // Hold the storage worker's script, so the restore is certainly still under way while a control is used.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.context().route(/dataApart\.worker/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(page.getByTestId('loss-plot').locator('.main-svg').first()).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('scatter-table').locator('summary').click();
    await expect(page.getByTestId('scatter-table').locator('table')).toBeVisible();
    await expect(page.getByTestId('data-set-title')).not.toHaveAttribute('data-value', 'five-million.csv');
    release();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'five-million.csv', {
      timeout: 120_000,
    });
    await expect(page.locator('.data-preview')).toContainText('5,000,000 rows, 2 columns');
    expect(Number(await dataValueOf(page, 'ols-slope'))).toBeGreaterThan(0);
    expect(workers.some((url) => /dataApart\.worker/.test(url))).toBe(true);
    expect(await page.evaluate(() => window.__mainThreadStorage.reads)).not.toContain('data');
    expect(await page.evaluate(() => window.__mainThreadStorage.writesWithColumns)).toBe(0);
    await reportLongTasks(page, testInfo, 'restoring 5,000,000 saved rows');
  });

  test('a saved file whose bytes are gone or no longer a table is named as the reason, and the previous data stays', async ({
    page,
  }) => {
    await openNotebook(page);
    await waitForFirstSave(page);
    /** Plants a session that names large data kept as its file, whose record holds `bytes` as that file (none when null). */
    const plant = (bytes: string | null) =>
      page.evaluate(async (text) => {
        const open = indexedDB.open('downhill');
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const session = await new Promise<Record<string, unknown>>((resolve) => {
          const request = database.transaction('notebook').objectStore('notebook').get('session');
          request.onsuccess = () => resolve(request.result as Record<string, unknown>);
        });
        const origin = { kind: 'file', fileName: 'kept.csv' };
        const record = { kind: 'saved-file', version: 1, fileName: 'kept.csv', origin, title: 'kept.csv', source: 's' };
        const writing = database.transaction('notebook', 'readwrite');
        writing.objectStore('notebook').put({ ...session, origin, dataSet: null, dataApart: true }, 'session');
        writing.objectStore('notebook').put(text === null ? record : { ...record, file: new Blob([text]) }, 'data');
        await new Promise<void>((resolve, reject) => {
          writing.oncomplete = () => resolve();
          writing.onerror = () => reject(writing.error);
        });
        database.close();
      }, bytes);
    const notice = page.getByTestId('session-notice');

    await plant(null);
    await page.reload();
    await expect(notice).toContainText(
      'Your saved data could not be used because its file is missing from the browser’s storage; the notebook shows Advertising instead.',
    );
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    // the page saves the data it fell back to; plant the next record after that save, not before it
    await expect.poll(() => savedOriginKindOf(page), { timeout: 20_000 }).toBe('built-in');

    await plant('just one line');
    await page.reload();
    await expect(notice).toContainText(
      'Your saved data could not be used because its saved file could not be read as a table any more (',
    );
    await expect(notice).not.toContainText(/undefined|Cannot read|TypeError|Invalid/);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
    expect(Number(await dataValueOf(page, 'ols-slope'))).toBeGreaterThan(0);
  });

  test('a file with 2,000 columns shows a bounded preview, and every column can still be chosen', async ({
    page,
  }, testInfo) => {
    await watchMainThread(page);
    await openNotebook(page);
    const names = Array.from({ length: 2000 }, (_, i) => `c${i + 1}`);
    const lines = [names.join(',')];
    for (let row = 0; row < 40; row++) lines.push(names.map((_, i) => ((row * 7 + i * 13) % 97) / 4 + i).join(','));
    await page
      .getByTestId('csv-input')
      .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'wide.csv');
    // Two thousand columns are saved apart by a worker too: the page's own session record carries none.
    await expect
      .poll(() => page.evaluate(() => window.__mainThreadStorage.sessionWrites.at(-1)), { timeout: 60_000 })
      .toEqual({ dataApart: true });
    expect(await page.evaluate(() => window.__mainThreadStorage.writesWithColumns)).toBe(0);
    await expect(page.locator('.data-preview')).toContainText('40 rows, 2000 columns');
    await expect(page.getByTestId('preview-hidden-columns')).toContainText('the other 1,976');
    expect(await page.getByTestId('data-preview').locator('thead th').count()).toBe(24);
    // The pickers list the first columns and the chosen ones; a filter finds any other by name.
    const listed = await page.getByTestId('response-column').locator('option').count();
    expect(listed).toBeLessThanOrEqual(52);
    await expect(page.getByTestId('column-filter-note')).toContainText('Showing the first 50 of 2,000 columns');
    await page.getByTestId('column-filter').fill('c1500');
    await expect(page.getByTestId('column-filter-note')).toContainText('1 of 2,000 columns match');
    await page.getByTestId('response-column').selectOption('c1500');
    await expect(page.getByTestId('response-column')).toHaveValue('c1500');
    await expect(page.getByTestId('ols-slope')).toBeVisible();
    // The Features boxes do the same: a filtered few, each named by its column, ticked by keyboard.
    const features = page.getByTestId('feature-checkboxes');
    expect(await features.getByRole('checkbox').count()).toBeLessThanOrEqual(52);
    await features.getByTestId('feature-filter').fill('c1999');
    const box = features.getByRole('checkbox', { name: 'c1999', exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await reportLongTasks(page, testInfo, 'a 2,000-column import');
  });
});
