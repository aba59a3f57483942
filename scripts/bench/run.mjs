// npm run bench: prints speed and size figures with medians. Figures, never pass/fail tests:
// the machines are shared and noisy.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withNotebookPage } from './browser.mjs';
import { benchBundle } from './bundle.mjs';
import { benchCore } from './core.mjs';
import {
  benchHugeImport,
  benchLargeImport,
  benchRestore,
  benchSettingsChange,
  benchWideImport,
} from './importLarge.mjs';
import { benchImportInNode } from './importNode.mjs';
import { writeNumericCsv } from './largeFiles.mjs';
import { benchLargeScatter } from './largeScatter.mjs';
import { loadCore } from './loadCore.mjs';
import { benchManyFeatures } from './manyFeatures.mjs';
import { benchManyFeaturesLarge } from './manyFeaturesLarge.mjs';
import { benchRepaint } from './repaint.mjs';
import { benchScrubber } from './scrubber.mjs';
import { benchStartup } from './startup.mjs';
import { benchSweep } from './sweep.mjs';

if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}
console.log(`Downhill benchmarks · Node ${process.version} · ${new Date().toISOString()}\n`);
// `npm run bench -- --import` runs only the import and restore figures.
const onlyImport = process.argv.includes('--import');
const millionRows = writeNumericCsv(1_000_000);
const bareParseMs = await benchImportInNode(millionRows);
console.log();
if (onlyImport) {
  await withNotebookPage(async (page) => {
    await benchLargeImport(page, { path: millionRows, bareParseMs });
    console.log();
    await benchSettingsChange(page);
    console.log();
    await benchWideImport(page);
    console.log();
    await benchHugeImport(page);
    console.log();
    await benchRestore(page);
  });
  process.exit(0);
}
const core = await loadCore();
benchCore(core);
console.log();
benchSweep(core);
console.log();
benchManyFeatures(core);
console.log();
await withNotebookPage(async (page) => {
  await benchRepaint(page);
  console.log();
  await benchScrubber(page);
  console.log();
  await benchStartup(page, page.url());
  console.log();
  await benchLargeScatter(page);
  console.log();
  await benchLargeImport(page, { path: millionRows, bareParseMs });
  console.log();
  await benchSettingsChange(page);
  console.log();
  await benchWideImport(page);
  console.log();
  await benchHugeImport(page);
  console.log();
  await benchRestore(page);
});
console.log();
await withNotebookPage(benchManyFeaturesLarge);
console.log();
benchBundle();
