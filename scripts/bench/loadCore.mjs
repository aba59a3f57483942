// Builds the pure core into one Node module with Vite (the same bundler and settings family as
// the app) and imports it, so the benchmark times optimised shipped code, not a dev loader.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ENTRY = fileURLToPath(new URL('./coreEntry.ts', import.meta.url));
const OUT = fileURLToPath(new URL('../../node_modules/.cache/downhill-bench/', import.meta.url));

export async function loadCore() {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: ENTRY,
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'core.mjs' } },
    },
  });
  return import(pathToFileURL(`${OUT}core.mjs`).href);
}
