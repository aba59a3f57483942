import type { Data } from 'plotly.js';
import { describe, expect, it, vi } from 'vitest';
import { allowPlots } from './plotLoading';
import Plotly from './plotlyBundle';
import { missingTraceTypes, preloadTraceTypes } from './traceModules';

vi.mock('./plotlyBundle', () => ({ default: { register: vi.fn() } }));
vi.mock('plotly.js/lib/heatmap', () => ({ default: { moduleType: 'trace', name: 'heatmap' } }));

describe('preloadTraceTypes', () => {
  it('registers a trace type before any chart asks for it, once, after plotly may load', async () => {
    const heatmap = [{ type: 'heatmap' }] as Data[];
    expect(missingTraceTypes(heatmap)).toEqual(['heatmap']);
    let done = false;
    const preloading = preloadTraceTypes(['heatmap', 'scatter']).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done, 'waits for plotly to be allowed to load').toBe(false);
    allowPlots();
    await preloading;
    expect(Plotly.register).toHaveBeenCalledTimes(1);
    expect(Plotly.register).toHaveBeenCalledWith([{ moduleType: 'trace', name: 'heatmap' }]);
    expect(missingTraceTypes(heatmap)).toEqual([]);
    await preloadTraceTypes(['heatmap']);
    expect(Plotly.register).toHaveBeenCalledTimes(1);
  });
});
