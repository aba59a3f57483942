import { memo, useMemo } from 'react';
import type { Line } from '../../core/line';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { clipLineToBox } from '../../plots/clipLine';
import { HELD_OUT_MARKER } from '../../plots/heldOutTraces';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { DATA_MARKER, type PointList } from '../../plots/scatterFigure';

// What the scatter plot draws in its overlay rather than in plotly: the data markers plotly does
// not draw, the least-squares line above them, and the descent line at the epoch on screen.

/** The legend's dash for the least-squares line (PlotLegend's `dashed`), so the two match. */
const LEAST_SQUARES_DASH = '5 3';

/**
 * Plotly's `triangle-up` symbol of marker size `size` centred on (x, y): corners at (±r·2/√3, r/2)
 * and (0, −r) from the centre, r = size/2, as plotly's own symbol definition draws it.
 */
function plotlyTriangle(x: number, y: number, size: number): string {
  const r = size / 2;
  const half = (r * 2) / Math.sqrt(3);
  const base = (y + r / 2).toFixed(1);
  return `M${(x - half).toFixed(1)},${base}H${(x + half).toFixed(1)}L${x.toFixed(1)},${(y - r).toFixed(1)}Z`;
}

/**
 * The markup of the marks: one `<circle>` or triangle `<path>` per point, in pixels of the chart.
 * Points whose pixel position is not finite are left out.
 */
export function markerMarkup(points: PointList, geometry: PlotGeometry, kind: 'data' | 'held-out'): string {
  const marks: string[] = [];
  for (let i = 0; i < points.x.length; i++) {
    const [cx, cy] = toPixels(geometry, points.x[i]!, points.y[i]!);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    marks.push(
      kind === 'data'
        ? `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${DATA_MARKER.radius}"/>`
        : `<path d="${plotlyTriangle(cx, cy, HELD_OUT_MARKER.size)}"/>`,
    );
  }
  return marks.join('');
}

/**
 * Markers drawn in SVG looking like plotly's (same colour, shape, size and opacity, each blended
 * on its own): the data's circles or the held-out rows' triangles. Memoised: it renders again
 * only for new points or a new chart geometry, never on an epoch step. The marks are one string
 * of markup, not a React element each: new data then costs React one attribute instead of
 * reconciling (and, for more points than before, creating) up to a thousand elements in the
 * task that renders the whole page for the new data.
 */
export const MarkerLayer = memo(function MarkerLayer({
  points,
  geometry,
  kind,
}: {
  points: PointList;
  geometry: PlotGeometry;
  kind: 'data' | 'held-out';
}) {
  const markup = useMemo(() => markerMarkup(points, geometry, kind), [points, geometry, kind]);
  if (points.x.length === 0) return null;
  const look = kind === 'data' ? DATA_MARKER : HELD_OUT_MARKER;
  // fill-opacity is inherited by each mark and applied to it alone, as plotly's marker opacity is
  return (
    <g
      data-testid={kind === 'data' ? 'data-markers' : 'held-out-markers'}
      fill={look.color}
      fillOpacity={look.opacity}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: numbers formatted here, no outside text
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
});

/** The end points of the line's part inside the chart's visible area, in pixels (null if it misses it). */
function visibleSegment(line: Line, geometry: PlotGeometry): [number, number, number, number] | null {
  const visible = { xMin: geometry.x.min, xMax: geometry.x.max, yMin: geometry.y.min, yMax: geometry.y.max };
  const segment = clipLineToBox(line, visible);
  if (!segment) return null;
  const [x1, y1] = toPixels(geometry, segment.x[0], segment.y[0]);
  const [x2, y2] = toPixels(geometry, segment.x[1], segment.y[1]);
  return [x1, y1, x2, y2];
}

/** One fitted line across the chart's visible area, drawn the overlay's way. */
function FittedLine({
  segment,
  testId,
  colour,
  dash,
}: {
  segment: [number, number, number, number];
  testId: string;
  colour: string;
  dash?: string;
}) {
  const [x1, y1, x2, y2] = segment;
  return (
    <line
      data-testid={testId}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={colour}
      strokeWidth={3}
      strokeDasharray={dash}
      strokeLinecap={dash ? undefined : 'round'}
    />
  );
}

/** The exact least-squares line, dashed, over the data markers. */
export const LeastSquaresLine = memo(function LeastSquaresLine({
  line,
  geometry,
}: {
  line: Line;
  geometry: PlotGeometry;
}) {
  const segment = visibleSegment(line, geometry);
  return (
    segment && (
      <FittedLine
        segment={segment}
        testId="least-squares-line"
        colour={PALETTE.leastSquares}
        dash={LEAST_SQUARES_DASH}
      />
    )
  );
});

/** The gradient-descent line at the epoch on screen, or a note when it misses the chart. */
export function DescentLine({ line, geometry }: { line: Line; geometry: PlotGeometry }) {
  const segment = visibleSegment(line, geometry);
  if (!segment) {
    return (
      <text
        x={geometry.left + geometry.width / 2}
        y={geometry.top + geometry.height - 10}
        textAnchor="middle"
        className="overlay-note"
        fill={PALETTE.gradientDescent}
      >
        Descent line is off the chart: slope {formatNumber(line.slope, 3)}
      </text>
    );
  }
  return <FittedLine segment={segment} testId="descent-line" colour={PALETTE.gradientDescent} />;
}
