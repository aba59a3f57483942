import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../ensureTestTools.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4179);

/** Starts `vite preview` on dist/, opens Chromium on it, runs `measure(page)`, and cleans up. */
export async function withNotebookPage(measure) {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}`);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}`);
    await page.waitForSelector('[data-testid="loss-plot"] .main-svg');
    return await measure(page);
  } finally {
    await browser.close();
    server.kill();
  }
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not start at ${url}`);
}
