import { PALETTE } from '../format/palette';
import type { Box } from './clipLine';
import { type DataMarkers, markersFor } from './scatterFigure';

/** How a held-out marker looks, in plotly and in the overlay alike: an orange triangle. */
export const HELD_OUT_MARKER = { color: PALETTE.leastSquares, size: 8, opacity: 0.85 } as const;

/**
 * Held-out points as orange triangles (told apart from the training circles by shape as well as
 * colour); large sets thinned evenly, and split between plotly and the overlay as the data
 * markers are ({@link markersFor}).
 */
export function heldOutMarkers(x: ArrayLike<number>, y: ArrayLike<number>): DataMarkers {
  return markersFor(x, y, {
    type: 'scatter',
    name: 'Held-out test rows',
    marker: { ...HELD_OUT_MARKER, symbol: 'triangle-up' },
    hovertemplate: 'test row<br>%{xaxis.title.text}: %{x}<br>%{yaxis.title.text}: %{y}<extra></extra>',
  });
}

/** The frame widened (with the same margins as the scatter frame) so the held-out points are inside it. O(M). */
export function frameWithPoints(frame: Box, x: ArrayLike<number>, y: ArrayLike<number>): Box {
  let { xMin, xMax, yMin, yMax } = frame;
  const xPad = 0.05 * (xMax - xMin || 1);
  const yPad = 0.08 * (yMax - yMin || 1);
  for (let i = 0; i < x.length; i++) {
    if (x[i]! - xPad < xMin) xMin = x[i]! - xPad;
    if (x[i]! + xPad > xMax) xMax = x[i]! + xPad;
    if (y[i]! - yPad < yMin) yMin = y[i]! - yPad;
    if (y[i]! + yPad > yMax) yMax = y[i]! + yPad;
  }
  return { xMin, xMax, yMin, yMax };
}
