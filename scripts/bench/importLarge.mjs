import { megabytes, sameFileNamed, writeNumericCsv, writeWideCsv } from './largeFiles.mjs';
import { line, ms, summarise } from './stats.mjs';

// Import and restore in Chromium: file chosen → first fit shown, the longest main-thread task
// meanwhile (Long Tasks API), and the memory the loaded columns hold. Figures, never pass/fail.

/** Installs, for every page load, a record of main-thread tasks over 50 ms. */
export async function watchLongTasks(page) {
  const install = () => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  };
  await page.addInitScript(install);
  await page.evaluate(install);
}

const resetLongTasks = (page) =>
  page.evaluate(() => {
    window.__benchLongTasks = [];
  });
const longestTask = (page) => page.evaluate(() => Math.max(0, ...window.__benchLongTasks));
const longTasks = (page) => page.evaluate(() => [...window.__benchLongTasks]);

/** One row on the page's long tasks (over 50 ms) across all runs: how many, the longest, their median and p95. */
function reportLongTasks(runs) {
  const tasks = runs.flatMap((run) => run.tasks);
  const perRun = runs.map((run) => run.tasks.length);
  if (tasks.length === 0) {
    line('main-thread tasks over 50 ms', `none in ${runs.length} runs; target none over 50 ms`);
    return;
  }
  const { median, p95, max } = summarise(tasks);
  line(
    'main-thread tasks over 50 ms',
    `${tasks.length} in ${runs.length} runs (median ${summarise(perRun).median} a run); longest ${ms(max)}, median ${ms(median)}, p95 ${ms(p95)}; target none over 50 ms`,
  );
}

/** Waits until the data set `title` is on screen with its least-squares fit and descent line, painted. */
async function waitForFit(page, title, timeout = 300_000) {
  await page.waitForFunction(
    (expected) => {
      const shown = document.querySelector('[data-testid="data-set-title"]')?.getAttribute('data-value');
      const slope = Number(document.querySelector('[data-testid="ols-slope"]')?.getAttribute('data-value'));
      return shown === expected && Number.isFinite(slope) && document.querySelector('[data-testid="descent-line"]');
    },
    title,
    { timeout, polling: 100 },
  );
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
  );
}

/**
 * The page's JS heap after full garbage collections: two, then a moment for the buffers freed
 * meanwhile (array buffers are released after their wrappers), then one more.
 */
async function heapAfterGc(page) {
  await page.evaluate(() => {
    window.gc?.();
    window.gc?.();
  });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    window.gc?.();
    return performance.memory?.usedJSHeapSize ?? 0;
  });
}

/** Uploads the file at `path` under `name`; returns the times (ms) to the worker's reply and to the fit painted, and the longest task. */
async function uploadOnce(page, path, name) {
  const file = sameFileNamed(path, name);
  await resetLongTasks(page);
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('csv-input').setInputFiles(file);
  const shown = await waitForFit(page, name);
  const received = await page.evaluate(
    () => performance.getEntriesByName('downhill:import-received').at(-1)?.startTime ?? Number.NaN,
  );
  // a second for what follows the fit on screen (each chart redraws in a task of its own, then the autosave)
  await page.waitForTimeout(1000);
  return {
    total: shown - start,
    worker: received - start,
    page: shown - received,
    longest: await longestTask(page),
    tasks: await longTasks(page),
  };
}

function report(label, target, samples, extra = '') {
  const { median, p95, count } = summarise(samples);
  line(label, `median ${ms(median)}, p95 ${ms(p95)} over ${count} runs; target ${target}${extra}`);
}

/**
 * 1,000,000 rows × 4 columns (25 MB): `repeats` uploads under fresh names. `bareParseMs` is
 * papaparse's bare parse of the same file in Node in this run (the ratio's yardstick). The heap
 * (after garbage collection) is read before the first upload, after it and after the third: what
 * one loaded data set holds against its columns' bytes, and whether older uploads are let go.
 */
export async function benchLargeImport(page, { path, bareParseMs, repeats = 5 }) {
  await watchLongTasks(page);
  const heapBefore = await heapAfterGc(page);
  const heaps = [];
  const runs = [];
  for (let run = 0; run < repeats; run++) {
    runs.push(await uploadOnce(page, path, `million-${run + 1}.csv`));
    heaps.push(await heapAfterGc(page));
  }
  const totals = runs.map((run) => run.total);
  const median = summarise(totals).median;
  console.log(
    `Browser: import a ${megabytes(path).toFixed(1)} MB CSV (1,000,000 rows × 4 columns) through the file input`,
  );
  report(
    'file chosen → first fit shown',
    '≤ 1500 ms and ≤ 1.3× papaparse',
    totals,
    `; ${(median / bareParseMs).toFixed(2)}× papaparse's bare parse in Node (${ms(bareParseMs)})`,
  );
  report(
    '  of which: worker (read, decode, parse, type, stats)',
    '—',
    runs.map((run) => run.worker),
  );
  report(
    '  of which: page (receive → fit painted)',
    '—',
    runs.map((run) => run.page),
  );
  report(
    'longest main-thread task per import',
    'none over 50 ms',
    runs.map((run) => run.longest),
  );
  reportLongTasks(runs);
  const columnsMb = (1_000_000 * 4 * 8) / 1e6;
  const held = (heaps[0] - heapBefore) / 1e6;
  line(
    'memory held by 1,000,000 loaded rows × 4',
    `${held.toFixed(1)} MB more JS heap after garbage collection than before the upload = ${(held / columnsMb).toFixed(2)}× the four columns' ${columnsMb} MB (target ≤ 1.5×)`,
  );
  if (heaps.length >= 3) {
    const growth = (heaps[2] - heaps[0]) / 1e6;
    line(
      'heap growth over three successive 1M uploads',
      `${growth.toFixed(1)} MB from the first upload to the third (${heaps
        .slice(0, 3)
        .map((heap) => `${((heap - heapBefore) / 1e6).toFixed(1)}`)
        .join(
          ', ',
        )} MB above the empty page after each); target: no more than one data set's worth (old uploads let go)`,
    );
  }
  return { median, runs };
}

/**
 * On the 1,000,000 rows left on screen by {@link benchLargeImport}: a learning-rate change and
 * two switches of the scaling, each followed for three seconds (the autosave runs 300 ms after
 * a change). Reports the longest main-thread task and the share of the autosave in it: the
 * time the page spent in IndexedDB `put` calls (where the structured clone of the saved value
 * happens) and which records they wrote.
 */
export async function benchSettingsChange(page) {
  await page.evaluate(() => {
    window.__benchPuts = [];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function timedPut(value, key) {
      const started = performance.now();
      try {
        return put.call(this, value, key);
      } finally {
        window.__benchPuts.push({ key: String(key), ms: performance.now() - started });
      }
    };
  });
  const changes = [
    ['learning rate (one keyboard step)', () => page.getByTestId('learning-rate').first().press('ArrowRight')],
    ['scaling switched', () => page.getByTestId('scaling').click()],
    ['scaling switched back', () => page.getByTestId('scaling').click()],
  ];
  console.log('Browser: a settings change with 1,000,000 rows × 4 on screen (then the autosave)');
  for (const [label, act] of changes) {
    await resetLongTasks(page);
    await page.evaluate(() => {
      window.__benchPuts = [];
    });
    await act();
    await page.waitForFunction(() => !document.querySelector('[data-testid="model-preparing"]'), undefined, {
      timeout: 120_000,
    });
    await page.waitForTimeout(3000);
    const tasks = await longTasks(page);
    const puts = await page.evaluate(() => window.__benchPuts);
    const putMs = puts.reduce((sum, put) => sum + put.ms, 0);
    const keys = [...new Set(puts.map((put) => put.key))].join(', ') || 'none';
    line(
      label,
      `longest main-thread task ${ms(Math.max(0, ...tasks))}, ${tasks.length} over 50 ms (target none); autosave: ${puts.length} put${puts.length === 1 ? '' : 's'} (${keys}) taking ${ms(putMs)} of the page's time`,
    );
  }
}

/** A ~200 MB file (8,000,000 rows × 4 columns), `repeats` uploads. */
export async function benchHugeImport(page, { repeats = 2 } = {}) {
  const path = writeNumericCsv(8_000_000);
  await watchLongTasks(page);
  const runs = [];
  for (let run = 0; run < repeats; run++) runs.push(await uploadOnce(page, path, `huge-${run + 1}.csv`));
  console.log(`Browser: import a ${megabytes(path).toFixed(0)} MB CSV (8,000,000 rows × 4 columns)`);
  report(
    'file chosen → first fit shown',
    '≤ 8000 ms',
    runs.map((run) => run.total),
  );
  report(
    'longest main-thread task per import',
    'none over 50 ms',
    runs.map((run) => run.longest),
  );
  reportLongTasks(runs);
}

/** 2,000 columns × 40 rows, `repeats` uploads. */
export async function benchWideImport(page, { repeats = 5 } = {}) {
  const path = writeWideCsv(2000, 40);
  await watchLongTasks(page);
  const runs = [];
  for (let run = 0; run < repeats; run++) runs.push(await uploadOnce(page, path, `wide-${run + 1}.csv`));
  console.log('Browser: import a CSV 2,000 columns wide (40 rows)');
  report(
    'file chosen → first fit shown',
    '—',
    runs.map((run) => run.total),
  );
  report(
    'longest main-thread task per import',
    'none over 50 ms',
    runs.map((run) => run.longest),
  );
  reportLongTasks(runs);
}

/**
 * Restoring 5,000,000 saved rows × 2 columns: the session is planted in IndexedDB as the
 * notebook saves large data (the file itself, a Blob, in a record of its own), and as sessions
 * saved before kept it (the columns, 80 MB); then the page is reloaded `repeats` times for each.
 */
export async function benchRestore(notebookPage, { repeats = 3, formats = ['baseline', 'file', 'columns'] } = {}) {
  for (const format of formats) await benchRestoreOf(notebookPage, format, repeats);
}

const RESTORED_WHAT = {
  baseline: 'with no saved data (the Advertising set): the page’s own start-up, for comparison',
  file: 'with 5,000,000 saved rows × 2 columns, saved as the file (as the notebook saves now)',
  columns: 'with 5,000,000 saved rows × 2 columns, saved as columns (sessions saved before)',
};

/** Reloads `repeats` times with the data saved in `format` ('baseline': nothing planted, the page's start-up alone). */
async function benchRestoreOf(notebookPage, format, repeats) {
  // A browser context of its own: its storage holds only the planted session, never a large
  // upload that an earlier benchmark's storage worker may still be writing.
  const context = await notebookPage
    .context()
    .browser()
    .newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(notebookPage.url());
    await page.waitForSelector('[data-testid="loss-plot"] .main-svg');
    await page.waitForTimeout(1000); // the first autosave, which the planting reads
    await watchLongTasks(page);
    if (format !== 'baseline') await page.evaluate(plantFiveMillionRows, format);
    const title = format === 'baseline' ? 'Advertising' : 'five-million.csv';
    const totals = [];
    const longest = [];
    const runs = [];
    for (let run = 0; run < repeats; run++) {
      await page.reload();
      totals.push(await waitForFit(page, title));
      // a second for what follows the fit on screen (the charts' redraws, the autosave)
      await page.waitForTimeout(1000);
      longest.push(await longestTask(page));
      runs.push({ tasks: await longTasks(page) });
    }
    console.log(`Browser: reload ${RESTORED_WHAT[format]}; the long tasks include the page's own start-up`);
    report('navigation → saved data fitted and shown', '—', totals);
    report('longest main-thread task per reload', 'none over 50 ms', longest);
    reportLongTasks(runs);
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: writes a saved session whose data (5,000,000 rows, x and y) is kept in its
 * own record, as a CSV file (`format` 'file') or as its columns ('columns', the format before).
 */
export async function plantFiveMillionRows(format = 'columns') {
  const rows = 5_000_000;
  const x = new Float64Array(rows);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    x[i] = (i % 1000) / 10;
    y[i] = 2 + 0.5 * x[i] + ((i * 7919) % 13) / 10;
  }
  const column = (name, values) => ({
    name,
    label: name,
    values,
    numericCount: rows,
    missing: [],
    missingCount: 0,
    kind: 'numeric',
    isIndex: false,
  });
  const database = await new Promise((resolve, reject) => {
    const open = indexedDB.open('downhill');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const session = await new Promise((resolve) => {
    const request = database.transaction('notebook').objectStore('notebook').get('session');
    request.onsuccess = () => resolve(request.result);
  });
  const origin = { kind: 'file', fileName: 'five-million.csv' };
  const fileRecord = () => {
    const lines = ['x,y'];
    for (let i = 0; i < rows; i++) lines.push(`${x[i]},${y[i]}`);
    const file = new Blob([lines.join('\n')], { type: 'text/csv' });
    const source = 'Your file five-million.csv';
    return {
      kind: 'saved-file',
      version: 1,
      file,
      fileName: 'five-million.csv',
      origin,
      title: 'five-million.csv',
      source,
    };
  };
  const record = format === 'file' ? fileRecord() : null;
  const writing = database.transaction('notebook', 'readwrite');
  const settings = { ...session.settings, featureName: 'x', responseName: 'y' };
  writing.objectStore('notebook').put({ ...session, origin, dataSet: null, dataApart: true, settings }, 'session');
  writing.objectStore('notebook').put(
    record ?? {
      title: 'five-million.csv',
      source: 'Your file five-million.csv',
      origin,
      rowCount: rows,
      columns: [column('x', x), column('y', y)],
      format: { delimiter: ',', decimalComma: false, hasHeaderRow: true },
    },
    'data',
  );
  await new Promise((resolve, reject) => {
    writing.oncomplete = resolve;
    writing.onerror = () => reject(writing.error);
  });
  database.close();
}
