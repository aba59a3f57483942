// Takes screenshots of the running notebook for people to look at (not a test).
// Usage: node tests/browser/screenshot.mjs [url] [outdir]
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';
const outDirectory = process.argv[3] ?? 'test-results/screens';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const [name, width, height] of [
  ['laptop', 1440, 900],
  ['projector', 1280, 720],
  ['phone', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[${name}] console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[${name}] page error: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('[data-testid="loss-plot"] .main-svg');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDirectory}/${name}.png` });
  if (name === 'laptop') await page.screenshot({ path: `${outDirectory}/${name}-full.png`, fullPage: true });
  await page.close();
}
await browser.close();
