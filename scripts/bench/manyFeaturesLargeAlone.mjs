// Runs only the many-features bench on 1,000,000 rows: `node scripts/bench/manyFeaturesLargeAlone.mjs`
// (BENCH_PORT for the preview's port; BENCH_PROFILE_DIR to write a CPU profile of each step).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withNotebookPage } from './browser.mjs';
import { benchManyFeaturesLarge } from './manyFeaturesLarge.mjs';

if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}
await withNotebookPage(benchManyFeaturesLarge);
