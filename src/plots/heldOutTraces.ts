import type { Data } from 'plotly.js';
import { PALETTE } from '../format/palette';
import type { Box } from './clipLine';
import { MAX_DRAWN_POINTS } from './scatterFigure';

/** Held-out points as orange triangles (told apart from the training circles by shape as well as colour); large sets thinned evenly. */
export function heldOutTrace(x: ArrayLike<number>, y: ArrayLike<number>): Data {
  const stride = Math.max(1, Math.ceil(x.length / MAX_DRAWN_POINTS));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i += stride) {
    xs.push(x[i]!);
    ys.push(y[i]!);
  }
  return {
    type: 'scatter',
    mode: 'markers',
    x: xs,
    y: ys,
    name: 'Held-out test rows',
    marker: { color: PALETTE.leastSquares, size: 8, symbol: 'triangle-up', opacity: 0.85 },
    hovertemplate: 'test row<br>%{xaxis.title.text}: %{x}<br>%{yaxis.title.text}: %{y}<extra></extra>',
  };
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
