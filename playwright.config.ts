import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium (scripts/ensureTestTools.mjs installs it when missing);
// Playwright's own browser downloads are not available on these machines.
// @ts-expect-error: a plain ES module shared with the benchmarks, without type declarations
import { CHROMIUM_ARGS, findChromium } from './scripts/ensureTestTools.mjs';

const executablePath: string = findChromium() ?? '/usr/bin/chromium';
// PW_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // CI shares two cores between two browsers, the preview server and Python checks; one retry
  // there keeps a test that timed out under that load from hiding everything else, and the list
  // reporter still names it as flaky. A test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS as string[],
    },
    trace: 'retain-on-failure',
    // The offline service worker would answer requests behind the tests' backs (and survive
    // reloads); only the offline spec allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    // node runs vite directly so the server's PID is vite's, not npm's, and it stops cleanly.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
