import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { line, ms } from './stats.mjs';

const ROWS = 1_000_000;
const FEATURES = ['a', 'b', 'c', 'd', 'e'];

/** A reproducible 1,000,000-row CSV: five features and a response that depends on them. */
function writeCsv() {
  const path = join(mkdtempSync(join(tmpdir(), 'downhill-bench-')), 'many.csv');
  const rows = [[...FEATURES, 'y'].join(',')];
  let state = 777;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = 0; i < ROWS; i++) {
    const values = FEATURES.map((_, j) => next() * 10 ** (j % 3));
    const y = values.reduce((sum, value, j) => sum + (j + 1) * 0.3 * value, 4) + next();
    rows.push([...values.map((value) => value.toFixed(3)), y.toFixed(3)].join(','));
  }
  writeFileSync(path, rows.join('\n'));
  return path;
}

/** With BENCH_PROFILE_DIR set, each step's main-thread CPU profile (Chrome DevTools protocol) is written there. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
let profiled = 0;

/**
 * Runs `act` and waits for `done` in the page (then for the page to settle: two frames and the
 * tasks queued after them); returns the time and the main-thread tasks over 50 ms meanwhile.
 */
async function measure(page, act, done, argument) {
  await page.evaluate(() => {
    window.__downhillLongTasks = [];
    window.__downhillLongTaskSpans = [];
  });
  const session = PROFILE_DIR ? await page.context().newCDPSession(page) : null;
  if (session) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    // a 20 ms busy mark whose samples tie the profile's clock to performance.now()
    await page.evaluate(() => {
      window.__benchMark = performance.now();
      const until = window.__benchMark + 20;
      (function benchClockMark() {
        while (performance.now() < until);
      })();
    });
  }
  const started = Date.now();
  await act();
  await page.waitForFunction(done, argument, { timeout: 180_000, polling: 50 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const elapsed = Date.now() - started;
  // tasks the step leaves queued (a summary's answer, a chart's redraw) still belong to it
  await page.waitForTimeout(1500);
  const longTasks = await page.evaluate(() => window.__downhillLongTasks);
  if (session) {
    const { profile } = await session.send('Profiler.stop');
    profiled += 1;
    writeFileSync(join(PROFILE_DIR, `step-${profiled}.cpuprofile`), JSON.stringify(profile));
    const marks = await page.evaluate(() => ({ mark: window.__benchMark, tasks: window.__downhillLongTaskSpans }));
    writeFileSync(join(PROFILE_DIR, `step-${profiled}.tasks.json`), JSON.stringify(marks));
    await session.detach();
  }
  return { elapsed, longTasks };
}

function report(label, { elapsed, longTasks }) {
  const longest = Math.max(0, ...longTasks);
  line(
    label,
    `${ms(elapsed)}; longest main-thread task ${ms(longest)}, ${longTasks.length} over 50 ms (target none: ${longTasks.length === 0 ? 'met' : 'NOT met'})${
      longTasks.length > 0 ? `: ${longTasks.map((duration) => Math.round(duration)).join(', ')} ms` : ''
    }`,
  );
}

/** The model for this term is on screen and nothing is being prepared. */
const shown = (term) =>
  Boolean(document.querySelector(`[data-testid="gd-weight-${term}"]`)) &&
  !document.querySelector('[data-testid="model-preparing"]');
/** The scaling is off and nothing is being prepared. */
const unscaled = () =>
  document.querySelector('[data-testid="scaling"]')?.checked === false &&
  !document.querySelector('[data-testid="model-preparing"]');

/** The column `name` is the chosen feature or response, its fit is on screen, and nothing is being prepared. */
const chosenColumn = ([role, name]) =>
  document.querySelector(`[data-testid="${role}-column"]`)?.value === name &&
  !document.querySelector('[data-testid="columns-preparing"]') &&
  Number.isFinite(Number(document.querySelector('[data-testid="ols-slope"]')?.getAttribute('data-value'))) &&
  !document.querySelector('[data-testid="model-preparing"]');

/** The term a^2 is on screen and nothing is being prepared. */
const withSquare = () =>
  Boolean(document.querySelector('[data-testid="gd-weight-a^2"]')) &&
  !document.querySelector('[data-testid="model-preparing"]');

/**
 * A weight-vector model on 1,000,000 rows in the page: choosing other columns for the line, ticking features, switching the scaling,
 * raising the degree (all prepared in the long-lived worker that holds the columns), with the
 * main thread's long tasks (Long Tasks API) meanwhile.
 */
export async function benchManyFeaturesLarge(page) {
  const path = writeCsv();
  await page.evaluate(() => {
    window.__downhillLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__downhillLongTasks.push(entry.duration);
        window.__downhillLongTaskSpans?.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask' });
  });
  const imported = await measure(
    page,
    () => page.getByTestId('csv-input').setInputFiles(path),
    () =>
      /many/.test(document.querySelector('[data-testid="data-set-title"]')?.getAttribute('data-value') ?? '') &&
      Number.isFinite(Number(document.querySelector('[data-testid="ols-slope"]')?.getAttribute('data-value'))),
  );
  await page.getByTestId('feature-column').selectOption('a');
  await page.getByTestId('response-column').selectOption('y');
  console.log(`Browser: a weight-vector model on ${ROWS.toLocaleString('en')} rows (prepared in a worker)`);
  report('import the file (one feature, a)', imported);
  const scaling = page.getByTestId('scaling');
  for (const state of ['off', 'on'])
    report(
      `one feature: switch the scaling ${state}`,
      await measure(
        page,
        () => scaling.click(),
        (checked) => {
          const box = document.querySelector('[data-testid="scaling"]');
          return box?.checked === checked && !document.querySelector('[data-testid="model-preparing"]');
        },
        state === 'on',
      ),
    );
  // a new pair of columns on the one-feature line: a new problem on every row, then back to a → y
  for (const [role, name] of [
    ['feature', 'c'],
    ['response', 'd'],
    ['response', 'y'],
    ['feature', 'a'],
  ])
    report(
      `one feature: choose ${role} ${name}`,
      await measure(page, () => page.getByTestId(`${role}-column`).selectOption(name), chosenColumn, [role, name]),
    );
  // a fifth of the rows held out, then none: a new split of every row (prepared in the worker)
  for (const [fraction, summary] of [
    ['0.2', '200,000 of 1,000,000 rows held out'],
    ['0', 'every row trains the model'],
  ])
    report(
      `one feature: test fraction ${fraction}`,
      await measure(
        page,
        async () => {
          await page.getByTestId('test-fraction').fill(fraction);
          await page.getByTestId('test-fraction').press('Enter');
        },
        (text) =>
          document.querySelector('[data-testid="split-summary"]')?.textContent === text &&
          !document.querySelector('[data-testid="model-preparing"]'),
        summary,
      ),
    );
  // Each box is found before its step is timed, by CSS rather than by role: Playwright resolves a
  // role query with a script in the page's main thread that walks the whole DOM (43–85 ms under
  // load), which the long-task count would otherwise blame on the notebook.
  const featureBoxes = page.locator('[data-testid="feature-checkboxes"] .feature-boxes label');
  for (const name of FEATURES.slice(1)) {
    const box = await featureBoxes
      .filter({ hasText: new RegExp(`^${name}$`) })
      .locator('input')
      .elementHandle();
    const result = await measure(page, () => box.click(), shown, name).catch(() => null);
    if (!result) break;
    report(`tick ${name} (→ ${FEATURES.indexOf(name) + 1} features)`, result);
  }
  const toggled = await measure(page, () => scaling.click(), unscaled);
  report('switch the scaling off', toggled);
  const degree = page.getByTestId('polynomial-degree');
  const squared = await measure(page, () => degree.fill('2'), withSquare);
  report('powers of a up to 2', squared);
  // a shuffled run on every row: computed in a worker (backgroundRun.ts), done when it is shown
  const flavour = page.getByTestId('flavour');
  await flavour.scrollIntoViewIfNeeded();
  for (const kind of ['mini-batch', 'batch'])
    report(
      `flavour ${kind} (6 terms)`,
      await measure(
        page,
        () => flavour.selectOption(kind),
        (wanted) =>
          document.querySelector('[data-testid="flavour"]')?.value === wanted &&
          !document.querySelector('[data-testid="status-message"]')?.textContent?.includes('in the background'),
        kind,
      ),
    );
  return { toggled, squared };
}
