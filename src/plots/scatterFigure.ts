import type { Data, Layout } from 'plotly.js';
import type { Line } from '../core/line';
import { PALETTE } from '../format/palette';
import type { RegressionProblem } from '../model/regressionProblem';
import { type ChartSize, readableXAxis } from './axisTicks';
import { type Box, clipLineToBox } from './clipLine';
import { PLOT_FONT_SIZE } from './plotConfig';
import { problemRevision } from './plotRevision';
import { plotText } from './plotText';

/**
 * At most this many points are drawn; larger data sets show an even sample of rows (every k-th).
 * SVG markers cost about 0.05 ms each to draw, so this keeps a redraw near 50 ms.
 */
export const MAX_DRAWN_POINTS = 1000;

/** How many of `count` points the scatter plot draws. */
export function drawnPointCount(count: number): number {
  const stride = Math.max(1, Math.ceil(count / MAX_DRAWN_POINTS));
  return Math.ceil(count / stride);
}

/** The frame of the scatter plot: the data's extent plus a margin, fixed so lines cannot stretch it. */
export function scatterFrame(problem: RegressionProblem): Box {
  const { feature, response } = problem;
  let xMin = Infinity,
    xMax = -Infinity,
    yMin = Infinity,
    yMax = -Infinity;
  for (let i = 0; i < feature.length; i++) {
    xMin = Math.min(xMin, feature[i]!);
    xMax = Math.max(xMax, feature[i]!);
    yMin = Math.min(yMin, response[i]!);
    yMax = Math.max(yMax, response[i]!);
  }
  const xPad = 0.05 * (xMax - xMin || 1);
  const yPad = 0.08 * (yMax - yMin || 1);
  return { xMin: xMin - xPad, xMax: xMax + xPad, yMin: yMin - yPad, yMax: yMax + yPad };
}

export function axisTitle(name: string, scaled: boolean): string {
  return plotText(scaled ? `${name} (scaled to 0–1)` : name);
}

/** The data markers: built once per problem, never on an epoch change. */
export function dataTrace(problem: RegressionProblem): Data {
  const { feature, response } = problem;
  const stride = Math.max(1, Math.ceil(feature.length / MAX_DRAWN_POINTS));
  const x: number[] = [],
    y: number[] = [];
  for (let i = 0; i < feature.length; i += stride) {
    x.push(feature[i]!);
    y.push(response[i]!);
  }
  const shown =
    stride > 1
      ? ` (every ${stride}th of ${feature.length.toLocaleString('en')})`
      : ` (${feature.length.toLocaleString('en')} points)`;
  return {
    type: 'scatter',
    mode: 'markers',
    x,
    y,
    name: `Data${shown}`,
    marker: { color: PALETTE.data, size: 6, opacity: 0.65 },
    hovertemplate: '%{xaxis.title.text}: %{x}<br>%{yaxis.title.text}: %{y}<extra></extra>',
  };
}

/** A fitted line as a two-point trace, clipped to the frame (empty if it misses the frame). */
export function lineTrace(
  line: Line,
  frame: Box,
  style: { name: string; color: string; dash?: 'solid' | 'dash'; width?: number },
): Data {
  const segment = clipLineToBox(line, frame);
  return {
    type: 'scatter',
    mode: 'lines',
    name: style.name,
    x: segment ? segment.x : [],
    y: segment ? segment.y : [],
    line: { color: style.color, width: style.width ?? 3, dash: style.dash ?? 'solid' },
    hoverinfo: 'skip',
  };
}

/** The scatter plot's layout for a chart of this size: x ticks spaced so their labels never touch. */
export function scatterLayout(problem: RegressionProblem, frame: Box, size: ChartSize): Partial<Layout> {
  const x = readableXAxis([frame.xMin, frame.xMax], size.width, { l: 60, r: 12 }, PLOT_FONT_SIZE);
  return {
    margin: { ...x.margin, t: 8, b: 48 },
    xaxis: {
      title: { text: axisTitle(problem.featureName, problem.scaled) },
      range: [frame.xMin, frame.xMax],
      zeroline: false,
      ...x.axis,
    },
    yaxis: {
      title: { text: axisTitle(problem.responseName, problem.scaled) },
      range: [frame.yMin, frame.yMax],
      zeroline: false,
    },
    showlegend: false,
    uirevision: problemRevision(problem),
    font: { family: 'inherit', size: PLOT_FONT_SIZE },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
  };
}
