import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { line } from './stats.mjs';

// Issue 14's budget is for what loads before the first fit; the rest (plotly, workers, other
// lessons' data) loads when needed, so the total is reported but not held to a budget.
const TARGET_GZIP_KB = 400;

/** Sizes of the production JavaScript in dist/assets, raw and gzipped. */
export function benchBundle(distDirectory = 'dist') {
  const assets = join(distDirectory, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let raw = 0,
    gzip = 0,
    initialRaw = 0,
    initialGzip = 0;
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  for (const name of files) {
    const bytes = readFileSync(join(assets, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += statSync(join(assets, name)).size;
    gzip += zipped;
    if (html.includes(name)) {
      initialRaw += bytes.length;
      initialGzip += zipped;
    }
  }
  const kb = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
  console.log(`Bundle: production JavaScript (${files.length} files)`);
  line('all JavaScript', `${kb(raw)} raw, ${kb(gzip)} gzip`);
  line('loaded at start (entry chunk)', `${kb(initialRaw)} raw, ${kb(initialGzip)} gzip`);
  line(
    `target: entry chunk ≤ ${TARGET_GZIP_KB} kB gzip`,
    `${((initialGzip / 1000 / TARGET_GZIP_KB) * 100).toFixed(0)}% of budget → ${initialGzip / 1000 <= TARGET_GZIP_KB ? 'met' : 'NOT met'}`,
  );
  return { raw, gzip };
}
