import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const emptyStylesheet = fileURLToPath(new URL('./src/plots/empty.css', import.meta.url));
const shim = (name: string) => fileURLToPath(new URL(`./shims/stdlib/${name}.cjs`, import.meta.url));

/**
 * stdlib's incomplete beta (the t and F tails of the regression summary) pulls in three small
 * modules that generate code at run time (`eval`, `new Function`), which the page's
 * Content-Security-Policy forbids: loading them reported "eval" violations. Each is replaced by
 * a stand-in that gives the answer the page needs without generating code (see shims/stdlib/).
 */
const stdlibWithoutCodeGeneration = [
  { find: /^@stdlib\/assert-has-generator-support$/, replacement: shim('hasGeneratorSupport') },
  { find: /^@stdlib\/function-ctor$/, replacement: shim('functionConstructor') },
  { find: /^@stdlib\/utils-global$/, replacement: shim('globalObject') },
];

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
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline use: a Workbox service worker precaches the whole app (its code, the built-in data
    // sets' chunks, KaTeX's fonts, the icons). It waits for the student's word before taking over
    // an open page (registerType 'prompt'; see widgets/classroom/UpdateNotice.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Downhill: linear regression and gradient descent',
        short_name: 'Downhill',
        description: 'A live notebook on linear regression and gradient descent, computed in your browser.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#0b2239',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // KaTeX ships each font as woff2, woff and ttf; every browser that runs service workers reads woff2.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // the plotly chunk is about 1.7 MB
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the page that installed it: "works offline" must
        // hold for this page too, whose lessons render (and fetch fonts and chunks) after the first fit.
        clientsClaim: true,
      },
    }),
  ],
  // plotly.js's CommonJS modules reference the Node global `global`.
  define: { global: 'globalThis' },
  resolve: {
    // Our partial plotly bundle has no map traces; without this alias the map stylesheet
    // (83 kB) is still pulled in.
    alias: [{ find: 'maplibre-gl/dist/maplibre-gl.css', replacement: emptyStylesheet }, ...stdlibWithoutCodeGeneration],
  },
  // No source maps in the build: the page ships what it runs and nothing more. No assets
  // inlined as data: URLs either, so fonts and images come from the page's own origin.
  build: {
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Chromium compiles each script's code cache for the next visit in one task of the main
          // thread: about 80 ms for plotly's 1 MB chunk in one piece. In pieces (17, at most 112 kB)
          // each gets a task of its own; the page still loads them together, for the first chart.
          groups: [
            {
              name: 'plotly',
              test: /node_modules[\\/](plotly\.js|@plotly|d3-|gl-mat4|polybooljs|tinycolor2)[\\/]/,
              minSize: 50_000,
              maxSize: 300_000,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: some tests run Python or long loops, and CI machines are shared.
    testTimeout: 60_000,
    // stdlib goes through Vite's resolver in the tests too, so they run the same stand-ins as the page.
    server: { deps: { inline: [/@stdlib\//] } },
  },
});
