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
 * Up to this many points the markers are SVG (crisp, hoverable one by one, cheap to draw).
 * Beyond it they are drawn with WebGL (plotly's scattergl), where one more point costs almost
 * nothing; SVG markers cost about 0.05 ms each, 200 ms a redraw at 10 000 points.
 */
export const SVG_POINT_LIMIT = 1000;

/** At most this many points are drawn with WebGL; larger data sets show an even sample (every k-th row). */
export const WEBGL_POINT_LIMIT = 100_000;

/** Whether this browser can draw WebGL, checked once. Without it the markers stay SVG. */
let webglSupport: boolean | null = null;
export function canDrawWebgl(): boolean {
  if (webglSupport === null) {
    try {
      webglSupport = typeof document !== 'undefined' && !!document.createElement('canvas').getContext('webgl');
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

/** How the markers of `count` points are drawn: the renderer and the stride between drawn rows. */
export function markerDrawing(count: number, webgl = canDrawWebgl()): { renderer: 'svg' | 'webgl'; stride: number } {
  const renderer = count > SVG_POINT_LIMIT && webgl ? 'webgl' : 'svg';
  const limit = renderer === 'webgl' ? WEBGL_POINT_LIMIT : SVG_POINT_LIMIT;
  return { renderer, stride: Math.max(1, Math.ceil(count / limit)) };
}

/** How many of `count` points the scatter plot draws. */
export function drawnPointCount(count: number, webgl = canDrawWebgl()): number {
  return Math.ceil(count / markerDrawing(count, webgl).stride);
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

/**
 * The data markers: built once per problem, never on an epoch change. SVG up to
 * {@link SVG_POINT_LIMIT} points, WebGL above (see {@link markerDrawing}); the coordinates go
 * to plotly as typed arrays, without copying when every row is drawn.
 */
export function dataTrace(problem: RegressionProblem, webgl = canDrawWebgl()): Data {
  const { feature, response } = problem;
  const { renderer, stride } = markerDrawing(feature.length, webgl);
  const sample = (column: ArrayLike<number>) =>
    stride === 1 && column instanceof Float64Array
      ? column
      : Float64Array.from({ length: Math.ceil(column.length / stride) }, (_, i) => column[i * stride]!);
  const shown =
    stride > 1
      ? ` (every ${stride}th of ${feature.length.toLocaleString('en')})`
      : ` (${feature.length.toLocaleString('en')} points)`;
  return {
    type: renderer === 'webgl' ? 'scattergl' : 'scatter',
    mode: 'markers',
    x: sample(feature),
    y: sample(response),
    name: `Data${shown}`,
    marker: { color: PALETTE.data, size: renderer === 'webgl' ? 4 : 6, opacity: 0.65 },
    hovertemplate: '%{xaxis.title.text}: %{x}<br>%{yaxis.title.text}: %{y}<extra></extra>',
  } as Data;
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
