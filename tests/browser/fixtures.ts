import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Messages that are about the headless GPU, not our code. */
const IGNORED = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/];

/**
 * Every browser test fails on any console error or uncaught exception: a notebook that logs
 * errors is broken for students even when the assertions pass. It also fails when, at its end,
 * a number hook on the page holds something that is not a number (see {@link expectNoBrokenValues}),
 * when the page sent a request to another origin, or when the Content-Security-Policy refused
 * anything.
 */
export const test = base.extend<{ consoleErrors: string[]; pageGuards: undefined }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (
          (message.type() === 'error' || (message.type() === 'warning' && /error/i.test(message.text()))) &&
          !IGNORED.some((pattern) => pattern.test(message.text()))
        ) {
          errors.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  pageGuards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreignRequests: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} refused ${event.blockedURI || 'inline code'}`);
        });
      });
      await use(undefined);
      expect(foreignRequests, "requests that left the page's origin").toEqual([]);
      if (page.isClosed() || page.url() === 'about:blank') return;
      await expectNoBrokenValues(page);
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Fails when any `data-value` on the page holds NaN, Infinity, "undefined" or "null": a number
 * hook must always carry a real number (or a word such as a status), never the trace of a
 * computation that went wrong. Runs after every test; call it mid-test too after a risky step.
 */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  const broken = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-value]'))
      .map((element) => ({
        id: element.getAttribute('data-testid') ?? element.tagName.toLowerCase(),
        value: element.getAttribute('data-value') ?? '',
      }))
      .filter(({ value }) => /NaN|Infinity|undefined|null/.test(value))
      .map(({ id, value }) => `${id}: ${value}`),
  );
  expect(broken, 'data-value attributes that hold no number').toEqual([]);
}

export { expect };

/** Opens the notebook and waits until both plots have drawn. */
export async function openNotebook(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  // The charts' code is a chunk of its own, fetched and compiled after the first fit is on
  // screen; on a cold, loaded machine that alone can take longer than the default 10 s.
  await expect(page.locator('[data-testid="scatter-plot"] .main-svg').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="loss-plot"] .main-svg').first()).toBeVisible({ timeout: 30_000 });
}

/**
 * Scrolls until the element is on screen and stays there: lessons above it may still settle
 * their height as they render (they are laid out only near the screen), which can carry a
 * once-scrolled element away again. Sections off screen hold what they show until scrolled to.
 */
export async function scrollOnScreen(element: Locator): Promise<void> {
  await expect(async () => {
    await element.scrollIntoViewIfNeeded();
    await expect(element).toBeInViewport({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

/** The full-precision number a hook carries in data-value. */
export async function dataValueOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).getAttribute('data-value')) ?? '';
}

/** Drags a range slider's thumb to a fraction of its track, the way a student's mouse would. */
export async function dragSlider(page: Page, testId: string, toFraction: number, steps = 12): Promise<void> {
  const slider = page.getByTestId(testId);
  const box = (await slider.boundingBox())!;
  const current = Number(await slider.inputValue()) / Number(await slider.getAttribute('max'));
  const y = box.y + box.height / 2;
  const thumb = 8;
  const xAt = (fraction: number) => box.x + thumb + fraction * (box.width - 2 * thumb);
  await page.mouse.move(xAt(current), y);
  await page.mouse.down();
  await page.mouse.move(xAt(toFraction), y, { steps });
  await page.mouse.up();
}

/** Whether the page has saved its own session yet (its first autosave comes shortly after start-up). */
function hasSavedSession(page: Page): Promise<boolean> {
  return savedRecordOf(page).then((record) => record !== null);
}

/**
 * Waits until the page has saved its own session (its first autosave comes shortly after
 * start-up), so that a record a test plants in IndexedDB afterwards cannot be overwritten by it.
 */
export async function waitForFirstSave(page: Page): Promise<void> {
  await expect.poll(() => hasSavedSession(page), { timeout: 20_000 }).toBe(true);
}

/** The settings of the session the page has saved in IndexedDB, or null when none is saved yet. */
export async function savedSettingsOf(page: Page): Promise<Record<string, unknown> | null> {
  const record = (await savedRecordOf(page)) as { settings?: Record<string, unknown> } | null;
  return record?.settings ?? null;
}

/** The kind of data the saved session names ('built-in', 'file', …), or null when none is saved yet. */
export async function savedOriginKindOf(page: Page): Promise<string | null> {
  const record = (await savedRecordOf(page)) as { origin?: { kind?: string } } | null;
  return record?.origin?.kind ?? null;
}

/** The session record the page has saved in IndexedDB, or null when none is saved yet. */
function savedRecordOf(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('downhill');
        open.onupgradeneeded = () => open.result.createObjectStore('notebook');
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('notebook')) {
            database.close();
            resolve(null);
            return;
          }
          const request = database.transaction('notebook').objectStore('notebook').get('session');
          request.onsuccess = () => {
            database.close();
            resolve(request.result ?? null);
          };
          request.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
}

/**
 * Puts every row back into the fit. Uploads start with a fifth of the rows held out; tests
 * that compare with an outside answer on the whole file (NIST, exact constructions) call this.
 */
export async function trainOnEveryRow(page: Page): Promise<void> {
  await page.getByTestId('test-fraction').fill('0');
  await page.getByTestId('test-fraction').press('Enter');
  await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');
}
