import type { Data } from 'plotly.js';
import { useEffect, useMemo, useState } from 'react';
import type { Box } from './clipLine';
import { countPoints, densityPointCount, densityTrace, densityTraceOfCounts, type PointColumns } from './densityLayer';
import type { DensityCells } from './useDensityCells';

/** Up to this many rows are counted at once, in the render; beyond, a few milliseconds of rows per task. */
export const DENSITY_SLICE_ROWS = 250_000;
/** Rows counted between looks at the clock: well under a millisecond of counting. */
const ROWS_BETWEEN_CHECKS = 16_384;
/**
 * Milliseconds of counting per task. A slice of rows takes several times longer on a loaded
 * machine than on a quiet one, so each task counts until this much time has passed rather than
 * a fixed number of rows: the page stays responsive however busy the processor is.
 */
const COUNTING_MS_PER_TASK = 8;

/**
 * The density layer of these point sets in this frame and grid, or null when there is none to
 * draw. Up to {@link DENSITY_SLICE_ROWS} points it is counted at once; beyond, about
 * {@link COUNTING_MS_PER_TASK} ms of rows per task, and the layer arrives when the last row is counted (null meanwhile, never the
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
      const stopAt = performance.now() + COUNTING_MS_PER_TASK;
      do {
        const columns = sets[set]!;
        countPoints(columns, grid, counts, from, from + ROWS_BETWEEN_CHECKS);
        from += ROWS_BETWEEN_CHECKS;
        if (from >= columns.x.length) {
          set += 1;
          from = 0;
        }
      } while (set < sets.length && performance.now() < stopAt);
      if (set < sets.length) timer = setTimeout(countSlice, 0);
      else setCounted({ sets, frame, cells, trace: densityTraceOfCounts(counts, frame, cells, total) });
    };
    timer = setTimeout(countSlice, 0);
    return () => clearTimeout(timer);
  }, [sets, frame, cells, sliced, total]);
  if (!sliced) return atOnce;
  return counted && counted.sets === sets && counted.frame === frame && counted.cells === cells ? counted.trace : null;
}
