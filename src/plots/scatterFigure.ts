import type { Data, Layout } from 'plotly.js';
import { PALETTE } from '../format/palette';
import type { RegressionProblem } from '../model/regressionProblem';
import { type WorkingColumns, workingRows } from '../model/scaledColumnsOnDemand';
import { type ChartSize, readableXAxis } from './axisTicks';
import type { Box } from './clipLine';
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

/**
 * The frame of the scatter plot: the data's extent plus a margin, fixed so lines cannot stretch
 * it. O(1): the extent was found when the problem was prepared.
 */
export function scatterFrame(problem: RegressionProblem): Box {
  const { min: xMin, max: xMax } = problem.featureRange;
  const { min: yMin, max: yMax } = problem.responseRange;
  const xPad = 0.05 * (xMax - xMin || 1);
  const yPad = 0.08 * (yMax - yMin || 1);
  return { xMin: xMin - xPad, xMax: xMax + xPad, yMin: yMin - yPad, yMax: yMax + yPad };
}

export function axisTitle(name: string, scaled: boolean): string {
  return plotText(scaled ? `${name} (scaled to 0–1)` : name);
}

/**
 * Of the drawn markers, at most this many are plotly's own (an even sample of them), for hovering;
 * the others are drawn in the chart's overlay. Plotly spends about 0.05 ms on each SVG marker on
 * every redraw of the chart (new data, scaling, another column), the overlay about a microsecond.
 * 400 keeps every point of each built-in data set hoverable (the largest has 398 rows).
 */
export const HOVER_POINTS = 400;

/** Points as plain arrays of coordinates. */
export interface PointList {
  readonly x: number[];
  readonly y: number[];
}

/** Markers split between plotly (hoverable, at most {@link HOVER_POINTS}) and the overlay. */
export interface SplitMarkers {
  readonly hover: PointList;
  readonly rest: PointList;
  /** The drawn points are every `stride`-th row. */
  readonly stride: number;
}

/**
 * An even sample of at most {@link MAX_DRAWN_POINTS} of the points (every k-th), of which every
 * j-th (at most {@link HOVER_POINTS}) goes to `hover` and the others to `rest`. Together they are
 * exactly the sampled points, each once. O(N/k).
 */
export function splitMarkers(x: ArrayLike<number>, y: ArrayLike<number>): SplitMarkers {
  const stride = Math.max(1, Math.ceil(x.length / MAX_DRAWN_POINTS));
  const drawn = Math.ceil(x.length / stride);
  const hoverStride = Math.max(1, Math.ceil(drawn / HOVER_POINTS));
  const hover: PointList = { x: [], y: [] };
  const rest: PointList = { x: [], y: [] };
  for (let i = 0, k = 0; i < x.length; i += stride, k++) {
    const list = k % hoverStride === 0 ? hover : rest;
    list.x.push(x[i]!);
    list.y.push(y[i]!);
  }
  return { hover, rest, stride };
}

/** Plotly's trace of the hoverable markers, and the markers the overlay draws. */
export interface DataMarkers {
  readonly trace: Data;
  readonly rest: PointList;
}

/**
 * Plotly's trace of the hoverable markers and the overlay's markers, from {@link splitMarkers}.
 * When every drawn point is hoverable (up to {@link HOVER_POINTS} rows) plotly draws them all and
 * the overlay none. Otherwise the overlay draws every marker, and plotly's trace of the hoverable
 * ones draws nothing (mode 'none': plotly still finds the point under the pointer and labels it,
 * in the markers' colour, within the same 3 px radius): a new data set or column then costs
 * plotly's redraw no SVG marker at all, where it spent about a third of its time on 334 of them.
 */
export function markersFor(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  trace: {
    readonly type: 'scatter';
    readonly name: string;
    readonly hovertemplate: string;
    readonly marker: { readonly color: string } & Readonly<Record<string, unknown>>;
  },
): DataMarkers {
  const { hover, rest } = splitMarkers(x, y);
  if (rest.x.length === 0) return { trace: { ...trace, mode: 'markers', x: hover.x, y: hover.y } as Data, rest };
  return {
    trace: {
      ...trace,
      mode: 'none',
      x: hover.x,
      y: hover.y,
      hoverlabel: { bgcolor: trace.marker.color },
    } as Data,
    rest: { x: [...hover.x, ...rest.x], y: [...hover.y, ...rest.y] },
  };
}

/** The data markers (circles), built once per problem, never on an epoch change: see {@link markersFor}. */
export function dataMarkers(problem: WorkingColumns): DataMarkers {
  const count = problem.rowCount;
  const stride = Math.max(1, Math.ceil(count / MAX_DRAWN_POINTS));
  const shown =
    stride > 1 ? ` (every ${stride}th of ${count.toLocaleString('en')})` : ` (${count.toLocaleString('en')} points)`;
  // the sample itself (every stride-th row, as splitMarkers would take it): a large scaled
  // problem's whole scaled columns are not made for it
  const { feature, response } = workingRows(problem, stride);
  return markersFor(feature, response, {
    type: 'scatter',
    name: `Data${shown}`,
    marker: { color: DATA_MARKER.color, size: 2 * DATA_MARKER.radius, opacity: DATA_MARKER.opacity },
    hovertemplate: '%{xaxis.title.text}: %{x}<br>%{yaxis.title.text}: %{y}<extra></extra>',
  });
}

/** How a data marker looks, in plotly and in the overlay alike. */
export const DATA_MARKER = { color: PALETTE.data, radius: 3, opacity: 0.65 } as const;

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
