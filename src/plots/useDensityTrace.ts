import type { Data } from 'plotly.js';
import { useEffect, useMemo, useState } from 'react';
import { histogram2d } from '../core/histogram2d';
import type { Box } from './clipLine';
import { densityPointCount, densityTrace, densityTraceOfCounts, type PointColumns } from './densityLayer';
import type { DensityCells } from './useDensityCells';

/** Rows counted in one task: a few milliseconds, so counting millions of rows never blocks the page for long. */
export const DENSITY_SLICE_ROWS = 250_000;

/**
 * The density layer of these point sets in this frame and grid, or null when there is none to
 * draw. Up to {@link DENSITY_SLICE_ROWS} points it is counted at once; beyond, a slice of rows
 * per task, and the layer arrives when the last slice is counted (null meanwhile, never the
 * layer of earlier data). Recounted only when the sets, the frame or the grid change: pass
 * memoised values.
 */
export function useDensityTrace(
  sets: readonly PointColumns[] | null,
  frame: Box | null,
  cells: DensityCells | null,
): Data | null {
  const total = sets ? densityPointCount(sets) : 0;
  const sliced = total > DENSITY_SLICE_ROWS;
  const atOnce = useMemo(
    () => (sets && frame && cells && !sliced ? densityTrace(sets, frame, cells) : null),
    [sets, frame, cells, sliced],
  );
  const [counted, setCounted] = useState<{ sets: unknown; frame: Box; cells: DensityCells; trace: Data } | null>(null);
  useEffect(() => {
    if (!sets || !frame || !cells || !sliced) return;
    const counts = new Uint32Array(cells.xBins * cells.yBins);
    const grid = { ...frame, ...cells };
    let set = 0;
    let from = 0;
    let timer: ReturnType<typeof setTimeout>;
    const countSlice = () => {
      const columns = sets[set]!;
      histogram2d(columns.x, columns.y, grid, counts, { from, to: from + DENSITY_SLICE_ROWS });
      from += DENSITY_SLICE_ROWS;
      if (from >= columns.x.length) {
        set += 1;
        from = 0;
      }
      if (set < sets.length) timer = setTimeout(countSlice, 0);
      else setCounted({ sets, frame, cells, trace: densityTraceOfCounts(counts, frame, cells, total) });
    };
    timer = setTimeout(countSlice, 0);
    return () => clearTimeout(timer);
  }, [sets, frame, cells, sliced, total]);
  if (!sliced) return atOnce;
  return counted && counted.sets === sets && counted.frame === frame && counted.cells === cells ? counted.trace : null;
}
