import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const emptyStylesheet = fileURLToPath(new URL('./src/plots/empty.css', import.meta.url));

export default defineConfig({
  plugins: [react()],
  // plotly.js's CommonJS modules reference the Node global `global`.
  define: { global: 'globalThis' },
  resolve: {
    // Our partial plotly bundle has no map traces; without this alias the map stylesheet
    // (83 kB) is still pulled in.
    alias: { 'maplibre-gl/dist/maplibre-gl.css': emptyStylesheet },
  },
  build: { chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: some tests run Python or long loops, and CI machines are shared.
    testTimeout: 60_000,
  },
});
