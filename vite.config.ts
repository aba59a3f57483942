import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const emptyStylesheet = fileURLToPath(new URL('./src/plots/empty.css', import.meta.url));

/**
 * The production page runs only what it shipped: scripts, workers and connections from its
 * own origin, no inline script and no eval. Styles may be inline because KaTeX and plotly
 * position their output with style attributes. A meta tag works on any static host; the
 * development server (which injects inline scripts for hot reload) does not get it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'downhill-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // plotly.js's CommonJS modules reference the Node global `global`.
  define: { global: 'globalThis' },
  resolve: {
    // Our partial plotly bundle has no map traces; without this alias the map stylesheet
    // (83 kB) is still pulled in.
    alias: { 'maplibre-gl/dist/maplibre-gl.css': emptyStylesheet },
  },
  // No source maps in the build: the page ships what it runs and nothing more. No assets
  // inlined as data: URLs either, so fonts and images come from the page's own origin.
  build: { chunkSizeWarningLimit: 2000, sourcemap: false, assetsInlineLimit: 0 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
