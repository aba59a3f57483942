import type { Data } from 'plotly.js';
import { plotsAllowed } from './plotLoading';

// The plotly trace modules loaded on demand: each is a separate chunk, fetched the first time a
// chart has a trace of that type (and precached for offline use like every chunk). WebGL
// scatter is deliberately absent: its renderer (regl) compiles shaders through `new Function`,
// which the page's Content-Security-Policy refuses; large data are drawn as an even sample over
// a density layer of every point, a heatmap (plotly paints it on a canvas and shows it as an
// image, a data: URL the policy's img-src allows; no code is generated).
const MODULES: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  contour: () => import('plotly.js/lib/contour'),
  heatmap: () => import('plotly.js/lib/heatmap'),
};

const loading = new Map<string, Promise<void>>();
const registered = new Set<string>();

/** The trace types in `data` that need a module not registered yet. */
export function missingTraceTypes(data: readonly Data[]): string[] {
  const types = new Set<string>();
  for (const trace of data) {
    const type = (trace as { type?: string }).type;
    if (type && MODULES[type] && !registered.has(type)) types.add(type);
  }
  return [...types].sort();
}

/**
 * Loads and registers the plotly modules for these trace types. The promise is cached per set
 * of types, so a component can hand it to React's `use` on every render.
 */
export function registerTraceTypes(types: readonly string[], register: (modules: unknown[]) => void): Promise<void> {
  const key = types.join(',');
  let promise = loading.get(key);
  if (!promise) {
    promise = Promise.all(types.map((type) => MODULES[type]!())).then((modules) => {
      register(modules.map((module) => module.default));
      for (const type of types) registered.add(type);
    });
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Loads and registers these trace types ahead of the chart that will need them, once plotly may
 * load (plotLoading.ts). A file being imported may be large, and a large data set's scatter plot
 * draws its density layer as a heatmap: loaded while the worker reads the file, the module is
 * registered before the new data arrive, so that chart's first drawing takes its turn in the
 * redraw queue like any other instead of suspending and drawing when the module comes.
 */
export function preloadTraceTypes(types: readonly string[]): Promise<void> {
  const missing = types.filter((type) => MODULES[type] && !registered.has(type));
  if (missing.length === 0) return Promise.resolve();
  return plotsAllowed()
    .then(() => import('./plotlyBundle'))
    .then((module) => registerTraceTypes(missing, module.default.register));
}
