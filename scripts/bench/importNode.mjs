// The import in Node, phase by phase, and papaparse's bare parse of the same file: the yardstick
// the browser's figures are divided by in the same run.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { line, ms, summarise } from './stats.mjs';

const ENTRY = fileURLToPath(new URL('./importEntry.ts', import.meta.url));
const OUT = fileURLToPath(new URL('../../node_modules/.cache/downhill-bench-import/', import.meta.url));
const Papa = createRequire(import.meta.url)('papaparse');

async function loadImport() {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: ENTRY,
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'import.mjs' } },
    },
  });
  return import(pathToFileURL(`${OUT}import.mjs`).href);
}

function timed(action) {
  const start = performance.now();
  const result = action();
  return { result, elapsed: performance.now() - start };
}

const summary = (samples) => {
  const { median, p95, count } = summarise(samples);
  return `median ${ms(median)}, p95 ${ms(p95)} over ${count} runs`;
};

/**
 * Times, on the file at `path`: papaparse's bare parse (`Papa.parse(text)`, defaults: arrays
 * of strings) and with dynamicTyping; and the notebook's import split into reading, parsing and
 * typing from the bytes (what the worker runs: the plain numeric path, no decoding), the same
 * from decoded text (decoding, then the text path, as before), papaparse's path for comparison,
 * and the statistics (choosing the columns, the centred sums, the least-squares line).
 * Returns the median of the bare parse, the yardstick for the browser's figures.
 */
export async function benchImportInNode(path, repeats = 5) {
  const code = await loadImport();
  const phases = { read: [], fromBytes: [], decode: [], parse: [], papaPath: [], statistics: [], bare: [], typed: [] };
  for (let run = 0; run < repeats; run++) {
    const { result: bytes, elapsed: read } = timed(() => readFileSync(path));
    phases.fromBytes.push(
      timed(() => code.importCsvBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length))).elapsed,
    );
    const { result: text, elapsed: decode } = timed(() => new TextDecoder().decode(bytes));
    phases.read.push(read);
    phases.decode.push(decode);
    phases.bare.push(timed(() => Papa.parse(text)).elapsed);
    phases.typed.push(timed(() => Papa.parse(text, { dynamicTyping: true })).elapsed);
    const imported = timed(() => code.importCsvText(text));
    phases.parse.push(imported.elapsed);
    if (run < 2) phases.papaPath.push(timed(() => code.importCsvText(text, { plainNumericFastPath: false })).elapsed);
    const dataSet = code.dataSetFromTable(imported.result.table, { kind: 'pasted' }, 'bench', 'bench');
    phases.statistics.push(timed(() => code.prepareLoadedData(dataSet, undefined, true)).elapsed);
  }
  console.log('Node: the same file, phase by phase (what the import worker runs)');
  line('read the file', summary(phases.read));
  line('parse + type from the bytes (the worker)', summary(phases.fromBytes));
  line('decode UTF-8 (text path only)', summary(phases.decode));
  line('parse + type from text (plain numeric path)', summary(phases.parse));
  line('parse + type (papaparse path, before)', summary(phases.papaPath));
  line('statistics (columns, centred sums, OLS)', summary(phases.statistics));
  line('papaparse bare parse, Papa.parse(text)', summary(phases.bare));
  line('papaparse with dynamicTyping', summary(phases.typed));
  return summarise(phases.bare).median;
}
